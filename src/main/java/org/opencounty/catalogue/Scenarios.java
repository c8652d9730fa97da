package org.opencounty.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.catalogue.internal.ContentCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** Life-event scenarios (一件事): kept by the center's editors, read by everyone. */
@Service
public class Scenarios {

    private final JdbcClient jdbc;
    private final ContentCodec codec;
    private final PublishedCatalogue catalogue;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    Scenarios(JdbcClient jdbc, ContentCodec codec, PublishedCatalogue catalogue, AuditLog audit,
              org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.codec = codec;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Scenario> all(long siteId) {
        return jdbc.sql("select * from scenario where site_id = :site order by sort_order, id").param("site", siteId)
                .query((rs, n) -> new Scenario(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        ServiceTarget.valueOf(rs.getString("audience")), steps(rs.getString("steps")), rs.getLong("version")))
                .list();
    }

    @Transactional(readOnly = true)
    public Scenario get(long siteId, long id) {
        return all(siteId).stream().filter(s -> s.id() == id).findFirst().orElseThrow(() -> new NotFoundException("场景不存在"));
    }

    /** The scenario as a citizen follows it; steps whose item is not live are left out. */
    @Transactional(readOnly = true)
    public ScenarioGuide guide(long siteId, long id) {
        Scenario scenario = get(siteId, id);
        List<ScenarioGuide.StepGuide> steps = new ArrayList<>();
        Map<String, List<String>> materials = new LinkedHashMap<>();
        int days = 0;
        int visits = 0;
        for (Scenario.Step step : scenario.steps()) {
            var page = catalogue.liveItem(siteId, step.itemId());
            if (page.isEmpty()) {
                continue;
            }
            ServiceItemContent item = page.get();
            String unitName = catalogue.item(siteId, step.itemId()).entry().unitName();
            steps.add(new ScenarioGuide.StepGuide(step.itemId(), item.name(), unitName, step.note(), item.promisedLimitDays(), item.online()));
            days += item.promisedLimitDays() == null ? 0 : item.promisedLimitDays();
            visits += item.visits() == null ? 0 : item.visits();
            // The same document asked by several items is brought once.
            item.materials().forEach(m -> materials.computeIfAbsent(m.name().strip(), k -> new ArrayList<>()).add(item.name()));
        }
        return new ScenarioGuide(scenario, steps, materials.entrySet().stream()
                .map(e -> new ScenarioGuide.CombinedMaterial(e.getKey(), List.copyOf(e.getValue()))).toList(), days, visits);
    }

    @Transactional
    public Scenario save(Actor actor, long siteId, Long id, String name, String description, ServiceTarget audience,
                         List<Scenario.Step> steps, Long expectedVersion) {
        if (actor == null || !actor.has(Role.CENTER_EDITOR) || actor.siteId() != siteId) {
            throw new NotAllowedException("只有中心审核员可以维护场景式服务");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.put("name", "请填写场景名称（不超过200字）");
        }
        if (audience == null) {
            errors.put("audience", "请选择服务对象");
        }
        if (steps == null || steps.isEmpty()) {
            errors.put("steps", "请至少选择一个事项");
        } else {
            for (int i = 0; i < steps.size(); i++) {
                if (catalogue.liveItem(siteId, steps.get(i).itemId()).isEmpty()) {
                    errors.put("steps[" + i + "].itemId", "事项不存在或未发布：" + steps.get(i).itemId());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String json = codec.write(steps);
        long savedId;
        if (id == null) {
            savedId = jdbc.sql("""
                    insert into scenario (site_id, name, description, audience, steps, updated_by)
                    values (:site, :name, :description, :audience, :steps, :by) returning id""")
                    .param("site", siteId).param("name", name.strip()).param("description", description == null ? "" : description.strip())
                    .param("audience", audience.name()).param("steps", json).param("by", actor.username()).query(Long.class).single();
        } else {
            int updated = jdbc.sql("""
                    update scenario set name = :name, description = :description, audience = :audience, steps = :steps,
                      updated_by = :by, updated_at = now(), version = version + 1
                    where id = :id and site_id = :site and version = :version""")
                    .param("name", name.strip()).param("description", description == null ? "" : description.strip())
                    .param("audience", audience.name()).param("steps", json).param("by", actor.username())
                    .param("id", id).param("site", siteId).param("version", expectedVersion == null ? -1 : expectedVersion).update();
            if (updated == 0) {
                throw new ConflictException("STALE_VERSION", "该场景已被他人修改，请刷新后重试；您的修改未保存");
            }
            savedId = id;
        }
        audit.record(actor, "scenario.save", "scenario:" + savedId, AuditResult.SUCCESS, name);
        events.publishEvent(new CatalogueEvents.ScenarioSaved(savedId, siteId, actor.username()));
        return get(siteId, savedId);
    }

    /** Demo data and imports create scenarios without an acting editor. */
    @Transactional
    public void seed(long siteId, String name, String description, ServiceTarget audience, List<Scenario.Step> steps, int order) {
        jdbc.sql("""
                insert into scenario (site_id, name, description, audience, steps, sort_order, updated_by)
                values (:site, :name, :description, :audience, :steps, :order, 'demo')""")
                .param("site", siteId).param("name", name).param("description", description).param("audience", audience.name())
                .param("steps", codec.write(steps)).param("order", order).update();
    }

    private List<Scenario.Step> steps(String json) {
        return codec.read(json, new TypeReference<List<Scenario.Step>>() { });
    }
}
