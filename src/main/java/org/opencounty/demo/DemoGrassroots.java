package org.opencounty.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.Authenticator;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.grassroots.CommunityNotices;
import org.opencounty.grassroots.CommunityPlatform;
import org.opencounty.grassroots.DisclosurePeriod;
import org.opencounty.grassroots.FinanceInput;
import org.opencounty.grassroots.GrassrootsSetup;
import org.opencounty.grassroots.PartyCategory;
import org.opencounty.grassroots.PartyDisclosures;
import org.opencounty.grassroots.PartyDraft;
import org.opencounty.grassroots.PartyLevel;
import org.opencounty.grassroots.PartyVisibility;
import org.opencounty.grassroots.Subsidy;
import org.opencounty.grassroots.VillageCategory;
import org.opencounty.grassroots.VillageDisclosures;
import org.opencounty.grassroots.VillageDraft;
import org.opencounty.units.Contact;
import org.opencounty.units.ContactRole;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.UnitProfile;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * The grassroots part of the demo county (issue 14): three more villages under 巴里坤镇 beside 大河镇's two, the party
 * branches of the villages and communities and 巴里坤镇党委, the people who write, check, approve and publish, and six
 * months of disclosures through the real chain — 东湖村 and 园林村 on time, 西黑沟村, 大河村 and 旧户村 late. Every
 * person and figure is invented.
 */
@Component
class DemoGrassroots implements DemoStep {

    private final Units units;
    private final Accounts accounts;
    private final Authenticator authenticator;
    private final GrassrootsSetup setup;
    private final VillageDisclosures villages;
    private final PartyDisclosures party;
    private final CommunityPlatform community;
    private final CommunityNotices notices;
    private final Clock clock;
    private int publishedCount;

