package org.opencounty.content.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.ArticleDraft;
import org.opencounty.content.ArticleRevision;
import org.opencounty.content.Validity;

/** The article editor's form as posted; dates arrive as text and are checked here, with the form's own messages. */
public class ArticleForm {

    private long version;
    private String category = "";
    private String title = "";
    private String body = "";
    private String summary = "";
    private String documentNumber = "";
    private String issuingBody = "";
    private String writtenOn = "";
    private String publishAt = "";
    private String validity = "VALID";
    private String validityDate = "";
    private String replacedById = "";
    private String source = "";
    private String keywords = "";

    public ArticleForm() {
    }

    static ArticleForm of(String category, ArticleRevision revision, long version) {
        ArticleForm form = new ArticleForm();
        form.version = version;
        form.category = category;
        form.title = revision.title();
        form.body = revision.body();
        form.summary = revision.summary();
        form.documentNumber = revision.documentNumber();
        form.issuingBody = revision.issuingBody();
        form.writtenOn = revision.writtenOn() == null ? "" : revision.writtenOn().toString();
        form.publishAt = revision.publishAt() == null ? "" : LocalDateTime.ofInstant(revision.publishAt(), TimeConfiguration.CHINA).toString();
        form.validity = revision.validity().name();
        form.validityDate = revision.validityDate() == null ? "" : revision.validityDate().toString();
        form.replacedById = revision.replacedById() == null ? "" : revision.replacedById().toString();
        form.source = revision.source();
        form.keywords = revision.keywords();
        return form;
    }

    ArticleDraft toDraft() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate written = date("writtenOn", writtenOn, errors);
        LocalDate validFrom = date("validityDate", validityDate, errors);
        Instant publish = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                publish = LocalDateTime.parse(publishAt.strip()).atZone(TimeConfiguration.CHINA).toInstant();
            } catch (DateTimeParseException e) {
                errors.put("publishAt", "定时发布时间格式应为 2026-12-01T09:00");
            }
        }
        Validity parsedValidity;
        try {
            parsedValidity = Validity.valueOf(validity);
        } catch (IllegalArgumentException | NullPointerException e) {
            parsedValidity = Validity.VALID;
        }
        Long replaced = null;
        if (replacedById != null && !replacedById.isBlank()) {
            try {
                replaced = Long.parseLong(replacedById.strip());
            } catch (NumberFormatException e) {
                errors.put("replacedById", "替代文件编号应为数字");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ArticleDraft(category, title, body, summary, documentNumber, issuingBody, written, publish, parsedValidity,
                validFrom, replaced, source, keywords);
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "日期格式应为 2026-05-09");
            return null;
        }
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getIssuingBody() { return issuingBody; }
    public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
    public String getWrittenOn() { return writtenOn; }
    public void setWrittenOn(String writtenOn) { this.writtenOn = writtenOn; }
    public String getPublishAt() { return publishAt; }
    public void setPublishAt(String publishAt) { this.publishAt = publishAt; }
    public String getValidity() { return validity; }
    public void setValidity(String validity) { this.validity = validity; }
    public String getValidityDate() { return validityDate; }
    public void setValidityDate(String validityDate) { this.validityDate = validityDate; }
    public String getReplacedById() { return replacedById; }
    public void setReplacedById(String replacedById) { this.replacedById = replacedById; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
}
