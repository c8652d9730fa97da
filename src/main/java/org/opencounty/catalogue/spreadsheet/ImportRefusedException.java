package org.opencounty.catalogue.spreadsheet;

import java.util.List;
import java.util.Map;
import org.opencounty.common.DomainException;

/** A workbook with any invalid row or cell: nothing of it is imported, and every problem is listed. */
public class ImportRefusedException extends DomainException {

    /** Enough to fix a workbook in one pass without an answer the size of the workbook. */
    static final int MAX_LISTED = 500;

    private final List<ImportError> errors;

    ImportRefusedException(List<ImportError> errors) {
        super("IMPORT_INVALID", "导入文件中有" + errors.size() + "处错误，未导入任何内容。请按提示修改后重新导入"
                + (errors.size() > MAX_LISTED ? "（仅列出前" + MAX_LISTED + "处）" : ""), Map.of());
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
    }

    public List<ImportError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", errors);
    }

    @Override
    public int status() {
        return 422;
    }
}