    DemoGrassroots(Units units, Accounts accounts, Authenticator authenticator, GrassrootsSetup setup, VillageDisclosures villages,
                   PartyDisclosures party, CommunityPlatform community, CommunityNotices notices, Clock clock) {
        this.community = community;
        this.notices = notices;
        this.units = units;
        this.accounts = accounts;
        this.authenticator = authenticator;
        this.setup = setup;
        this.villages = villages;
        this.party = party;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String load(long siteId) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
        LocalDate since = YearMonth.from(today).minusMonths(6).atDay(1);
        Unit town = units.get(siteId, "balikun-zhen");
        Unit donghu = village(siteId, town, "donghu-cun", "东湖村", 9010, "巴里坤县巴里坤镇东湖村村委会", "0902-6821230", "张建国");
        Unit yuanlin = village(siteId, town, "yuanlin-cun", "园林村", 9020, "巴里坤县巴里坤镇园林村村委会", "0902-6821240", "哈力别克·努尔");
        Unit xiheigou = village(siteId, town, "xiheigou-cun", "西黑沟村", 9030, "巴里坤县巴里坤镇西黑沟村村委会", "0902-6821250", "李长青");
        Unit dahe = units.get(siteId, "dahe-cun");
        Unit jiuhu = units.get(siteId, "jiuhu-cun");
        setup.seedVillage(donghu, true, since);
        setup.seedVillage(yuanlin, false, since);
        setup.seedVillage(xiheigou, false, since);
        setup.seedVillage(dahe, false, since);
        setup.seedVillage(jiuhu, true, since);

        int sort = 9100;
        Unit committee = partyOrganisation(siteId, town, "balikun-zhen-party", "中共巴里坤镇委员会", PartyLevel.COMMITTEE, sort);
        List<Unit> branches = new ArrayList<>();
        for (Unit unit : List.of(donghu, yuanlin, xiheigou, dahe, jiuhu, units.get(siteId, "dongjie-community"),
                units.get(siteId, "xijie-community"))) {
            sort += 10;
            branches.add(partyOrganisation(siteId, unit, unit.code() + "-party", "中共" + unit.name() + "支部委员会", PartyLevel.BRANCH, sort));
        }
        Unit donghuBranch = branches.getFirst();

        staff(siteId, "village1", "马丽娜", donghu, Role.INFO_OFFICER);
        staff(siteId, "villagehead1", "张建国", donghu, Role.UNIT_LEADER);
        staff(siteId, "monitor1", "赵德胜", donghu, Role.VILLAGE_MONITOR);
        staff(siteId, "party1", "古丽巴哈尔·托合提", donghuBranch, Role.INFO_OFFICER);
        staff(siteId, "partyhead1", "王振华", donghuBranch, Role.UNIT_LEADER);
        staff(siteId, "member1", "刘晓梅", donghuBranch, Role.PARTY_MEMBER);
        staff(siteId, "township1", "陈磊", town, Role.TOWNSHIP_REVIEWER);
        staff(siteId, "township2", "努尔古丽·阿曼", units.get(siteId, "dahe-zhen"), Role.TOWNSHIP_REVIEWER);
        Actor township1 = actor("township1");
        Actor township2 = actor("township2");
        Chain donghuChain = new Chain(actor("village1"), actor("monitor1"), actor("villagehead1"), township1);
        Chain yuanlinChain = chain(siteId, yuanlin, "2", township1);
        Chain xiheigouChain = chain(siteId, xiheigou, "3", township1);
        Chain daheChain = chain(siteId, dahe, "4", township2);
        Chain jiuhuChain = chain(siteId, jiuhu, "5", township2);

        YearMonth thisMonth = YearMonth.from(today);
        DisclosurePeriod lastQuarter = DisclosurePeriod.quarterOf(today).previous();
        // 东湖村: busy finance, every month since the rule began, and the quarter's ordinary items.
        BigDecimal balance = new BigDecimal("182460.35");
        for (int back = 6; back >= 1; back--) {
            YearMonth month = thisMonth.minusMonths(back);
            FinanceInput finance = finance(month, balance, back);
            balance = new BigDecimal(finance.closing());
            publish(siteId, donghuChain, new VillageDraft("donghu-cun", VillageCategory.FINANCE, month.toString(), null,
                    "经村务监督委员会审核，现将本村" + month.getMonthValue() + "月财务收支情况公开如下，如有疑问请于公开之日起十日内向村委会提出。",
                    finance, null));
        }
        for (VillageCategory category : List.of(VillageCategory.VILLAGER_DECISIONS, VillageCategory.COLLECTIVE_ASSETS,
                VillageCategory.PROJECTS, VillageCategory.ASSISTING_GOVERNMENT)) {
            publish(siteId, donghuChain, ordinary("donghu-cun", category, lastQuarter));
        }
        publish(siteId, donghuChain, new VillageDraft("donghu-cun", VillageCategory.SUBSIDIES, lastQuarter.code(), null,
                "以下为本季度耕地地力保护补贴发放名单，身份证号和银行账号只显示后四位。", null, List.of(
                        new Subsidy("张玉兰", "耕地地力保护补贴", "1865.40", lastQuarter.start().plusDays(20).toString(), "", "6228480000001234"),
                        new Subsidy("阿不都热合曼·买买提", "耕地地力保护补贴", "2310.00", lastQuarter.start().plusDays(20).toString(), "", "6228480000005678"),
                        new Subsidy("李建军", "耕地地力保护补贴", "986.25", lastQuarter.start().plusDays(20).toString(), "", "6228480000009012"))));
        // 园林村: quarterly, on time.
        for (VillageCategory category : List.of(VillageCategory.FINANCE, VillageCategory.VILLAGER_DECISIONS, VillageCategory.SUBSIDIES,
                VillageCategory.COLLECTIVE_ASSETS, VillageCategory.PROJECTS, VillageCategory.ASSISTING_GOVERNMENT)) {
            publish(siteId, yuanlinChain, quarterly("yuanlin-cun", category, lastQuarter));
        }
        // 西黑沟村: only the quarter before last — late for everything now.
        publish(siteId, xiheigouChain, quarterly("xiheigou-cun", VillageCategory.FINANCE, lastQuarter.previous()));
        publish(siteId, xiheigouChain, ordinary("xiheigou-cun", VillageCategory.VILLAGER_DECISIONS, lastQuarter.previous()));
        // 大河村: finance on time, the rest missing.
        publish(siteId, daheChain, quarterly("dahe-cun", VillageCategory.FINANCE, lastQuarter));
        // 旧户村: busy finance but the last month missing.
        BigDecimal jiuhuBalance = new BigDecimal("56320.00");
        for (int back = 4; back >= 2; back--) {
            FinanceInput finance = finance(thisMonth.minusMonths(back), jiuhuBalance, back + 3);
            jiuhuBalance = new BigDecimal(finance.closing());
            publish(siteId, jiuhuChain, new VillageDraft("jiuhu-cun", VillageCategory.FINANCE, thisMonth.minusMonths(back).toString(),
                    null, "旧户村财务收支公开。", finance, null));
        }
        // Waiting: one for the township, one for the monitor.
        long waiting = villages.create(donghuChain.officer(), siteId, ordinary("donghu-cun", VillageCategory.OTHER,
                DisclosurePeriod.event(today.minusDays(1)))).id();
        villages.submit(donghuChain.officer(), siteId, waiting);
        villages.approve(donghuChain.leader(), siteId, waiting);

        // 东湖村党支部: a 公示 running now, an internal item, a public one.
        Chain partyChain = new Chain(actor("party1"), null, actor("partyhead1"), township1);
        publishParty(siteId, partyChain, new PartyDraft(donghuBranch.code(), PartyCategory.NEW_MEMBERS, PartyVisibility.PUBLIC,
                "关于确定刘晓东同志为发展对象的公示",
                "经党员推荐、支部委员会研究，拟确定刘晓东同志为发展对象。公示期间，党员和群众可通过来信、来电或面谈等方式反映情况。",
                true, today.minusDays(1).toString(), today.plusDays(3).toString()));
        publishParty(siteId, partyChain, new PartyDraft(donghuBranch.code(), PartyCategory.DUES, PartyVisibility.INTERNAL,
                lastQuarter.label() + "党费收缴情况", "本季度应缴党费党员 32 名，实缴 32 名，共收缴党费 2,146.00 元，已全额上缴镇党委。",
                false, null, null));
        publishParty(siteId, partyChain, new PartyDraft(donghuBranch.code(), PartyCategory.MEETINGS, PartyVisibility.PUBLIC,
                thisMonth.minusMonths(1).getMonthValue() + "月主题党日活动",
                "支部组织党员开展“人居环境整治”主题党日活动，清理村内巷道和水渠，参加党员 28 名。", false, null, null));
        loadCommunity(siteId, today);
        return publishedCount + " village disclosures, " + (branches.size() + 1) + " party organisations (" + committee.name()
                + " and the branches), 3 party items";
    }

