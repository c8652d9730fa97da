package org.opencounty.catalogue.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencounty.catalogue.ServiceItemContent.Faq;
import org.opencounty.catalogue.ServiceItemContent.LegalBasis;
import org.opencounty.catalogue.ServiceItemContent.Material;
import org.opencounty.catalogue.ServiceItemContent.Step;

/**
 * The one-entry-per-line formats of the spreadsheet's list cells (docs/catalogue-spreadsheet.md). Export
 * formats and import parses with this one class, so that {@code parse(format(x))} gives {@code x} back for
 * everything an import can produce: an exported workbook re-imports unchanged. A backslash keeps a
 * separator, bracket or line break inside a value; staff rarely need it, but exported data may.
 */
public final class CatalogueLines {

    /** A value that breaks its format; the message tells staff what it should look like. */
    public static final class BadValue extends Exception {
        public BadValue(String message) {
            super(message, null, false, false);
        }
    }

    private static final String MATERIAL_FORMAT = "名称|原件/复印件/原件和复印件|纸质/电子/纸质或电子|份数|必需/非必需|来源（可再加|备注）";
    private static final String STEP_FORMAT = "环节名称|经办|时限(工作日)|说明|特别程序 是/否";
    private static final String LEGAL_BASIS_FORMAT = "《名称》第X条：内容";
    private static final String FAQ_FORMAT = "问|答";

    private static final Map<String, String> FORMS = Map.of("ORIGINAL", "原件", "COPY", "复印件", "ORIGINAL_AND_COPY", "原件和复印件");
    private static final Map<String, String> MEDIA = Map.of("PAPER", "纸质", "ELECTRONIC", "电子", "BOTH", "纸质或电子");
    private static final String OPENERS = "（(《〈「“【[";
    private static final String CLOSERS = "）)》〉」”】]";
    private static final int MAX_COPIES = 100;
    private static final int MAX_DAYS = 3650;

    private CatalogueLines() {
    }

    // ---- cells of lines ----

