package org.opencounty.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencounty.catalogue.internal.ContentCodec;
import org.opencounty.catalogue.internal.ImportPlan;
import org.opencounty.catalogue.internal.ItemRules;
import org.opencounty.catalogue.internal.WorkbookReader;
import org.opencounty.catalogue.internal.WorkbookWriter;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The whole demo catalogue written to a workbook and read back comes back unchanged, without a database. */
@Tag("fast")
class CatalogueWorkbookTest {

    private record AsInSheet(ServiceItemContent item, List<String> feeNames) {
    }

    private final ContentCodec codec = new ContentCodec();

    @Test
    void theDemoCatalogueSurvivesAWorkbookUnchanged() throws Exception {
        JsonNode demo;
        try (InputStream in = new ClassPathResource("demo/services.json").getInputStream()) {
            demo = JsonMapper.builder().build().readTree(in);
        }
        List<FeeContent> fees = new ArrayList<>();
        for (JsonNode fee : demo.get("fees")) {
            ((ObjectNode) fee).remove("unit");
            fees.add(ItemRules.validate(codec.read(fee.toString(), FeeContent.class)));
        }
        List<AsInSheet> items = new ArrayList<>();
        List<WorkbookWriter.ItemRow> rows = new ArrayList<>();
        for (JsonNode node : demo.get("items")) {
            List<String> feeNames = new ArrayList<>();
            node.path("fees").forEach(name -> feeNames.add(name.asString()));
            ((ObjectNode) node).remove(List.of("unit", "fees"));
            ServiceItemContent item = ItemRules.validate(codec.read(node.toString(), ServiceItemContent.class), id -> true);
            items.add(asInSheet(item, feeNames));
            rows.add(new WorkbookWriter.ItemRow(item, feeNames));
        }

        WorkbookReader.Parsed parsed = WorkbookReader.read(WorkbookWriter.write(rows, fees));
        ImportPlan plan = ImportPlan.of(parsed, java.util.Map.of());

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.fees()).isEqualTo(fees);
        List<AsInSheet> read = plan.items().stream()
                .map(item -> asInSheet(ItemRules.validate(item, id -> true),
                        item.fees().stream().map(id -> plan.fees().get((int) (-id - 1)).name()).toList()))
                .toList();
        assertThat(read).hasSize(59);
        for (int i = 0; i < items.size(); i++) {
            assertThat(read.get(i)).as(items.get(i).item().name()).isEqualTo(items.get(i));
        }
    }

    @Test
    void columnsAreFoundByTitleInAnyOrderAndWithEitherBrackets() throws Exception {
        String[] titles = {"承诺时限（工作日）", "事项名称", "服务对象", "事项类型", "法定时限 (工作日)", "到现场次数", "办理形式", "网上申请", "办理地点",
                "办理时间", "咨询电话", "咨询方式", "投诉渠道", "是否收费", "收费项目", "设定依据", "申请条件", "申请材料", "办理流程", "常见问题", "承办科室"};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("事项");
            Row header = sheet.createRow(0);
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(3);
            row.createCell(1).setCellValue("个体工商户登记");
            row.createCell(2).setCellValue("自然人");
            row.createCell(3).setCellValue(1);
            row.createCell(4).setCellValue("5");
            row.createCell(6).setCellValue("窗口办理，网上办理");
            row.createCell(7).setCellValue(true);
            workbook.write(out);

            WorkbookReader.Parsed parsed = WorkbookReader.read(out.toByteArray());
            ImportPlan plan = ImportPlan.of(parsed, java.util.Map.of());
            assertThat(plan.errors()).isEmpty();
            ServiceItemContent item = plan.items().getFirst();
            assertThat(item.name()).isEqualTo("个体工商户登记");
            assertThat(item.type()).isEqualTo("01");
            assertThat(item.target()).isEqualTo(ServiceTarget.NATURAL);
            assertThat(item.statutoryLimitDays()).isEqualTo(5);
            assertThat(item.promisedLimitDays()).isEqualTo(3);
            assertThat(item.handlingForms()).containsExactly("WINDOW", "ONLINE");
            assertThat(item.onlineApplication()).isTrue();
        }
    }

    /**
     * What a workbook carries of an item: no national codes or exercise level, no links to articles, fees by
     * name, and an empty cell or field is simply absent.
     */
    private static AsInSheet asInSheet(ServiceItemContent item, List<String> feeNames) {
        return new AsInSheet(new ServiceItemContent(item.name(), null, null, item.type(), item.target(), null, n(item.handlingSection()),
                item.legalBasis().stream().map(b -> new ServiceItemContent.LegalBasis(b.title(), n(b.article()), n(b.text()), null)).toList(),
                item.conditions(),
                item.materials().stream().map(m -> new ServiceItemContent.Material(m.id(), m.name(), m.form(), m.medium(), m.copies(),
                        m.required(), n(m.source()), n(m.note()))).toList(),
                item.procedure().stream().map(s -> new ServiceItemContent.Step(s.name(), n(s.handler()), s.limitDays(), n(s.description()),
                        s.special())).toList(),
                item.statutoryLimitDays(), item.promisedLimitDays(), item.visits(), item.handlingForms(), item.onlineApplication(),
                n(item.location()), n(item.officeHours()), n(item.phone()), n(item.consultation()), n(item.complaintChannel()), item.free(),
                List.of(), item.faq()), feeNames);
    }

    private static String n(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
