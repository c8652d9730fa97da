package org.opencounty.catalogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.opencounty.common.InvalidInputException;
import org.opencounty.catalogue.FeeContent;
import org.opencounty.catalogue.spreadsheet.ImportError;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.catalogue.internal.CatalogueSheets.Column;
import org.opencounty.catalogue.internal.CatalogueSheets.FeeColumn;
import org.opencounty.catalogue.internal.CatalogueSheets.ItemColumn;
import org.opencounty.catalogue.internal.WorkbookReader.FeeRow;
import org.opencounty.catalogue.internal.WorkbookReader.ItemRow;
import org.opencounty.catalogue.internal.WorkbookReader.Parsed;

/**
 * A read workbook checked against the catalogue's rules ({@link ItemRules}, the same as for the editor and
 * the API) with its fee names resolved: either every error, or what to create. An item's fee ids are those
 * of the unit's existing fees, or {@code -(n + 1)} for the n-th fee of the sheet, whose id is known only
 * once it is created.
 */
public final class ImportPlan {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final List<FeeContent> fees = new ArrayList<>();
    private final List<ServiceItemContent> items = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();

    private ImportPlan() {
    }

    /** {@code unitFees}: the ids of the unit's current fees by name. */
    public static ImportPlan of(Parsed parsed, Map<String, List<Long>> unitFees) {
        ImportPlan plan = new ImportPlan();
        Map<String, Integer> sheetFees = new HashMap<>();
        for (FeeRow row : parsed.fees()) {
            check(row.cells(), () -> ItemRules.validate(row.fee()), FeeColumn::ofField, FeeColumn.NAME);
            String name = row.fee().name();
            if (name != null && sheetFees.containsKey(name)) {
                row.cells().error(FeeColumn.NAME, "与第" + parsed.fees().get(sheetFees.get(name)).row() + "行的收费项目重名");
            } else if (name != null) {
                sheetFees.put(name, plan.fees.size());
            }
            plan.fees.add(row.fee());
        }
        for (ItemRow row : parsed.items()) {
            List<Long> ids = new ArrayList<>();
            for (String name : row.feeNames()) {
                List<Long> existing = unitFees.getOrDefault(name, List.of());
                if (sheetFees.containsKey(name)) {
                    ids.add(-(sheetFees.get(name) + 1L));
                } else if (existing.size() == 1) {
                    ids.add(existing.getFirst());
                } else if (existing.isEmpty()) {
                    row.cells().error(ItemColumn.FEES, "收费项目“" + name + "”既不在“收费”表中，也不是本单位已有的收费项目");
                } else {
                    row.cells().error(ItemColumn.FEES, "本单位有多个名为“" + name + "”的收费项目，请在“收费”表中填写该项目");
                }
            }
            ServiceItemContent item = row.item().withFees(ids);
            check(row.cells(), () -> ItemRules.validate(item, id -> true), ItemColumn::ofField, ItemColumn.NAME);
            plan.items.add(item);
        }
        plan.errors.addAll(parsed.headerErrors());
        parsed.items().forEach(row -> plan.errors.addAll(row.cells().errors()));
        parsed.fees().forEach(row -> plan.errors.addAll(row.cells().errors()));
        plan.errors.sort(Comparator.comparing((ImportError e) -> !e.sheet().equals(CatalogueSheets.ITEMS)).thenComparing(ImportError::row)
                .thenComparing(e -> e.column() == null ? -1 : CellReference.convertColStringToIndex(e.column())));
        return plan;
    }

    /** Reports a rule's errors in their fields' cells, except in cells whose format was already reported. */
    private static void check(SheetRow cells, Runnable rules, Function<String, Optional<? extends Column>> columnOf, Column fallback) {
        try {
            rules.run();
        } catch (InvalidInputException e) {
            Map<String, Column> columns = new LinkedHashMap<>();
            e.fields().keySet().forEach(field -> columns.put(field, columnOf.apply(field).map(Column.class::cast).orElse(fallback)));
            columns.values().removeIf(cells::failed);
            columns.forEach((field, column) -> {
                Matcher index = INDEX.matcher(field);
                String message = e.fields().get(field);
                cells.error(column, index.find() ? "第" + (Integer.parseInt(index.group(1)) + 1) + "条：" + message : message);
            });
        }
    }

    public List<ImportError> errors() {
        return errors;
    }

    public List<FeeContent> fees() {
        return fees;
    }

    public List<ServiceItemContent> items() {
        return items;
    }
}
