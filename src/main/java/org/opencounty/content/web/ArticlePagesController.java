package org.opencounty.content.web;

import java.nio.charset.StandardCharsets;
import org.opencounty.common.NotFoundException;
import org.opencounty.content.Category;
import org.opencounty.content.PublishedArticle;
import org.opencounty.content.PublishedArticles;
import org.opencounty.sites.Site;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.opencounty.web.Dates;
import org.opencounty.web.PageMeta;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息公开 on the portal: columns, 政策文件, each unit's disclosure catalogue and the article pages. */
@Controller
class ArticlePagesController {

    private final PublishedArticles articles;
    private final Units units;

    ArticlePagesController(PublishedArticles articles, Units units) {
        this.articles = articles;
        this.units = units;
    }

    /** 政策文件: normative documents (规范性文件) and policy documents side by side. */
    @GetMapping("/policies")
    String policies(Site site, Model model) {
        model.addAttribute("normative", articles.column(site.id(), Category.LAWS, 1));
        model.addAttribute("policies", articles.column(site.id(), Category.POLICIES, 1));
        model.addAttribute("meta", PageMeta.column("政策文件", "规范性文件和政策文件", "规范性文件,政策文件", "信息公开"));
        return "content/policies";
    }

    @GetMapping("/columns/{code}")
    String column(Site site, @PathVariable String code, @RequestParam(defaultValue = "1") int page, Model model) {
        Category category = Category.byCode(code).orElseThrow(() -> new NotFoundException("栏目不存在"));
        model.addAttribute("category", category);
        model.addAttribute("articles", articles.column(site.id(), category, page));
        model.addAttribute("meta", columnMeta(category));
        return "content/column";
    }

    @GetMapping("/units/{code}/catalogue")
    String catalogue(Site site, @PathVariable String code, @RequestParam(defaultValue = "1") int page, Model model) {
        Unit unit = units.get(site.id(), code);
        model.addAttribute("unit", unit);
        model.addAttribute("articles", articles.catalogue(site.id(), unit.id(), page));
        model.addAttribute("meta", PageMeta.column("信息公开目录", unit.name() + "的政府信息公开目录", unit.name() + ",信息公开目录", "信息公开目录"));
        return "content/catalogue";
    }

    @GetMapping("/articles/{id}")
    String article(Site site, @PathVariable long id, @RequestParam(required = false) String print, Model model) {
        PublishedArticle article = articles.get(site.id(), id);
        model.addAttribute("article", article);
        model.addAttribute("attachments", articles.attachmentsOf(article));
        model.addAttribute("replacedBy", article.replacedById() == null ? null : articles.find(site.id(), article.replacedById()).orElse(null));
        model.addAttribute("meta", columnMeta(article.category()).withArticle(article.title(), Dates.minute(article.publishedAt()),
                article.source().isBlank() ? article.unitName() : article.source()));
        return print != null ? "content/articlePrint" : "content/article";
    }

    @GetMapping("/articles/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(Site site, @PathVariable long id, @PathVariable long attachmentId) {
        PublishedArticles.Download download = articles.download(site.id(), id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    private static PageMeta columnMeta(Category category) {
        return PageMeta.column(category.title(), category.description(), category.title() + ",信息公开", "信息公开");
    }
}
