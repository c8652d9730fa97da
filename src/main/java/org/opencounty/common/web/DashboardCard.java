package org.opencounty.common.web;

import java.util.List;

/**
 * One card of the dashboard: a heading, a sentence with its figures, the entries waiting for the person and a link
 * into the module. Cards stand in the order of {@code order}, lower first.
 */
public record DashboardCard(int order, String title, List<Phrase> summary, List<Entry> entries, String actionLabel, String actionHref) {

    /** A piece of the card's sentence; figures are emphasised and may carry an id for scripts and tests. */
    public record Phrase(String text, boolean figure, String id) {

        public static Phrase text(String text) {
            return new Phrase(text, false, null);
        }

        public static Phrase figure(Object value) {
            return new Phrase(String.valueOf(value), true, null);
        }

        public static Phrase figure(Object value, String id) {
            return new Phrase(String.valueOf(value), true, id);
        }
    }

    /** Something waiting for the person, with where it is handled and a note (its unit, its state). */
    public record Entry(String label, String href, String note) {
    }
}
