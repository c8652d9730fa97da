package org.opencounty.printing;

/**
 * Prints official documents (公文, 通报, 答复书…) in the GB/T 9704-2012 layout, once for every module that issues one:
 * the print view as a whole HTML page, and the same page as a PDF with the Chinese font embedded (a subset).
 * Modules build an {@link OfficialLayout} from their own record and answer with what this returns.
 */
public interface OfficialPrinting {

    /** A complete HTML page laid out for A4 printing from the browser (the "打印" view). */
    String html(OfficialLayout layout);

    /** The same page as a PDF (A4, Chinese font subset embedded). */
    byte[] pdf(OfficialLayout layout);
}
