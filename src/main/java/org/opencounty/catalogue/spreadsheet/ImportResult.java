package org.opencounty.catalogue.spreadsheet;

import java.util.List;

/** What an import created, all as drafts of the officer's unit: the items' ids first, then the fees'. */
public record ImportResult(int items, int fees, List<Long> ids) {
}