    /** The non-blank lines of a cell; Excel's Alt+Enter and pasted Windows text both end lines. */
    public static List<String> lines(String cell) {
        if (cell == null) {
            return List.of();
        }
        return cell.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public static String cell(List<String> lines) {
        return String.join("\n", lines);
    }

    public static String condition(String condition) {
        return escape(condition, "");
    }

    public static String parseCondition(String line) {
        return unescape(line.strip());
    }

    // ---- 设定依据: 《名称》（文号）第X条：内容 ----

    public static String legalBasis(LegalBasis basis) {
        String title = basis.title() == null ? "" : basis.title().strip();
        if (titleEnd(title) != title.length()) {
            // Only titles an import can produce survive unchanged; others are put in 《》 so they still re-import.
            title = "《" + title + "》";
        }
        StringBuilder line = new StringBuilder(escape(title, ""));
        String article = blankToNull(basis.article());
        if (article != null) {
            // A leading bracket would read as part of the title's document number.
            String escaped = escape(article, "：:");
            line.append(OPENERS.indexOf(escaped.charAt(0)) >= 0 ? "\\" + escaped : escaped);
        }
        String text = blankToNull(basis.text());
        if (text != null) {
            line.append('：').append(escape(text, ""));
        }
        return line.toString();
    }

    public static LegalBasis parseLegalBasis(String line) throws BadValue {
        String raw = line.strip();
        if (!raw.startsWith("《")) {
            throw new BadValue("设定依据应以《法规名称》开头，格式为：" + LEGAL_BASIS_FORMAT);
        }
        int end = titleEnd(raw);
        if (end < 0) {
            throw new BadValue("设定依据的书名号《》不成对，格式为：" + LEGAL_BASIS_FORMAT);
        }
        String rest = raw.substring(end);
        int colon = indexOfUnescaped(rest, "：:");
        String article = colon < 0 ? rest : rest.substring(0, colon);
        String text = colon < 0 ? "" : rest.substring(colon + 1);
        return new LegalBasis(unescape(raw.substring(0, end)), blankToNull(unescape(article.strip())),
                blankToNull(unescape(text.strip())), null);
    }

    /**
     * Where the title ends: after the 《…》 (nested ones counted) and an optional （文号） right after it,
     * or -1 when the 《 is never closed.
     */
    private static int titleEnd(String line) {
        if (!line.startsWith("《")) {
            return -1;
        }
        int end = closing(line, 0, '《', '》');
        if (end < 0) {
            return -1;
        }
        if (end < line.length() && (line.charAt(end) == '（' || line.charAt(end) == '(')) {
            char open = line.charAt(end);
            int paren = closing(line, end, open, open == '（' ? '）' : ')');
            if (paren > 0) {
                return paren;
            }
        }
        return end;
    }

    /** The index after the bracket that closes the one at {@code start}, or -1. */
    private static int closing(String line, int start, char open, char close) {
        int depth = 0;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    // ---- 申请材料: 名称|原件|纸质|1|必需|来源|备注 ----

    public static String material(Material m) {
        List<String> fields = new ArrayList<>(List.of(text(m.name()), label(FORMS, m.form()), label(MEDIA, m.medium()),
                m.copies() == null ? "" : m.copies().toString(), m.required() == null ? "" : m.required() ? "必需" : "非必需",
                text(m.source())));
        if (blankToNull(m.note()) != null) {
            fields.add(m.note());
        }
        return join(fields);
    }

    public static Material parseMaterial(String line) throws BadValue {
        List<String> f = split(line, '|');
        if (f.size() < 6 || f.size() > 7) {
            throw new BadValue("申请材料应有6项，用|分隔：" + MATERIAL_FORMAT);
        }
        Integer copies = integer(f.get(3), 1, MAX_COPIES, "份数应为1至" + MAX_COPIES + "的整数");
        Boolean required = choice(f.get(4), "必需", "非必需", "应填写必需或非必需");
        return new Material(null, f.get(0).isEmpty() ? null : f.get(0), code(FORMS, f.get(1), "原件、复印件或原件和复印件"),
                code(MEDIA, f.get(2), "纸质、电子或纸质或电子"), copies, required, blankToNull(f.get(5)),
                f.size() == 7 ? blankToNull(f.get(6)) : null);
    }

    // ---- 办理流程: 环节|经办|时限|说明|是 ----

    public static String step(Step s) {
        return join(List.of(text(s.name()), text(s.handler()), s.limitDays() == null ? "" : s.limitDays().toString(),
                text(s.description()), s.special() == null ? "" : s.special() ? "是" : "否"));
    }

    public static Step parseStep(String line) throws BadValue {
        List<String> f = split(line, '|');
        if (f.size() < 4 || f.size() > 5) {
            throw new BadValue("办理流程应有5项，用|分隔：" + STEP_FORMAT);
        }
        Integer days = integer(f.get(2), 0, MAX_DAYS, "环节时限应为0至" + MAX_DAYS + "的整数（工作日）");
        Boolean special = f.size() == 5 ? choice(f.get(4), "是", "否", "特别程序应填写是或否") : null;
        return new Step(blankToNull(f.get(0)), blankToNull(f.get(1)), days, blankToNull(f.get(3)), special);
    }

    // ---- 常见问题: 问|答 ----

    public static String faq(Faq faq) {
        return join(List.of(text(faq.question()), text(faq.answer())));
    }

    public static Faq parseFaq(String line) throws BadValue {
        List<String> f = split(line, '|');
        if (f.size() != 2 || f.get(0).isEmpty() || f.get(1).isEmpty()) {
            throw new BadValue("常见问题应为问题和解答两项，用|分隔：" + FAQ_FORMAT);
        }
        return new Faq(f.get(0), f.get(1));
    }

    // ---- names separated by 、 (收费项目, 办理形式) ----

    /**
     * Joins names with 、. A 、 inside brackets belongs to the name ("居民身份证工本费（首次申领、换领）"), so
     * only a 、 outside brackets, and a bracket that is never closed, need a backslash.
     */
    public static String names(List<String> names) {
        List<String> escaped = new ArrayList<>();
        for (String name : names) {
            escaped.add(escapeName(name == null ? "" : name.strip()));
        }
        return String.join("、", escaped);
    }

    public static List<String> parseNames(String cell) {
        List<String> names = new ArrayList<>();
        if (cell == null) {
            return names;
        }
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                current.append(c).append(cell.charAt(++i));
                continue;
            }
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '、' || c == '\n')) {
                addName(names, current);
                continue;
            }
            current.append(c);
        }
        addName(names, current);
        return names;
    }

    private static void addName(List<String> names, StringBuilder current) {
        String name = unescape(current.toString().strip());
        if (!name.isEmpty()) {
            names.add(name);
        }
        current.setLength(0);
    }

    private static String escapeName(String name) {
        Set<Integer> unmatched = new HashSet<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSERS.indexOf(c) >= 0 && !open.isEmpty()) {
                open.pop();
            }
        }
        unmatched.addAll(open);
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (unmatched.contains(i)) {
                out.append('\\').append(c);
                continue;
            }
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            out.append(escapeChar(c, depth == 0 ? "、" : ""));
        }
        return out.toString();
    }

    // ---- escaping ----

    private static String join(List<String> fields) {
        return String.join("|", fields.stream().map(f -> escape(f, "|")).toList());
    }

    /** Splits at unescaped separators, unescaping and stripping each field. */
    private static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        String raw = line.strip();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                fields.add(unescape(raw.substring(start, i).strip()));
                start = i + 1;
            }
        }
        fields.add(unescape(raw.substring(start).strip()));
        return fields;
    }

    private static int indexOfUnescaped(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (chars.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static String escape(String value, String specials) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(escapeChar(c, specials));
        }
        return out.toString();
    }

    private static String escapeChar(char c, String specials) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> specials.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
        };
    }

    /** Undoes {@link #escape}; a backslash before anything else is kept, so a typed path like C:\材料 survives. */
    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> {
                    if (next == '\\' || "|：:、".indexOf(next) >= 0 || OPENERS.indexOf(next) >= 0) {
                        out.append(next);
                    } else {
                        out.append(c).append(next);
                    }
                }
            }
        }
        return out.toString();
    }

    // ---- values inside lines ----

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static String code(Map<String, String> labels, String label, String expected) throws BadValue {
        if (label.isEmpty()) {
            return null;
        }
        return labels.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new BadValue("“" + label + "”应为" + expected));
    }

    private static Integer integer(String value, int min, int max, String message) throws BadValue {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the expected range
        }
        throw new BadValue(message + "，不能是“" + value + "”");
    }

    private static Boolean choice(String value, String yes, String no, String message) throws BadValue {
        if (value.isEmpty()) {
            return null;
        }
        if (value.equals(yes)) {
            return true;
        }
        if (value.equals(no)) {
            return false;
        }
        throw new BadValue(message + "，不能是“" + value + "”");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
