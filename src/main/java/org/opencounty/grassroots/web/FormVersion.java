package org.opencounty.grassroots.web;

import org.opencounty.web.FormValues;

/** The version a form was read at (its hidden field); an unreadable one is -1, which every stale check refuses. */
final class FormVersion {

    private FormVersion() {
    }

    static long of(FormValues form) {
        try {
            return Long.parseLong(form.get("version").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