    /** 东街社区's 便民服务 directory and two volunteer activities next week. */
    private void loadCommunity(long siteId, LocalDate today) {
        staff(siteId, "community1", "叶尔森·波拉提", units.get(siteId, "dongjie-community"), Role.INFO_OFFICER);
        Actor officer = actor("community1");
        String code = "dongjie-community";
        community.addService(officer, siteId, code, "医疗", "东街社区卫生服务站", "巴里坤县巴里坤镇东大街70号", "0902-6821215", "每天 10:00-20:00");
        community.addService(officer, siteId, code, "家政", "东街社区家政服务点", "东大街66号社区服务站一楼", "0902-6821216", "工作日 10:30-19:00");
        community.addService(officer, siteId, code, "维修", "水电暖维修便民点", "东大街58号", "0902-6821217", "工作日 10:00-19:30");
        community.addService(officer, siteId, code, "养老", "东街社区日间照料中心", "东大街66号社区服务站二楼", "0902-6821218", "每天 9:30-19:30");
        String nextWeek = today.plusDays(7).atTime(10, 30).toString();
        community.announce(officer, siteId, code, "清理楼道小广告志愿服务", "清理辖区楼道小广告和杂物，社区提供手套和工具。",
                "东街社区服务站门前集合", nextWeek, 20);
        community.announce(officer, siteId, code, "为独居老人送餐", "为辖区独居老人送午餐，需自备电动车或自行车。",
                "东街社区日间照料中心", today.plusDays(8).atTime(11, 0).toString(), 6);
        // Two notices through the chain (officer → director → township), and one waiting for the director.
        staff(siteId, "communityhead1", "阿依古丽·努尔兰", units.get(siteId, "dongjie-community"), Role.UNIT_LEADER);
        Actor head = actor("communityhead1");
        Actor township = actor("township1");
        for (String[] notice : new String[][] {
                {"关于开展冬季取暖安全检查的通知", "社区将于本周对辖区住户的火炉、烟道进行安全检查，请居民在家配合。如有疑问请致电社区服务站。"},
                {"关于领取老年人冬季慰问品的通知", "辖区70周岁以上老年人可于工作日到社区服务站领取冬季慰问品，请携带本人身份证。"}}) {
            long id = notices.create(officer, siteId, code, notice[0], notice[1]).id();
            notices.submit(officer, siteId, id);
            notices.approve(head, siteId, id);
            notices.approve(township, siteId, id);
        }
        long waiting = notices.create(officer, siteId, code, "关于清理楼道杂物的通知", "请居民在本月底前清理楼道内堆放的杂物，保持消防通道畅通。").id();
        notices.submit(officer, siteId, waiting);
    }

