package org.opencounty.review;

/** One piece of a revision screening reads: the field it is in (title, body, duties, attachment:方案.docx) and its plain text. */
public record ScreenedField(String field, String text) {

    /** An attachment is screened as a field of its own, named after its file. */
    public static ScreenedField attachment(String filename, String text) {
        return new ScreenedField("attachment:" + filename, text);
    }

    /** An attachment's file name is screened too, as a field beside its content. */
    public static ScreenedField fileName(String filename) {
        return new ScreenedField("attachment:" + filename + "（文件名）", filename);
    }
}
