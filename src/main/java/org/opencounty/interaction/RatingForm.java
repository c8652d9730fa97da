package org.opencounty.interaction;

import java.util.Map;

/** What a citizen sends to rate: the subject (MESSAGE or APPLICATION) and its id, the query code and phone for a message left without an account. */
public record RatingForm(String subject, Long id, String queryCode, String phone, String level, Map<String, Integer> items, String comment) {
}
