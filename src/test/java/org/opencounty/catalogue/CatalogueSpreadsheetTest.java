package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.catalogue.internal.ContentCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Staff keep their catalogue in Excel: a workbook with any bad cell imports nothing and says where each problem
 * is; a good one becomes drafts of the officer's unit; an export re-imports unchanged (docs/catalogue-spreadsheet.md).
 */
class CatalogueSpreadsheetTest extends IntegrationTest {

    private static final String[] ITEM_TITLES = {"事项名称", "事项类型", "服务对象", "承办科室", "法定时限(工作日)", "承诺时限(工作日)",
            "到现场次数", "办理形式", "网上申请", "办理地点", "办理时间", "咨询电话", "咨询方式", "投诉渠道", "是否收费", "收费项目", "设定依据",
            "申请条件", "申请材料", "办理流程", "常见问题"};
    private static final String[] FEE_TITLES = {"收费类别", "项目名称", "标准(元)", "计费单位", "减免", "收费依据", "批准文件", "收费科室",
            "有效期起", "有效期止"};
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    private ContentCodec codec;

    @Test
    void aWorkbookWithABadRowImportsNothingAndNamesEveryBadCell() throws Exception {
        long before = entries();
        byte[] workbook = workbook(List.of(
                        item("表格导入测试甲", "20", "5", "否", ""),
                        item("表格导入测试乙", "20", "3", "是", "表格导入测试费"),
                        withMaterials(item("表格导入测试丙", "20", "25", "否", ""), "申请书|原件|纸质|1|必需|申请人自备\n营业执照|正本|纸质|1|必需|自备")),
                List.<String[]>of(fee("表格导入测试费")));

        upload("officer1", workbook)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("IMPORT_INVALID"))
                .andExpect(jsonPath("$.message").value(containsString("未导入任何内容")))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].sheet").value("事项"))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("F"))
                .andExpect(jsonPath("$.errors[0].header").value("承诺时限(工作日)"))
                .andExpect(jsonPath("$.errors[0].message").value("承诺时限不能超过法定时限"))
                .andExpect(jsonPath("$.errors[1].sheet").value("事项"))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("S"))
                .andExpect(jsonPath("$.errors[1].header").value("申请材料"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("第2条：“正本”应为原件、复印件或原件和复印件")));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void everyKindOfCellErrorIsReportedAtOnce() throws Exception {
        String[] bad = item("表格导入测试丁", "二十", "5", "也许", "不存在的收费");
        bad[1] = "行政审批";
        bad[16] = "行政许可法第十二条";
        bad[19] = "受理|窗口";
        String[] badFee = fee("表格导入测试费二");
        badFee[2] = "八十";
        badFee[5] = "";
        long before = entries();
        upload("officer1", workbook(List.<String[]>of(bad), List.<String[]>of(badFee)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].column").value(org.hamcrest.Matchers.contains("B", "E", "O", "P", "Q", "T", "C", "F")))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("应填写是或否")))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("收费项目“不存在的收费”既不在“收费”表中")))
                .andExpect(jsonPath("$.errors[4].message").value(containsString("应以《法规名称》开头")))
                .andExpect(jsonPath("$.errors[6].sheet").value("收费"))
                .andExpect(jsonPath("$.errors[6].message").value(containsString("应填写金额数字")))
                .andExpect(jsonPath("$.errors[7].message").value("请填写收费依据"));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aValidWorkbookBecomesDraftsOfTheOfficersUnit() throws Exception {
        String body = upload("officer1", workbook(List.of(
                        item("表格导入测试戊", "20", "5", "否", ""),
                        item("表格导入测试己", "15", "10", "是", "表格导入测试费三")),
                List.<String[]>of(fee("表格导入测试费三"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported.items").value(2))
                .andExpect(jsonPath("$.imported.fees").value(1))
                .andExpect(jsonPath("$.ids.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        List<Long> ids = ids(body);
        long market = jdbc.sql("select id from unit where code = 'market'").query(Long.class).single();
        for (long id : ids) {
            Map<String, Object> row = jdbc.sql("select state, unit_id, created_by from catalogue_entry where id = :id").param("id", id).query().singleRow();
            assertThat(row).containsEntry("state", "DRAFT").containsEntry("unit_id", market).containsEntry("created_by", "officer1");
        }
        String officer = tokenFor("officer1");
        mvc.perform(get("/api/v1/service-items/" + ids.get(1)).header("Authorization", bearer(officer)))
                .andExpect(jsonPath("$.name").value("表格导入测试己"))
                .andExpect(jsonPath("$.type").value("01"))
                .andExpect(jsonPath("$.target").value("BOTH"))
                .andExpect(jsonPath("$.handlingForms").value(org.hamcrest.Matchers.contains("WINDOW", "ONLINE")))
                .andExpect(jsonPath("$.fees[0]").value(ids.get(2)))
                .andExpect(jsonPath("$.materials[1].form").value("COPY"))
                .andExpect(jsonPath("$.procedure[1].limitDays").value(3))
                .andExpect(jsonPath("$.legalBasis[0].article").value("第十二条"))
                .andExpect(jsonPath("$.completeness.complete").value(true));
        mvc.perform(get("/api/v1/fees/" + ids.get(2)).header("Authorization", bearer(officer)))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.amount").value(80));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'catalogue.import' and result = 'SUCCESS' and actor = 'officer1'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void anExportReimportsUnchanged() throws Exception {
        byte[] exported = mvc.perform(get("/api/v1/service-items/export.xlsx").header("Authorization", bearer(tokenFor("officer1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<String, Object>> originals = currentContents("""
                with recursive subtree as (select id from unit where code = 'market'
                                           union select u.id from unit u join subtree s on u.parent_id = s.id)
                select e.id, e.kind, r.content from catalogue_entry e
                join catalogue_revision r on r.id = coalesce(e.working_revision_id, e.live_revision_id)
                where e.unit_id in (select id from subtree)""", Map.of());
        assertThat(sheetNames(exported, "事项")).hasSize((int) originals.stream().filter(o -> o.get("kind").equals("ITEM")).count())
                .contains("个体工商户登记");

        String body = upload("officer1", exported).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> reimported = currentContents("""
                select e.id, e.kind, r.content from catalogue_entry e join catalogue_revision r on r.id = e.working_revision_id
                where e.id in (:ids)""", Map.of("ids", ids(body)));

        assertThat(items(reimported)).isNotEmpty().containsExactlyInAnyOrderElementsOf(items(originals));
        assertThat(fees(reimported)).containsExactlyInAnyOrderElementsOf(fees(originals));
    }

    @Test
    void onlyOfficersImportAndOnlyStaffExportTheirOwnScope() throws Exception {
        byte[] workbook = workbook(List.<String[]>of(item("表格导入测试庚", "20", "5", "否", "")), List.of());
        long before = entries();
        upload("leader1", workbook).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
        assertThat(entries()).isEqualTo(before);

        mvc.perform(get("/api/v1/service-items/export.xlsx"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/service-items/export.xlsx").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());

        byte[] balikun = mvc.perform(get("/api/v1/service-items/export.xlsx").header("Authorization", bearer(tokenFor("officer2"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(sheetNames(balikun, "事项")).contains("临时救助申请").doesNotContain("个体工商户登记", "食品经营许可");

        byte[] center = mvc.perform(get("/api/v1/service-items/export.xlsx").header("Authorization", bearer(tokenFor("center"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(sheetNames(center, "事项")).contains("临时救助申请", "个体工商户登记");
        assertThat(sheetNames(center, "收费")).contains("不动产登记费（住宅）");
    }

    @Test
    void filesThatAreNoWorkbookOrTooLargeAreRefusedWithAClearMessage() throws Exception {
        String[][] cases = {
                {"说明.txt", "这不是表格", "不是.xlsx格式"},
                {"旧表.xls", "\u00D0\u00CF\u0011\u00E0旧版", "旧版Excel文件"}};
        for (String[] c : cases) {
            byte[] bytes = c[1].startsWith("\u00D0") ? c[1].getBytes(StandardCharsets.ISO_8859_1) : c[1].getBytes(StandardCharsets.UTF_8);
            upload("officer1", c[0], bytes).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.fields.file").value(containsString(c[2])));
        }
        upload("officer1", "压缩包.xlsx", zipWith("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.file").value(containsString("无法读取")));

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(new byte[]{'P', 'K', 3, 4}, 0, large, 0, 4);
        upload("officer1", "大表.xlsx", large).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.file").value(containsString("超过5MB")));

        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            rows.add(item("表格导入测试超限" + i, "20", "5", "否", ""));
        }
        upload("officer1", workbook(rows, List.of())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.file").value(containsString("超过2000行")));

        mvc.perform(multipart("/api/v1/service-items/import").header("Authorization", bearer(tokenFor("officer1"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.file").value(containsString("请选择")));
    }

    @Test
    void theBackOfficeListsTheCatalogueAndImportsWithCsrf() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("officer1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/admin/catalogue").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("个体工商户登记")))
                .andExpect(content().string(containsString("href=\"/admin/catalogue/export.xlsx\"")))
                .andExpect(content().string(containsString("action=\"/admin/catalogue/import?_csrf=")))
                .andExpect(content().string(containsString(">办事指南</a>")));
        mvc.perform(get("/admin/catalogue/export.xlsx").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX));

        byte[] good = workbook(List.<String[]>of(item("表格导入测试辛", "20", "5", "否", "")), List.of());
        mvc.perform(multipart("/admin/catalogue/import").file(new MockMultipartFile("file", "事项.xlsx", XLSX, good)).session(session))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/catalogue/import").file(new MockMultipartFile("file", "事项.xlsx", XLSX, good)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/catalogue?imported=1&fees=0"));

        byte[] bad = workbook(List.<String[]>of(item("表格导入测试壬", "20", "25", "否", "")), List.of());
        long before = entries();
        mvc.perform(multipart("/admin/catalogue/import").file(new MockMultipartFile("file", "事项.xlsx", XLSX, bad)).session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("承诺时限不能超过法定时限")));
        assertThat(entries()).isEqualTo(before);

        MockHttpSession leader = (MockHttpSession) mvc.perform(formLogin("/login").user("leader1").password(DEMO_PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/admin/catalogue/import").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("只有单位信息员可以导入")));
    }

    // ---- workbooks as staff fill them in ----

    private static String[] item(String name, String statutory, String promised, String charged, String fees) {
        return new String[]{name, "行政许可", "自然人、法人", "登记注册股", statutory, promised, "1", "窗口、网上", "是",
                "县政务服务中心一楼市场监管窗口", "工作日 10:00-14:00", "0902-6823316", "窗口现场咨询", "12345政务服务便民热线", charged, fees,
                "《中华人民共和国行政许可法》第十二条：下列事项可以设定行政许可\n《促进个体工商户发展条例》第二条：依法登记",
                "有固定的经营场所\n经营者具有完全民事行为能力",
                "申请书|原件|纸质|1|必需|申请人自备\n营业执照|复印件|纸质|1|必需|市场监管部门核发|验原件",
                "受理|窗口工作人员|0|形式审查|否\n审查|登记注册股|3|实质审查|否\n决定|股长|1||否",
                "需要预约吗？|不需要，工作时间直接到窗口办理"};
    }

    private static String[] withMaterials(String[] item, String materials) {
        item[18] = materials;
        return item;
    }

    private static String[] fee(String name) {
        return new String[]{"行政事业性收费", name, "80", "元/件", "小微企业免收", "《不动产登记暂行条例》", "发改价格规〔2016〕2559号",
                "县政务服务中心收费窗口", "2026-01-01", ""};
    }

    private static byte[] workbook(List<String[]> items, List<String[]> fees) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("事项"), ITEM_TITLES, items);
            fill(workbook.createSheet("收费"), FEE_TITLES, fees);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Whole numbers go in as numbers, as Excel stores what staff type; everything else as text. */
    private static void fill(Sheet sheet, String[] titles, List<String[]> rows) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            header.createCell(c).setCellValue(titles[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            String[] values = rows.get(r);
            for (int c = 0; c < values.length; c++) {
                if (values[c].matches("\\d{1,6}")) {
                    row.createCell(c).setCellValue(Integer.parseInt(values[c]));
                } else if (!values[c].isEmpty()) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
        }
    }

    private static byte[] zipWith(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<String> sheetNames(byte[] workbook, String sheet) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> names = new ArrayList<>();
            Sheet s = book.getSheet(sheet);
            for (Row row : s) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(sheet.equals("事项") ? 0 : 1).getStringCellValue());
                }
            }
            return names;
        }
    }

    // ---- requests and the database ----

    private ResultActions upload(String username, byte[] workbook) throws Exception {
        return upload(username, "办事指南.xlsx", workbook);
    }

    private ResultActions upload(String username, String filename, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/service-items/import").file(new MockMultipartFile("file", filename, XLSX, bytes))
                .header("Authorization", bearer(tokenFor(username))));
    }

    private long entries() {
        return jdbc.sql("select count(*) from catalogue_entry").query(Long.class).single();
    }

    private static List<Long> ids(String body) {
        List<Number> ids = JsonPath.read(body, "$.ids");
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Map<String, Object>> currentContents(String sql, Map<String, Object> params) {
        var spec = jdbc.sql(sql);
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query().listOfRows();
    }

    /** Everything the workbook carries of an item, blank and absent alike; fees by name, since ids differ. */
    private List<List<Object>> items(List<Map<String, Object>> rows) {
        Map<Long, String> feeNames = jdbc.sql("""
                        select e.id, r.content from catalogue_entry e join catalogue_revision r
                        on r.id = coalesce(e.working_revision_id, e.live_revision_id, (select max(id) from catalogue_revision where entry_id = e.id))
                        where e.kind = 'FEE'""")
                .query((rs, n) -> Map.entry(rs.getLong(1), codec.read(rs.getString(2), FeeContent.class).name())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return rows.stream().filter(r -> r.get("kind").equals("ITEM")).map(r -> codec.read((String) r.get("content"), ServiceItemContent.class))
                .map(i -> Arrays.<Object>asList(i.name(), i.type(), i.target(), n(i.handlingSection()), i.statutoryLimitDays(), i.promisedLimitDays(),
                        i.visits(), i.handlingForms(), i.onlineApplication(), n(i.location()), n(i.officeHours()), n(i.phone()), n(i.consultation()),
                        n(i.complaintChannel()), i.free(), i.fees().stream().map(feeNames::get).toList(),
                        i.legalBasis().stream().map(b -> Arrays.asList(n(b.title()), n(b.article()), n(b.text()))).toList(),
                        i.conditions(),
                        i.materials().stream().map(m -> Arrays.asList(m.name(), m.form(), m.medium(), m.copies(), m.required(), n(m.source()), n(m.note()))).toList(),
                        i.procedure().stream().map(s -> Arrays.asList(s.name(), n(s.handler()), s.limitDays(), n(s.description()), s.special())).toList(),
                        i.faq()))
                .toList();
    }

    private List<List<Object>> fees(List<Map<String, Object>> rows) {
        return rows.stream().filter(r -> r.get("kind").equals("FEE")).map(r -> codec.read((String) r.get("content"), FeeContent.class))
                .map(f -> Arrays.<Object>asList(f.kind(), f.name(), f.amount() == null ? null : f.amount().compareTo(BigDecimal.ZERO) == 0
                        ? "0" : f.amount().stripTrailingZeros().toPlainString(), n(f.unitOfCharge()), n(f.reductions()), n(f.legalBasis()),
                        n(f.approvingDocument()), n(f.section()), f.validFrom(), f.validUntil()))
                .toList();
    }

    private static String n(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
