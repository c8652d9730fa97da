package org.opencounty.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * A posted form as its fields' text, repeated rows included ({@code materials[2].name}), so that a form with lists
 * works without JavaScript: the page shows the rows it has and a few empty ones, and a button adds more by posting
 * the form back. Parsing collects its own messages under the field's name, the key the page shows them beside.
 */
public class FormValues {

    /** Empty rows shown below the filled ones, so that most additions need no extra round trip. */
    public static final int SPARE_ROWS = 2;
    private static final Pattern ROW = Pattern.compile("^([a-zA-Z]+)\\[(\\d{1,3})]\\.[a-zA-Z]+$");
    private static final int MAX_ROWS = 200;

    /** The repeated lists of the form and the fields that make a row filled (not the ids, choices and marks it also posts). */
    private final Map<String, List<String>> lists;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> multiples = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String addRow = "";

    public FormValues(Map<String, List<String>> lists) {
        this.lists = Map.copyOf(lists);
    }

    public FormValues() {
        this(Map.of());
    }

    public static FormValues posted(MultiValueMap<String, String> params, Map<String, List<String>> lists) {
        FormValues form = new FormValues(lists);
        params.forEach((name, posted) -> {
            if (posted == null || posted.isEmpty()) {
                return;
            }
            form.values.put(name, posted.getFirst());
            form.multiples.put(name, List.copyOf(posted));
        });
        form.addRow = form.get("addRow");
        return form;
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public void set(String name, Object value) {
        values.put(name, value == null ? "" : value.toString());
    }

    public boolean has(String list, String value) {
        return multiples.getOrDefault(list, List.of()).contains(value);
    }

    public List<String> all(String name) {
        return multiples.getOrDefault(name, List.of());
    }

    public void setAll(String name, List<String> chosen) {
        multiples.put(name, List.copyOf(chosen));
    }

    /** The indexes of the posted rows of {@code list} in order, gaps and all (a browser posts every row, filled or not). */
    public List<Integer> rowIndexes(String list) {
        Set<Integer> indexes = new TreeSet<>();
        for (String name : values.keySet()) {
            Matcher matcher = ROW.matcher(name);
            if (matcher.matches() && matcher.group(1).equals(list)) {
                int index = Integer.parseInt(matcher.group(2));
                if (index < MAX_ROWS) {
                    indexes.add(index);
                }
            }
        }
        return List.copyOf(indexes);
    }

    /**
     * Rows to show: up to the last filled one and the spare empty ones, or as many as the page showed before
     * ({@code shown.<list>}, posted back), and one more when "add a row" was pressed for this list.
     */
    public int rowsToShow(String list) {
        int filled = rowIndexes(list).stream().filter(index -> !blankRow(list, index)).mapToInt(index -> index + 1).max().orElse(0);
        int shownBefore;
        try {
            shownBefore = Integer.parseInt(get("shown." + list));
        } catch (NumberFormatException e) {
            shownBefore = 0;
        }
        return Math.min(MAX_ROWS, Math.max(filled + SPARE_ROWS, shownBefore) + (list.equals(addRow) ? 1 : 0));
    }

    /** Whether every field of the row that makes it filled is empty; such a row is no row. */
    public boolean blankRow(String list, int index) {
        for (String field : lists.getOrDefault(list, List.of())) {
            if (!get(list + "[" + index + "]." + field).isBlank()) {
                return false;
            }
        }
        return true;
    }

    public boolean addingRow() {
        return !addRow.isBlank();
    }

    public String text(String name) {
        String value = get(name).strip();
        return value.isEmpty() ? null : value;
    }

    public Long id(String name, String label) {
        String value = get(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(name, label + "应为编号（数字）");
            return null;
        }
    }

    public Integer whole(String name, String label) {
        String value = get(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(name, label + "应为整数");
            return null;
        }
    }

    public BigDecimal amount(String name, String label) {
        String value = get(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.put(name, label + "应为数字，如 10 或 12.50");
            return null;
        }
    }

    public LocalDate date(String name, String label) {
        String value = get(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, label + "应为YYYY-MM-DD格式的有效日期");
            return null;
        }
    }

    public boolean checked(String name) {
        return "true".equals(get(name)) || "on".equals(get(name));
    }

    /** One entry per non-blank line. */
    public List<String> lines(String name) {
        return get(name).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The messages of parsing so far, by field. */
    public Map<String, String> errors() {
        return errors;
    }
}