    /** Who takes each step for a village: its officer, its monitor, its director, its township's reviewer. */
    private record Chain(Actor officer, Actor monitor, Actor leader, Actor township) {
    }

    private Chain chain(long siteId, Unit village, String n, Actor township) {
        staff(siteId, "village" + n, village.name() + "信息员", village, Role.INFO_OFFICER);
        staff(siteId, "villagehead" + n, village.name() + "主任", village, Role.UNIT_LEADER);
        staff(siteId, "monitor" + n, village.name() + "监委会成员", village, Role.VILLAGE_MONITOR);
        return new Chain(actor("village" + n), actor("monitor" + n), actor("villagehead" + n), township);
    }

    private void publish(long siteId, Chain chain, VillageDraft draft) {
        publishedCount++;
        long id = villages.create(chain.officer(), siteId, draft).id();
        villages.submit(chain.officer(), siteId, id);
        if (draft.category().needsMonitorCheck()) {
            villages.check(chain.monitor(), siteId, id);
        }
        villages.approve(chain.leader(), siteId, id);
        villages.approve(chain.township(), siteId, id);
    }

    private void publishParty(long siteId, Chain chain, PartyDraft draft) {
        long id = party.create(chain.officer(), siteId, draft).id();
        party.submit(chain.officer(), siteId, id);
        party.approve(chain.leader(), siteId, id);
        party.approve(chain.township(), siteId, id);
    }

    private static VillageDraft ordinary(String village, VillageCategory category, DisclosurePeriod period) {
        String body = switch (category) {
            case VILLAGER_DECISIONS -> "村民代表会议审议通过了村内道路硬化和农田水渠维修的实施方案，现已开工。";
            case COLLECTIVE_ASSETS -> "村集体所有的 120 亩饲草料地继续按原合同发包，承包费按期收取。";
            case PROJECTS -> "村内道路硬化工程由镇政府统一招标，施工单位已进场，工程进度约 60%。";
            case ASSISTING_GOVERNMENT -> "协助镇政府完成城乡居民医疗保险征缴、适龄青年兵役登记和森林草原防火宣传。";
            default -> "村委会会议室屋顶漏水，经村两委研究立即维修，费用从村集体公益金列支，维修后公开明细。";
        };
        return new VillageDraft(village, category, period.code(), null, body, null, null);
    }

