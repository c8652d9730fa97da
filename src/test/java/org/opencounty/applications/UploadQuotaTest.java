package org.opencounty.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** An applicant's uploads are bounded: the latest file per material, a total per application and per account; refusals leave no file. */
class UploadQuotaTest extends IntegrationTest {

    @Autowired
    private Materials materials;
    @Autowired
    private ApplicationRepository applications;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private org.opencounty.files.FileStore store;

    private ApplicationApi api;

    @BeforeEach
    void setUp() {
        api = new ApplicationApi(mvc, jdbc);
    }

    @Test
    void aMaterialKeepsItsLatestFileAndTheReplacedFileGoes() throws Exception {
        String citizen = tokenFor("citizen1");
        long item = api.onlineItemOf("market");
        long id = api.started(citizen, item);
        String material = api.requiredMaterials(item).getFirst();
        java.util.Set<String> before = new java.util.HashSet<>(storedFiles());
        for (int version = 1; version <= 3; version++) {
            api.upload(citizen, id, material, "营业执照-" + version + ".pdf", pdf(100, version)).andExpect(status().isCreated());
        }
        List<String> kept = jdbc.sql("select filename from application_material where application_id = :id and material_id = :m")
                .param("id", id).param("m", material).query(String.class).list();
        assertThat(kept).containsExactly("营业执照-3.pdf");
        String key = jdbc.sql("select storage_key from application_material where application_id = :id").param("id", id).query(String.class).single();
        assertThat(storedFiles()).contains(key);
        // Of the three files uploaded only the kept one is left in the store (other tests' files may share the folder).
        java.util.Set<String> added = new java.util.HashSet<>(storedFiles());
        added.removeAll(before);
        assertThat(added).containsExactly(key);
    }

    @Test
    void anApplicationsTotalIsLimitedWithAClearRefusalAndNoFileLeft() throws Exception {
        String citizen = tokenFor("citizen1");
        long item = itemWithMaterials(4);
        long id = api.started(citizen, item);
        List<String> all = allMaterials(item);
        byte[] big = pdf(19 * 1024 * 1024, 0);
        for (String material : all.subList(0, 3)) {
            api.upload(citizen, id, material, material + ".pdf", big).andExpect(status().isCreated());
        }
        List<String> before = storedFiles();
        api.upload(citizen, id, all.get(3), "第四份.pdf", big).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("UPLOAD_QUOTA"))
                .andExpect(jsonPath("$.message").value("本申请的材料合计不能超过60MB，请压缩或精简后再上传"));
        assertThat(storedFiles()).containsExactlyInAnyOrderElementsOf(before);
        // Replacing a material within the limit still works: the replaced file's bytes no longer count.
        api.upload(citizen, id, all.getFirst(), "换一份.pdf", big).andExpect(status().isCreated());
    }

    @Test
    void anAccountsApplicationsInProgressShareOneLimit() throws Exception {
        long citizenAccount = jdbc.sql("select id from account where username = 'citizen1'").query(Long.class).single();
        Application draft = applications.findById(api.started(tokenFor("citizen1"), api.onlineItemOf("market"))).orElseThrow();
        long inProgress = materials.bytesOfAccount(citizenAccount);
        MaterialQuota tight = new MaterialQuota(materials, 1, DataSize.ofGigabytes(1), DataSize.ofBytes(inProgress + 1000));
        transactions.executeWithoutResult(status -> tight.admit(draft, "none", 1000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transactions.executeWithoutResult(status -> tight.admit(draft, "none", 1001)))
                .isInstanceOf(MaterialQuota.QuotaExceededException.class).hasMessageContaining("您正在办理的申请的材料合计不能超过");
    }

    @Test
    void filesOfASubmissionAreNeverReplaced() throws Exception {
        String citizen = tokenFor("citizen1");
        long item = api.onlineItemOf("market");
        long id = api.submitted(citizen, item);
        String handler = tokenFor("handler1");
        String material = api.requiredMaterials(item).getFirst();
        api.act(handler, id, "request-correction", "{\"missing\":[\"" + material + "\"],\"note\":\"请重新上传\"}").andExpect(status().isOk());
        api.upload(citizen, id, material, "补正-1.pdf", pdf(100, 1)).andExpect(status().isCreated());
        api.upload(citizen, id, material, "补正-2.pdf", pdf(100, 2)).andExpect(status().isCreated());
        assertThat(jdbc.sql("select filename from application_material where application_id = :id and material_id = :m order by id")
                .param("id", id).param("m", material).query(String.class).list()).containsExactly(material + ".pdf", "补正-2.pdf");
    }

    private List<String> storedFiles() throws Exception {
        // The store's own folder (the default kind, a folder): the test property makes a new scratch folder each time it is read.
        Object folder = org.springframework.test.util.ReflectionTestUtils.getField(store, "backend");
        Path storage = (Path) org.springframework.test.util.ReflectionTestUtils.getField(folder, "root");
        if (!Files.isDirectory(storage)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(storage)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    private long itemWithMaterials(int atLeast) throws Exception {
        for (long candidate : jdbc.sql("select entry_id from published_entry where kind = 'ITEM' and online order by entry_id")
                .query(Long.class).list()) {
            if (allMaterials(candidate).size() >= atLeast) {
                return candidate;
            }
        }
        throw new IllegalStateException("The demo data has no online item with " + atLeast + " materials");
    }

    private List<String> allMaterials(long item) throws Exception {
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/service-items/" + item))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.materials[*].id");
    }

    private static byte[] pdf(int size, int version) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ('0' + version % 10));
        byte[] header = "%PDF-1.4 ".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }
}
