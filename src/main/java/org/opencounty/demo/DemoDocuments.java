package org.opencounty.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opencounty.accounts.Accounts;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.documents.DocumentDraft;
import org.opencounty.documents.DocumentIssuers;
import org.opencounty.documents.DocumentQueries;
import org.opencounty.documents.DocumentReceiving;
import org.opencounty.documents.DocumentSending;
import org.opencounty.documents.DocumentWriting;
import org.opencounty.documents.OfficialDocument;
import org.opencounty.documents.Recipient;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo county's document exchange: the 代字 of the county government, its office and the center; the office's
 * three staff (drafter, reviewer, leader); and notice 巴政办发〔2013〕38号, re-dated to the demo year (number 38 of the
 * year), sent from 巴里坤县人民政府办公室 to every unit through the whole chain. Most units have signed for it; 巴里坤镇,
 * 三塘湖镇, 大红柳峡乡 and 县良种繁育场 have not, so that they are reminded and officer2 finds it waiting.
 */
@Component
class DemoDocuments implements DemoStep {

    static final String TITLE = "关于进一步加强自治县电子政务工作的通知";
    /** The units that have not signed for the notice yet. */
    static final Set<String> UNSIGNED = Set.of("balikun-zhen", "santanghu-zhen", "dahongliuxia-xiang", "liangzhong-chang");

    private final Units units;
    private final Accounts accounts;
    private final DocumentIssuers issuers;
    private final DocumentWriting writing;
    private final DocumentSending sending;
    private final DocumentReceiving receiving;
    private final DocumentQueries queries;
    private final Clock clock;

    DemoDocuments(Units units, Accounts accounts, DocumentIssuers issuers, DocumentWriting writing, DocumentSending sending,
                  DocumentReceiving receiving, DocumentQueries queries, Clock clock) {
        this.units = units;
        this.accounts = accounts;
        this.issuers = issuers;
        this.writing = writing;
        this.sending = sending;
        this.receiving = receiving;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String load(long siteId) {
        int year = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA).getYear();
        Unit office = units.get(siteId, "gov-office");
        issuers.seed(siteId, office.id(), "巴政办发", "巴里坤哈萨克自治县人民政府办公室文件", year, 37);
        issuers.seed(siteId, units.get(siteId, "county").id(), "巴政发", "巴里坤哈萨克自治县人民政府文件", year, 0);
        issuers.seed(siteId, units.get(siteId, "egov-center").id(), "巴电政字", "巴里坤哈萨克自治县电子政务中心", year, 0);

        Actor drafter = staff(siteId, office, "office1", "马晓燕", Role.INFO_OFFICER);
        Actor reviewer = staff(siteId, office, "office2", "古丽巴哈尔·艾力", Role.INFO_OFFICER);
        Actor leader = staff(siteId, office, "officeleader", "赵建新", Role.UNIT_LEADER);

        OfficialDocument notice = writing.draft(drafter, new DocumentDraft("通知", TITLE, body(), List.of("all"), List.of(), "",
                "PUBLIC", "", null));
        long id = notice.id();
        sending.submit(drafter, id);
        sending.review(reviewer, id);
        sending.sign(leader, id);
        sending.check(reviewer, id);
        sending.register(drafter, id);
        OfficialDocument dispatched = sending.dispatch(drafter, id);

        int signed = 0;
        for (Recipient recipient : queries.view(drafter, id).recipients()) {
            Unit unit = units.byId(recipient.unitId()).orElseThrow();
            if (UNSIGNED.contains(unit.code())) {
                continue;
            }
            Actor clerk = new Actor(0, unit.code().equals("market") ? "officer1" : "demo", unit.name() + "信息员",
                    Set.of(Role.INFO_OFFICER), unit.id(), unit.code(), unit.name(), siteId);
            receiving.receive(clerk, recipient.id());
            signed++;
        }
        return dispatched.number() + "（" + signed + " 个单位已签收）";
    }

    private Actor staff(long siteId, Unit unit, String username, String name, Role role) {
        var account = accounts.find(username).orElseGet(() -> accounts.bootstrapStaff(siteId, username, name, unit.id(), Set.of(role),
                DemoData.DEMO_PASSWORD, false));
        return new Actor(account.id(), username, name, Set.of(role), unit.id(), unit.code(), unit.name(), siteId);
    }

    private static String body() {
        try {
            return new ClassPathResource("demo/notice-2013-38.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