    private VillageDraft quarterly(String village, VillageCategory category, DisclosurePeriod quarter) {
        if (category == VillageCategory.FINANCE) {
            YearMonth month = YearMonth.from(quarter.start());
            FinanceInput finance = finance(month, new BigDecimal("48210.60"), 2);
            return new VillageDraft(village, category, quarter.code(), null, "本季度财务收支情况公开。",
                    new FinanceInput(finance.opening(), finance.lines(), finance.closing()), null);
        }
        if (category == VillageCategory.SUBSIDIES) {
            String day = quarter.start().plusDays(35).toString();
            return new VillageDraft(village, category, quarter.code(), null, "本季度草原生态保护补助奖励发放名单。", null, List.of(
                    new Subsidy("哈依沙·别克", "草原生态保护补助奖励", "3420.00", day, "", ""),
                    new Subsidy("王德明", "草原生态保护补助奖励", "1280.50", day, "", "")));
        }
        return ordinary(village, category, quarter);
    }

    /** A month of plausible lines whose closing balance follows from the opening. */
    private static FinanceInput finance(YearMonth month, BigDecimal opening, int seed) {
        List<FinanceInput.LineInput> lines = List.of(
                new FinanceInput.LineInput(month.atDay(5).toString(), "集体饲草料地承包费", "INCOME", amount(12600, seed), "承包户", "记-" + seed + "01"),
                new FinanceInput.LineInput(month.atDay(12).toString(), "上级转移支付（村级组织运转经费）", "INCOME", amount(8000, 0), "巴里坤镇财政所", "记-" + seed + "02"),
                new FinanceInput.LineInput(month.atDay(16).toString(), "水渠维修材料费", "EXPENSE", amount(4385, seed * 7), "巴里坤县建材门市部", "记-" + seed + "03"),
                new FinanceInput.LineInput(month.atDay(25).toString(), "村委会办公用电费", "EXPENSE", amount(612, seed * 3), "国网巴里坤县供电公司", "记-" + seed + "04"));
        BigDecimal closing = opening;
        for (FinanceInput.LineInput line : lines) {
            BigDecimal value = new BigDecimal(line.amount());
            closing = "INCOME".equals(line.direction()) ? closing.add(value) : closing.subtract(value);
        }
        return new FinanceInput(opening.setScale(2).toPlainString(), lines, closing.setScale(2).toPlainString());
    }

    private static String amount(int yuan, int seed) {
        return new BigDecimal(yuan + seed * 13).add(new BigDecimal(seed * 37 % 100).movePointLeft(2)).setScale(2).toPlainString();
    }

    private Unit village(long siteId, Unit town, String code, String name, int sort, String address, String phone, String director) {
        return units.seed(siteId, code, name, UnitKind.VILLAGE, town, sort, new UnitProfile("设村党支部、村民委员会和村务监督委员会。",
                "负责村民自治、集体经济发展、土地承包和村内公共服务事务。", director, address, phone, "",
                "工作日 10:00-14:00, 15:30-19:30（北京时间）",
                List.of(new Contact(ContactRole.PRINCIPAL_LEADER, director, "村民委员会主任", phone, ""))), "demo");
    }

    private Unit partyOrganisation(long siteId, Unit attachedTo, String code, String name, PartyLevel level, int sort) {
        Unit unit = units.seed(siteId, code, name, UnitKind.PARTY_ORGANISATION, attachedTo, sort, null, "demo");
        setup.seedParty(unit, level);
        return unit;
    }

    private void staff(long siteId, String username, String name, Unit unit, Role role) {
        accounts.bootstrapStaff(siteId, username, name, unit.id(), Set.of(role), DemoData.DEMO_PASSWORD, false);
    }

    private Actor actor(String username) {
        return authenticator.principalOf(accounts.find(username).orElseThrow()).actor();
    }
}
