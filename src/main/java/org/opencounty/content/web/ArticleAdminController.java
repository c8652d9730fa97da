package org.opencounty.content.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotFoundException;
import org.opencounty.content.ArticlePermissions;
import org.opencounty.content.PublishedArticles;
import org.opencounty.content.ArticlePublishing;
import org.opencounty.content.ArticleQueries;
import org.opencounty.content.ArticleReview;
import org.opencounty.content.ArticleView;
import org.opencounty.content.ArticleWriting;
import org.opencounty.content.Category;
import org.opencounty.review.ScreeningRefusal;
import org.opencounty.web.FormRefusals;
import org.opencounty.content.Validity;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The review chain in the back office: the officer writes and submits, the leader and the center review. */
@Controller
class ArticleAdminController {

    private final ArticleWriting writing;
    private final ArticleReview review;
    private final ArticlePublishing publishing;
    private final ArticleQueries queries;
    private final ArticlePermissions permissions;
    private final PublishedArticles publishedArticles;

    ArticleAdminController(ArticleWriting writing, ArticleReview review, ArticlePublishing publishing, ArticleQueries queries,
                           ArticlePermissions permissions, PublishedArticles publishedArticles) {
        this.publishedArticles = publishedArticles;
        this.writing = writing;
        this.review = review;
        this.publishing = publishing;
        this.queries = queries;
        this.permissions = permissions;
    }

    @GetMapping("/admin/articles")
    String queue(Actor actor, Model model) {
        model.addAttribute("queue", queries.queueOf(actor));
        return "content/backoffice/articles";
    }

    @GetMapping("/admin/articles/new")
    String newArticle(Actor actor, @RequestParam(defaultValue = "notices") String category, Model model) {
        ArticleForm form = new ArticleForm();
        form.setCategory(category);
        return editor(actor, model, null, form, Map.of());
    }

    @PostMapping("/admin/articles")
    String create(Actor actor, @ModelAttribute ArticleForm form, @RequestParam(required = false) String preview, Model model) {
        if (preview != null) {
            return preview(actor, model, null, form);
        }
        return FormRefusals.handle(() -> "redirect:/admin/articles/" + writing.create(actor, form.toDraft()).id() + "?saved",
                e -> editor(actor, model, null, form, FormRefusals.messages(e)));
    }

    @GetMapping("/admin/articles/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        ArticleView view = queries.view(actor, id);
        return editor(actor, model, view, ArticleForm.of(view.article().category().code(), view.current(), view.article().version()), Map.of());
    }

    @PostMapping("/admin/articles/{id}/edit")
    String update(Actor actor, @PathVariable long id, @ModelAttribute ArticleForm form, @RequestParam(required = false) String preview,
                  Model model) {
        if (preview != null) {
            return preview(actor, model, queries.view(actor, id), form);
        }
        // What the officer typed comes back with the messages; nothing they wrote is lost.
        return FormRefusals.handle(() -> {
            writing.update(actor, id, form.toDraft(), form.getVersion());
            return "redirect:/admin/articles/" + id + "?saved";
        }, e -> editor(actor, model, queries.view(actor, id), form, FormRefusals.messages(e)));
    }

    @GetMapping("/admin/articles/{id}")
    String show(Actor actor, @PathVariable long id, @RequestParam(required = false) String saved,
                @RequestParam(required = false) String done, Model model) {
        return detail(actor, id, model, done != null ? Outcome.message(done) : saved != null ? "已保存" : null, Map.of(), null);
    }

    /** What the last action did, said in the words of the chain (已报送, 已通过, 已发布), for the page it returns to. */
    enum Outcome {
        SUBMITTED("已报送，等待单位领导审核"),
        LEADER_APPROVED("已通过，已报送县电子政务中心审核"),
        SCHEDULED("已通过，将在定时发布时间自动发布"),
        PUBLISHED("已发布，网站上已可看到"),
        RETURNED("已退回，报送人修改后可重新报送"),
        WITHDRAWN("已撤回，网站上不再显示");

        private final String message;

        Outcome(String message) {
            this.message = message;
        }

        static String message(String name) {
            return java.util.Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(name)).findFirst()
                    .map(o -> o.message).orElse("已保存");
        }

