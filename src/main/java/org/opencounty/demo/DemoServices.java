package org.opencounty.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.catalogue.CatalogueWriting;
import org.opencounty.catalogue.FeeContent;
import org.opencounty.catalogue.FeeKind;
import org.opencounty.catalogue.Scenario;
import org.opencounty.catalogue.Scenarios;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.catalogue.ServiceTarget;
import org.opencounty.units.Units;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The demo county's service guides, fees and life-event scenarios, from {@code demo/services.json}. */
@Component
public class DemoServices {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Catalogue(List<Item> items, List<Fee> fees, List<ScenarioData> scenarios) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String unit, String handlingSection, String name, String type, ServiceTarget target,
                List<ServiceItemContent.LegalBasis> legalBasis, List<String> conditions, List<ServiceItemContent.Material> materials,
                List<ServiceItemContent.Step> procedure, Integer statutoryLimitDays, Integer promisedLimitDays, Integer visits,
                List<String> handlingForms, Boolean onlineApplication, String location, String officeHours, String phone,
                String consultation, String complaintChannel, Boolean free, List<String> fees, List<ServiceItemContent.Faq> faq) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fee(String unit, FeeKind kind, String name, BigDecimal amount, String unitOfCharge, String reductions, String legalBasis,
               String approvingDocument, String section, LocalDate validFrom, LocalDate validUntil) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScenarioData(String name, String description, ServiceTarget audience, List<ScenarioStep> steps) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScenarioStep(String item, String note) {
    }

    private final CatalogueWriting writing;
    private final Scenarios scenarios;
    private final Units units;
    private final Clock clock;

    DemoServices(CatalogueWriting writing, Scenarios scenarios, Units units, Clock clock) {
        this.writing = writing;
        this.scenarios = scenarios;
        this.units = units;
        this.clock = clock;
    }

    @Transactional
    public int load(long siteId) {
        Catalogue data = read();
        Map<String, Long> feeIds = new HashMap<>();
        for (Fee fee : data.fees()) {
            FeeContent content = new FeeContent(fee.kind(), fee.name(), fee.amount(), fee.unitOfCharge(), fee.reductions(),
                    fee.legalBasis(), fee.approvingDocument(), fee.section(), fee.validFrom(), fee.validUntil());
            feeIds.put(fee.name(), writing.importPublished(siteId, units.get(siteId, fee.unit()).id(), content, clock.instant(), "demo").id());
        }
        Map<String, Long> itemIds = new HashMap<>();
        for (Item item : data.items()) {
            List<Long> fees = item.fees() == null ? List.of() : item.fees().stream().map(feeIds::get).toList();
            ServiceItemContent content = new ServiceItemContent(item.name(), null, null, item.type(), item.target(), "县级",
                    item.handlingSection(), item.legalBasis(), item.conditions(), item.materials(), item.procedure(),
                    item.statutoryLimitDays(), item.promisedLimitDays(), item.visits(), item.handlingForms(), item.onlineApplication(),
                    item.location(), item.officeHours(), item.phone(), item.consultation(), item.complaintChannel(), item.free(),
                    fees, item.faq());
            itemIds.put(item.name(), writing.importPublished(siteId, units.get(siteId, item.unit()).id(), content, clock.instant(), "demo").id());
        }
        int order = 0;
        for (ScenarioData scenario : data.scenarios()) {
            scenarios.seed(siteId, scenario.name(), scenario.description(), scenario.audience(),
                    scenario.steps().stream().map(step -> new Scenario.Step(itemIds.get(step.item()), step.note())).toList(), order++);
        }
        return data.items().size();
    }

    private static Catalogue read() {
        try (InputStream in = new ClassPathResource("demo/services.json").getInputStream()) {
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
