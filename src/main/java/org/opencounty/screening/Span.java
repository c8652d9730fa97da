package org.opencounty.screening;

/** Where a match lies in the screened text: from {@code start} inclusive to {@code end} exclusive. */
record Span(int start, int end) {
}