        static Outcome ofApproval(org.opencounty.review.ReviewState state) {
            return switch (state) {
                case PUBLISHED -> PUBLISHED;
                case SCHEDULED -> SCHEDULED;
                default -> LEADER_APPROVED;
            };
        }

        String query() {
            return "?done=" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @PostMapping("/admin/articles/{id}/submit")
    String submit(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean acknowledgeWarnings, Model model) {
        return FormRefusals.handle(() -> {
            review.submit(actor, id, acknowledgeWarnings);
            return "redirect:/admin/articles/" + id + Outcome.SUBMITTED.query();
        }, e -> refused(actor, id, model, e));
    }

    @PostMapping("/admin/articles/{id}/approve")
    String approve(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean acknowledgeUnreadable,
                   Model model) {
        return FormRefusals.handle(() -> "redirect:/admin/articles/" + id
                + Outcome.ofApproval(review.approve(actor, id, acknowledgeUnreadable).state()).query(), e -> refused(actor, id, model, e));
    }

    @PostMapping("/admin/articles/{id}/return")
    String returnForChanges(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        return FormRefusals.handle(() -> {
            review.returnForChanges(actor, id, reason);
            return "redirect:/admin/articles/" + id + Outcome.RETURNED.query();
        }, e -> refused(actor, id, model, e));
    }

    @PostMapping("/admin/articles/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        return FormRefusals.handle(() -> {
            publishing.withdraw(actor, id, reason);
            return "redirect:/admin/articles/" + id + Outcome.WITHDRAWN.query();
        }, e -> refused(actor, id, model, e));
    }

    @PostMapping("/admin/articles/{id}/attachments")
    String attach(Actor actor, @PathVariable long id, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        byte[] content = file.getBytes();
        return FormRefusals.handle(() -> {
            writing.attach(actor, id, file.getOriginalFilename(), content);
            return "redirect:/admin/articles/" + id + "?saved";
        }, e -> refused(actor, id, model, e));
    }

    @PostMapping("/admin/articles/{id}/attachments/{attachmentId}/delete")
    String detach(Actor actor, @PathVariable long id, @PathVariable long attachmentId, Model model) {
        return FormRefusals.handle(() -> {
            writing.detach(actor, id, attachmentId);
            return "redirect:/admin/articles/" + id + "?saved";
        }, e -> refused(actor, id, model, e));
    }

    /** Reviewers download a revision's attachments here; the public only ever gets live ones from the portal. */
    @GetMapping("/admin/articles/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
        ArticleView view = queries.view(actor, id);
        var attachment = view.attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("附件不存在"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(attachment.filename()))
                .body(queries.attachmentContent(actor, id, attachmentId));
    }

    private String detail(Actor actor, long id, Model model, String message, Map<String, String> errors,
                          ScreeningRefusal screening) {
        ArticleView view = queries.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("diff", queries.diffAgainstLive(actor, id));
        model.addAttribute("canWrite", permissions.canWrite(actor, view.article()));
        model.addAttribute("canLeader", permissions.canReviewAsLeader(actor, view.article()));
        model.addAttribute("canCenter", permissions.canReviewAsCenter(actor, view.article()));
        model.addAttribute("canWithdraw", permissions.canWithdraw(actor, view.article()));
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        model.addAttribute("screening", screening);
        model.addAttribute("unreadable", queries.unreadableAttachments(actor, id));
        return "content/backoffice/article";
    }

    /** The body as readers will see it, above the form as typed; nothing is saved. */
    private String preview(Actor actor, Model model, ArticleView view, ArticleForm form) {
        model.addAttribute("preview", writing.preview(form.getBody()));
        return editor(actor, model, view, form, Map.of());
    }

    private String editor(Actor actor, Model model, ArticleView view, ArticleForm form, Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", List.of(Category.values()));
        model.addAttribute("validities", List.of(Validity.values()));
        model.addAttribute("replaceable", publishedArticles.replaceable(actor.siteId()));
        return "content/backoffice/articleEdit";
    }

    /** The article's page again with the refusal: a screening refusal shows its findings. */
    private String refused(Actor actor, long id, Model model, DomainException e) {
        return e instanceof ScreeningRefusal screening
                ? detail(actor, id, model, null, Map.of("form", e.getMessage()), screening)
                : detail(actor, id, model, null, FormRefusals.messages(e), null);
    }
}
