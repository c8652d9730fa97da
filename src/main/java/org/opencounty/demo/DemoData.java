package org.opencounty.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.opencounty.accounts.Accounts;
import org.opencounty.accounts.Authenticator;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.sites.Site;
import org.opencounty.sites.Sites;
import org.opencounty.units.Contact;
import org.opencounty.units.ContactRole;
import org.opencounty.units.ProfileReview;
import org.opencounty.units.ProfileWriting;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.UnitProfile;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty embedded database with the Barkol county site, its unit tree and one account per role, so the
 * platform can be tried out right away. Place names are the county's own; every person, phone number, mailbox and
 * filing number is invented.
 */
@Component
public class DemoData {

    public static final String DEMO_PASSWORD = "Demo#2026";

    static final String SITE_CODE = "barkol";

    // Xinjiang's working day runs about two hours behind inland China; offices publish it in Beijing time because
    // that is the official clock, and the suffix stops readers from assuming local (Ürümqi) time.
    private static final String OFFICE_HOURS = "工作日 10:00-14:00, 15:30-19:30（北京时间）";

    private final Sites sites;
    private final Units units;
    private final Accounts accounts;
    private final Authenticator authenticator;
    private final ProfileWriting profileWriting;
    private final ProfileReview profileReview;

    public DemoData(Sites sites, Units units, Accounts accounts, Authenticator authenticator, ProfileWriting profileWriting,
                    ProfileReview profileReview) {
        this.sites = sites;
        this.units = units;
        this.accounts = accounts;
        this.authenticator = authenticator;
        this.profileWriting = profileWriting;
        this.profileReview = profileReview;
    }

    /** Loads everything unless the demo site already exists; returns whether anything was loaded. */
    @Transactional
    public boolean loadIfEmpty() {
        if (sites.byCode(SITE_CODE).isPresent()) {
            return false;
        }
        long siteId = createSite().id();
        Map<String, Unit> byCode = createUnits(siteId);
        identifyUnits(byCode);
        createAccounts(siteId, byCode);
        submitMovedOffice(siteId);
        return true;
    }

    /**
     * The Dahe market office has moved: officer1 has written the new address into its profile and submitted it, so
     * that leader1 finds a profile waiting on first start, while the portal still shows the old address.
     */
    private void submitMovedOffice(long siteId) {
        Actor officer = authenticator.principalOf(accounts.find("officer1").orElseThrow()).actor();
        Unit unit = units.get(siteId, "market-dahe");
        UnitProfile moved = new UnitProfile(
                "县市场监督管理局的派出机构，负责大河镇辖区的市场监督管理，内设综合监管组和消费维权服务站。",
                unit.duties(), unit.leaderName(), "巴里坤县大河镇幸福路18号便民服务综合楼二楼", "0902-6851328", unit.email(),
                unit.officeHours(), units.contactsOf(unit));
        profileWriting.edit(officer, siteId, unit.code(), moved, unit.version());
        profileReview.submit(officer, siteId, unit.code());
    }

    private Site createSite() {
        Site site = new Site(SITE_CODE, "巴里坤哈萨克自治县人民政府", "www.balikun.gov.cn", "6505210001", true);
        // Demo placeholders: the ICP and public-security filing numbers are not the county's real registrations.
        site.identify("巴里坤哈萨克自治县人民政府", "www.balikun.gov.cn", "6505210001",
                "新ICP备13000001号", "新公网安备 65052102000001号",
                "巴里坤哈萨克自治县人民政府办公室", "0902-6826836");
        return sites.create(site, List.of("localhost", "127.0.0.1", "www.balikun.gov.cn"));
    }

    private Map<String, Unit> createUnits(long siteId) {
        Map<String, Unit> byCode = new HashMap<>();
        // One running sort order across the whole site, because the directory sorts all units together; steps of
        // ten leave room for units the center adds later.
        int sortOrder = 0;
        for (Spec spec : Stream.of(List.of(COUNTY), TOWNSHIPS, DEPARTMENTS, LOCAL_UNITS).flatMap(List::stream).toList()) {
            Unit parent = spec.parent() == null ? null : byCode.get(spec.parent());
            if (spec.parent() != null && parent == null) {
                throw new IllegalStateException("demo unit " + spec.code() + " is listed before its parent " + spec.parent());
            }
            if (byCode.containsKey(spec.code())) {
                throw new IllegalStateException("duplicate demo unit code " + spec.code());
            }
            sortOrder += 10;
            byCode.put(spec.code(), units.seed(siteId, spec.code(), spec.name(), spec.kind(), parent, sortOrder, spec.profile(), "demo"));
        }
        return byCode;
    }

    /**
     * Invented 统一社会信用代码 (11 = 机关, 652222 = the county's division code, MB + a running number, a correct check
     * character) and full legal names, so that 索引号 and written notices look as they will once the county enters its own.
     */
    private void identifyUnits(Map<String, Unit> byCode) {
        int number = 0;
        for (Unit unit : byCode.values().stream().sorted(java.util.Comparator.comparing(Unit::sortOrder)).toList()) {
            String first17 = "11652222MB" + "%07d".formatted(1_000_000 + ++number);
            units.seedIdentification(unit, first17 + org.opencounty.units.CreditCode.check(first17), legalName(unit, byCode));
        }
    }

    private static String legalName(Unit unit, Map<String, Unit> byCode) {
        String county = "巴里坤哈萨克自治县";
        String name = unit.name().startsWith("县") ? unit.name().substring(1) : unit.name();
        Unit parent = unit.parentId() == null ? null : byCode.values().stream().filter(u -> u.id().equals(unit.parentId())).findFirst().orElse(null);
        return switch (unit.kind()) {
            case COUNTY -> county + "人民政府";
            case TOWNSHIP -> county + name + "人民政府";
            case VILLAGE -> county + (parent == null ? "" : parent.name()) + name + "村民委员会";
            case COMMUNITY -> county + (parent == null ? "" : parent.name()) + name + "居民委员会";
            default -> name.startsWith(county) ? name : county + name;
        };
    }

    private void createAccounts(long siteId, Map<String, Unit> byCode) {
        for (StaffAccount staff : STAFF) {
            accounts.bootstrapStaff(siteId, staff.username(), staff.displayName(), byCode.get(staff.unitCode()).id(),
                    Set.of(staff.role()), DEMO_PASSWORD, false);
        }
        accounts.registerCitizen(siteId, "citizen1", "张明", "13999000001", "citizen1@example.com", DEMO_PASSWORD);
    }

    // The staff accounts reuse the names of the registered contacts where they are the same person, so the demo
    // shows the contact list and the account list agreeing.
    private static final List<StaffAccount> STAFF = List.of(
            new StaffAccount("admin", "孙振平", "egov-center", Role.CENTER_ADMIN),
            new StaffAccount("center", "李文静", "egov-center", Role.CENTER_EDITOR),
            new StaffAccount("supervisor", "沈洁", "supervision", Role.SUPERVISOR),
            new StaffAccount("officer1", "古丽娜尔·木拉提", "market", Role.INFO_OFFICER),
            new StaffAccount("leader1", "王海涛", "market", Role.UNIT_LEADER),
            new StaffAccount("handler1", "赵雪梅", "market", Role.CASE_HANDLER),
            new StaffAccount("officer2", "阿依达娜·叶尔兰", "balikun-zhen", Role.INFO_OFFICER),
            new StaffAccount("leader2", "刘志刚", "balikun-zhen", Role.UNIT_LEADER),
            new StaffAccount("handler2", "努尔江·阿不都拉", "balikun-zhen", Role.CASE_HANDLER));

    private static final Spec COUNTY = unit(UnitKind.COUNTY, "county", "巴里坤哈萨克自治县", null,
            "自治县人民政府是自治县的自治机关和国家行政机关，实行县长负责制，设县人民政府办公室和各工作部门，"
                    + "辖5个镇、7个乡和2个县属农牧场区。",
            "执行自治县人民代表大会及其常务委员会的决议和上级国家行政机关的决定、命令，依照宪法、民族区域自治法和"
                    + "自治条例行使自治权。领导所属工作部门和各乡（镇）人民政府的工作，编制和执行国民经济和社会发展计划、"
                    + "财政预算。管理本县经济、教育、科学、文化、卫生、体育、民政、公安、民族事务和司法行政等行政工作，"
                    + "保障各族公民的合法权益。",
            "巴里坤县巴里坤镇汉城路1号", "0902-6822001", "xzf@balikun.gov.cn",
            lead("哈那提·努尔兰", "县长", "18999680011", "hanati.nl@balikun.gov.cn"),
            deputy("王建军", "副县长（分管电子政务）", "18999680012", "wangjianjun@balikun.gov.cn"),
            officer("马晓燕", "县人民政府办公室信息科科长", "18999680013", "maxiaoyan@balikun.gov.cn"));

    // The county's five towns and seven townships, then the county-owned farms. The farm list should be checked
    // against the county's current administrative division before it is relied upon.
    private static final List<Spec> TOWNSHIPS = List.of(
            unit(UnitKind.TOWNSHIP, "balikun-zhen", "巴里坤镇", "county",
                    "镇人民政府设党政综合办公室、经济发展办公室、社会事务办公室、平安建设办公室和便民服务中心，"
                            + "下辖县城各社区和周边行政村。",
                    "贯彻执行上级决定和县人民政府部署，组织实施本镇经济社会发展规划。负责城区社区治理、民生保障、"
                            + "民族团结和平安建设工作。承担辖区村镇规划建设、环境整治和便民服务事务。",
                    "巴里坤县巴里坤镇北大街28号", "0902-6821201", "blkz@balikun.gov.cn",
                    lead("刘志刚", "镇长", "18999680021", "liuzhigang@balikun.gov.cn"),
                    deputy("加娜尔·别克", "副镇长", "18999680022", "jianaer.bk@balikun.gov.cn"),
                    officer("阿依达娜·叶尔兰", "党政综合办公室干事", "18999680023", "ayidana.yl@balikun.gov.cn"),
                    officer("陈磊", "便民服务中心干事", "18999680024", "chenlei@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "boerqiangji-zhen", "博尔羌吉镇", "county",
                    "镇人民政府设党政综合办公室、经济发展办公室、社会事务办公室和畜牧兽医站，下辖以牧业为主的行政村。",
                    "组织实施本镇经济社会发展规划，推进草原畜牧业转型和牧民定居工作。负责草原生态保护、禁牧和"
                            + "草畜平衡的组织实施。做好社会保障、教育卫生和民族团结等公共服务。",
                    "巴里坤县博尔羌吉镇团结路6号", "0902-6841201", "beqjz@balikun.gov.cn",
                    lead("别克波拉提·哈斯木", "镇长", "18999680031", "bekebolat.hs@balikun.gov.cn"),
                    deputy("张红梅", "副镇长", "18999680032", "zhanghongmei@balikun.gov.cn"),
                    officer("阿依古丽·赛力克", "党政综合办公室干事", "18999680033", "ayiguli.slk@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "dahe-zhen", "大河镇", "county",
                    "镇人民政府设党政综合办公室、经济发展办公室、社会事务办公室、农业（畜牧业）发展服务中心和便民服务中心。",
                    "组织实施本镇经济社会发展规划，抓好粮油、饲草料种植和设施农业发展。负责耕地保护、农田水利和"
                            + "农村人居环境整治。做好就业、社保、救助等民生事务和基层社会治理。",
                    "巴里坤县大河镇人民路12号", "0902-6851201", "dhz@balikun.gov.cn",
                    lead("李国庆", "镇长", "18999680041", "liguoqing@balikun.gov.cn"),
                    deputy("叶尔肯·木拉提", "副镇长", "18999680042", "yerken.mlt@balikun.gov.cn"),
                    officer("王丽", "党政综合办公室干事", "18999680043", "wangli@balikun.gov.cn"),
                    officer("努尔古丽·阿曼", "便民服务中心干事", "18999680044", "nurguli.am@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "kuisu-zhen", "奎苏镇", "county",
                    "镇人民政府设党政综合办公室、经济发展办公室、社会事务办公室和便民服务中心。",
                    "组织实施本镇经济社会发展规划，发展特色种植、畜牧养殖和乡村旅游。负责农村人居环境整治和"
                            + "基础设施建设。做好民生保障、平安建设和民族团结工作。",
                    "巴里坤县奎苏镇兴业路8号", "0902-6861201", "ksz@balikun.gov.cn",
                    lead("吾拉力·哈力木", "镇长", "18999680051", "wulali.hlm@balikun.gov.cn"),
                    deputy("孙海燕", "副镇长", "18999680052", "sunhaiyan@balikun.gov.cn"),
                    officer("马俊", "党政综合办公室干事", "18999680053", "majun@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "santanghu-zhen", "三塘湖镇", "county",
                    "镇人民政府设党政综合办公室、经济发展办公室、社会事务办公室和综合服务站。",
                    "组织实施本镇经济社会发展规划，配合做好三塘湖矿区资源开发和能源项目建设的服务保障。负责"
                            + "荒漠生态保护和安全生产监督的属地责任。做好农牧民增收、社会保障和基层治理工作。",
                    "巴里坤县三塘湖镇幸福路2号", "0902-6871201", "sthz@balikun.gov.cn",
                    lead("赛力克·努尔江", "镇长", "18999680061", "serik.nrj@balikun.gov.cn"),
                    deputy("杨立新", "副镇长", "18999680062", "yanglixin@balikun.gov.cn"),
                    officer("阿斯哈尔·别克", "党政综合办公室干事", "18999680063", "askhar.bk@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "saerqiaoke-xiang", "萨尔乔克乡", "county",
                    "乡人民政府设党政综合办公室、经济发展办公室、社会事务办公室和畜牧兽医站。",
                    "组织实施本乡经济社会发展规划，推进牧民定居和草原畜牧业提质增效。做好牲畜转场、防灾抗灾和"
                            + "动物防疫工作。负责草原保护、民生保障和民族团结工作。",
                    "巴里坤县萨尔乔克乡牧民新村路5号", "0902-6881201", "seqkx@balikun.gov.cn",
                    lead("叶尔兰·托合塔尔", "乡长", "18999680071", "yerlan.tht@balikun.gov.cn"),
                    deputy("周文斌", "副乡长", "18999680072", "zhouwenbin@balikun.gov.cn"),
                    officer("玛依拉·哈那提", "党政综合办公室干事", "18999680073", "mayila.hnt@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "haiziyan-xiang", "海子沿乡", "county",
                    "乡人民政府设党政综合办公室、经济发展办公室、社会事务办公室和便民服务中心。",
                    "组织实施本乡经济社会发展规划，发展种植业和畜牧养殖业。配合做好巴里坤湖湿地保护和生态环境"
                            + "治理。负责民生保障、平安建设和基层服务工作。",
                    "巴里坤县海子沿乡湖滨路9号", "0902-6821301", "hzyx@balikun.gov.cn",
                    lead("高建华", "乡长", "18999680081", "gaojianhua@balikun.gov.cn"),
                    deputy("波拉提·叶尔肯", "副乡长", "18999680082", "bolat.yek@balikun.gov.cn"),
                    officer("李娜", "党政综合办公室干事", "18999680083", "lina@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "xialaoba-xiang", "下涝坝乡", "county",
                    "乡人民政府设党政综合办公室、经济发展办公室、社会事务办公室和农业（畜牧业）发展服务中心。",
                    "组织实施本乡经济社会发展规划，抓好粮食和饲草料生产。负责耕地保护、农田水利和农村人居环境"
                            + "整治。做好社会保障、教育卫生和基层社会治理工作。",
                    "巴里坤县下涝坝乡振兴路4号", "0902-6821401", "xlbx@balikun.gov.cn",
                    lead("努尔兰·阿曼", "乡长", "18999680091", "nurlan.am@balikun.gov.cn"),
                    deputy("韩志强", "副乡长", "18999680092", "hanzhiqiang@balikun.gov.cn"),
                    officer("古丽米拉·艾力", "党政综合办公室干事", "18999680093", "gulimila.al@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "shirenzi-xiang", "石人子乡", "county",
                    "乡人民政府设党政综合办公室、经济发展办公室、社会事务办公室和文化服务站。",
                    "组织实施本乡经济社会发展规划，发展特色农业和文化旅游。配合做好石人子沟遗址等文物的保护"
                            + "工作。负责民生保障、平安建设和民族团结工作。",
                    "巴里坤县石人子乡文化路1号", "0902-6821501", "srzx@balikun.gov.cn",
                    lead("何志远", "乡长", "18999680101", "hezhiyuan@balikun.gov.cn"),
                    deputy("阿依登·别克", "副乡长", "18999680102", "ayden.bk@balikun.gov.cn"),
                    officer("张婷", "党政综合办公室干事", "18999680103", "zhangting@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "huayuan-xiang", "花园乡", "county",
                    "乡人民政府设党政综合办公室、经济发展办公室、社会事务办公室和便民服务中心。",
                    "组织实施本乡经济社会发展规划，发展种植业、畜牧业和庭院经济。负责农村基础设施建设和人居"
                            + "环境整治。做好就业、社保、救助等民生事务。",
                    "巴里坤县花园乡团结路7号", "0902-6821601", "hyx@balikun.gov.cn",
                    lead("达吾列提·哈斯木", "乡长", "18999680111", "dawlet.hs@balikun.gov.cn"),
                    deputy("赵丽萍", "副乡长", "18999680112", "zhaoliping@balikun.gov.cn"),
                    officer("马海龙", "党政综合办公室干事", "18999680113", "mahailong@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "dahongliuxia-xiang", "大红柳峡乡", "county",
                    "乡人民政府设党政综合办公室、经济发展办公室、社会事务办公室和畜牧兽医站，下辖牧业行政村。",
                    "组织实施本乡经济社会发展规划，推进牧民定居和畜牧业发展。做好山区道路保通、防灾减灾和"
                            + "边远牧区公共服务。负责草原保护、民生保障和民族团结工作。",
                    "巴里坤县大红柳峡乡牧民新村3号", "0902-6821701", "dhlxx@balikun.gov.cn",
                    lead("巴合提亚尔·努尔兰", "乡长", "18999680121", "bakhtiyar.nl@balikun.gov.cn"),
                    deputy("黄伟", "副乡长", "18999680122", "huangwei@balikun.gov.cn"),
                    officer("沙吾列·叶尔江", "党政综合办公室干事", "18999680123", "shawle.yej@balikun.gov.cn")),
            unit(UnitKind.TOWNSHIP, "baqiangzi-xiang", "八墙子乡", "county",
                    "乡人民政府设党政综合办公室、经济发展办公室、社会事务办公室和便民服务中心。",
                    "组织实施本乡经济社会发展规划，抓好农牧业生产和农牧民增收。负责农村基础设施和人居环境建设。"
                            + "做好社会保障、平安建设和基层治理工作。",
                    "巴里坤县八墙子乡和平路2号", "0902-6821801", "bqzx@balikun.gov.cn",
                    lead("吴建平", "乡长", "18999680131", "wujianping@balikun.gov.cn"),
                    deputy("哈力木·加帕尔", "副乡长", "18999680132", "halim.jpr@balikun.gov.cn"),
                    officer("阿依努尔·吐尔逊", "党政综合办公室干事", "18999680133", "ayinur.tes@balikun.gov.cn")),
            unit(UnitKind.FARM, "zhongniu-chang", "县种牛场", "county",
                    "县种牛场为县属国有农牧场，设场部办公室、生产技术科和社区服务站，场区内设若干生产队。",
                    "负责优良种牛的选育、繁育和推广，为全县畜牧业提供良种。管理场区土地、草场和职工生产生活服务，"
                            + "承担场区社会事务和社会治理工作。",
                    "巴里坤县种牛场场部", "0902-6821901", "zncc@balikun.gov.cn",
                    lead("潘永刚", "场长", "18999680141", "panyonggang@balikun.gov.cn"),
                    deputy("叶尔波拉提·卡德尔", "副场长", "18999680142", "yerbolat.kdr@balikun.gov.cn"),
                    officer("刘敏", "场部办公室干事", "18999680143", "liumin@balikun.gov.cn")),
            unit(UnitKind.FARM, "liangzhong-chang", "县良种繁育场", "county",
                    "县良种繁育场为县属国有农场，设场部办公室、种子生产科和农业技术服务站。",
                    "负责小麦、油菜和饲草等农作物良种的试验、繁育和推广。管理场区耕地和职工生产生活服务，承担场区"
                            + "社会事务和社会治理工作。",
                    "巴里坤县良种繁育场场部", "0902-6822101", "lzfyc@balikun.gov.cn",
                    lead("郑国栋", "场长", "18999680151", "zhengguodong@balikun.gov.cn"),
                    deputy("热依汗·阿不都", "副场长", "18999680152", "reyihan.abd@balikun.gov.cn"),
                    officer("库兰·别克", "场部办公室干事", "18999680153", "kulan.bk@balikun.gov.cn")));

    private static final List<Spec> DEPARTMENTS = List.of(
            unit(UnitKind.DEPARTMENT, "gov-office", "县人民政府办公室", "county",
                    "县人民政府办公室是县人民政府的办事机构，设秘书科、综合科、政务公开科（信息科）、督查科和行政科，"
                            + "挂县政务公开办公室牌子。",
                    "负责县人民政府会议组织、公文处理和政务运转工作。督促检查县人民政府决定事项和重要工作部署的落实。"
                            + "组织推进全县政务公开和政府信息公开工作，承担县人民政府门户网站的主办职责。",
                    "巴里坤县巴里坤镇汉城路1号", "0902-6826836", "zfb@balikun.gov.cn",
                    lead("赵建新", "主任", "18999680161", "zhaojianxin@balikun.gov.cn"),
                    deputy("古丽巴哈尔·艾力", "副主任", "18999680162", "gulbahar.al@balikun.gov.cn"),
                    // The county's own information officer sits in this office, hence the same person.
                    officer("马晓燕", "信息科科长", "18999680013", "maxiaoyan@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "egov-center", "县电子政务中心", "county",
                    "县电子政务中心为县人民政府办公室管理的公益一类事业单位，设综合科、网站管理科、网络安全科和"
                            + "技术保障科。",
                    "负责全县电子政务网络和县人民政府门户网站的建设、运行维护和安全保障。审核各单位报送的网站信息，"
                            + "受理和转办网上咨询、投诉和建议。组织各单位信息员培训，按照网络安全等级保护要求开展安全管理。",
                    "巴里坤县巴里坤镇汉城路1号", "0902-6826830", "dzzw@balikun.gov.cn",
                    lead("杨春华", "主任", "18999680171", "yangchunhua@balikun.gov.cn"),
                    deputy("孙振平", "副主任", "18999680172", "sunzhenping@balikun.gov.cn"),
                    officer("李文静", "网站管理科科员", "18999680173", "liwenjing@balikun.gov.cn"),
                    officer("叶尔江·哈力木", "网络安全科科员", "18999680174", "yerjan.hlm@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "supervision", "县监察局", "county",
                    "县监察局依法对县人民政府各部门及其工作人员和乡（镇）人民政府实施监察，设综合室、执法监察室和"
                            + "效能监察室。",
                    "检查监察对象执行法律法规和县人民政府决定、命令的情况。受理对监察对象违反行政纪律行为的检举、控告，"
                            + "调查处理违纪行为。对政府网站群众诉求办理的时效和质量开展效能监察，督促按期办结。",
                    "巴里坤县巴里坤镇北大街6号", "0902-6823105", "jcj@balikun.gov.cn",
                    lead("马建新", "局长", "18999680181", "majianxin@balikun.gov.cn"),
                    deputy("阿曼·努尔兰", "副局长", "18999680182", "aman.nl@balikun.gov.cn"),
                    officer("沈洁", "效能监察室科员", "18999680183", "shenjie@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "performance", "县绩效考核办公室", "county",
                    "县绩效考核办公室负责全县绩效管理的组织实施，设综合科和考核评价科。",
                    "拟订全县各单位年度绩效考核办法和指标体系并组织实施。对各单位政务公开、网站信息报送和群众诉求"
                            + "办理情况进行量化考核。汇总考核结果，提出奖惩建议，报县人民政府审定后通报。",
                    "巴里坤县巴里坤镇汉城路1号", "0902-6826851", "jxkh@balikun.gov.cn",
                    lead("胡振东", "主任", "18999680191", "huzhendong@balikun.gov.cn"),
                    deputy("热依拉·吐尔逊", "副主任", "18999680192", "reyila.tes@balikun.gov.cn"),
                    officer("邓晓梅", "考核评价科科员", "18999680193", "dengxiaomei@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "development-reform", "县发展和改革委员会", "county",
                    "县发展和改革委员会是县人民政府工作部门，设办公室、规划科、投资科、价格科和能源科。",
                    "拟订并组织实施全县国民经济和社会发展中长期规划和年度计划。负责固定资产投资项目的审批、核准和"
                            + "备案管理，统筹重大项目建设。负责价格管理、能源发展和经济体制改革工作。",
                    "巴里坤县巴里坤镇东大街15号", "0902-6822316", "fgw@balikun.gov.cn",
                    lead("许建国", "主任", "18999680201", "xujianguo@balikun.gov.cn"),
                    deputy("叶尔兰·波拉提", "副主任", "18999680202", "yerlan.blt@balikun.gov.cn"),
                    officer("王琳", "办公室科员", "18999680203", "wanglin@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "education", "县教育局", "county",
                    "县教育局是县人民政府主管教育工作的部门，设办公室、基础教育股、计划财务股、学生资助管理中心和教研室。",
                    "贯彻执行国家教育方针政策，统筹全县学前教育、义务教育和高中阶段教育发展。负责推广国家通用语言文字"
                            + "教学和学校布局规划。管理全县中小学教师队伍和教育经费，组织实施学生资助工作。",
                    "巴里坤县巴里坤镇文化路12号", "0902-6822433", "jyj@balikun.gov.cn",
                    lead("阿依登·哈斯木", "局长", "18999680211", "ayden.hs@balikun.gov.cn"),
                    deputy("罗志华", "副局长", "18999680212", "luozhihua@balikun.gov.cn"),
                    officer("古丽娜·叶尔江", "办公室科员", "18999680213", "gulina.yej@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "public-security", "县公安局", "county",
                    "县公安局是县人民政府主管公安工作的职能部门，设指挥中心、治安管理大队、刑事侦查大队、交通警察大队、"
                            + "网络安全保卫大队和各乡（镇）派出所。",
                    "负责全县社会治安管理，预防、制止和侦查违法犯罪活动。负责户籍、居民身份证、出入境和道路交通安全"
                            + "管理。依法监督管理计算机信息系统安全保护工作，承办网站公安备案相关事务。",
                    "巴里坤县巴里坤镇西大街20号", "0902-6822110", "gaj@balikun.gov.cn",
                    lead("郭振华", "局长", "18999680221", "guozhenhua@balikun.gov.cn"),
                    deputy("哈那提·别克", "副局长", "18999680222", "hanati.bk@balikun.gov.cn"),
                    officer("刘洋", "指挥中心民警", "18999680223", "liuyang@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "civil-affairs", "县民政局", "county",
                    "县民政局是县人民政府主管民政工作的部门，设办公室、社会救助股、社会事务股、养老服务股和基层政权"
                            + "建设股，下设县社会福利中心。",
                    "负责城乡最低生活保障、特困人员供养和临时救助工作。负责婚姻登记、殡葬管理、行政区划和地名管理。"
                            + "指导城乡社区建设，负责养老服务和儿童福利工作。",
                    "巴里坤县巴里坤镇南大街8号", "0902-6822508", "mzj@balikun.gov.cn",
                    lead("别克·吾拉力", "局长", "18999680231", "bek.wll@balikun.gov.cn"),
                    deputy("冯丽", "副局长", "18999680232", "fengli@balikun.gov.cn"),
                    officer("买买提·依明", "办公室科员", "18999680233", "mamat.ym@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "finance", "县财政局", "county",
                    "县财政局是县人民政府主管财政收支和财税政策的部门，设办公室、预算股、国库股、农业农村股、社会保障股"
                            + "和政府采购办公室。",
                    "编制县级年度预决算草案并组织执行，管理县级财政收支。负责财政专项资金管理和国库集中支付。负责政府"
                            + "采购监督管理和政府债务管理，依法推进预决算公开。",
                    "巴里坤县巴里坤镇东大街22号", "0902-6822612", "czj@balikun.gov.cn",
                    lead("孟庆华", "局长", "18999680241", "mengqinghua@balikun.gov.cn"),
                    deputy("阿斯哈尔·加帕尔", "副局长", "18999680242", "askhar.jpr@balikun.gov.cn"),
                    officer("程晓丽", "办公室科员", "18999680243", "chengxiaoli@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "human-resources", "县人力资源和社会保障局", "county",
                    "县人力资源和社会保障局是县人民政府工作部门，设办公室、就业促进股、社会保险股、劳动关系股和劳动保障"
                            + "监察大队，下设县社会保险中心和就业服务中心。",
                    "拟订并组织实施全县就业创业和人才发展规划。管理城乡居民养老保险、失业保险和工伤保险。负责劳动关系"
                            + "调整和劳动保障监察，依法处理拖欠农民工工资等案件。",
                    "巴里坤县巴里坤镇北大街18号", "0902-6822725", "rsj@balikun.gov.cn",
                    lead("加尔肯·木拉提", "局长", "18999680251", "jarken.mlt@balikun.gov.cn"),
                    deputy("钱伟", "副局长", "18999680252", "qianwei@balikun.gov.cn"),
                    officer("帕提古丽·吐尔逊", "办公室科员", "18999680253", "patiguli.tes@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "natural-resources", "县自然资源局", "county",
                    "县自然资源局是县人民政府工作部门，设办公室、国土空间规划股、耕地保护股、矿产资源管理股、不动产"
                            + "登记中心和执法监察大队。",
                    "负责全县国土空间规划编制和用途管制，履行耕地保护职责。负责矿产资源开发利用和矿业权管理，监督三塘湖"
                            + "等矿区规范开发。负责不动产统一登记和自然资源执法监察。",
                    "巴里坤县巴里坤镇西大街9号", "0902-6822818", "zrzyj@balikun.gov.cn",
                    lead("汪海", "局长", "18999680261", "wanghai@balikun.gov.cn"),
                    deputy("努尔别克·哈斯木", "副局长", "18999680262", "nurbek.hs@balikun.gov.cn"),
                    officer("田甜", "办公室科员", "18999680263", "tiantian@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "housing", "县住房和城乡建设局", "county",
                    "县住房和城乡建设局是县人民政府工作部门，设办公室、城乡规划建设股、房地产管理股、建筑市场管理股和"
                            + "城市管理执法大队。",
                    "负责全县城乡建设、市政公用设施和保障性住房的规划与管理。监督管理建筑市场、工程质量安全和房地产"
                            + "市场。组织实施农村安居工程和老旧小区改造。",
                    "巴里坤县巴里坤镇南大街16号", "0902-6822906", "zjj@balikun.gov.cn",
                    lead("魏东升", "局长", "18999680271", "weidongsheng@balikun.gov.cn"),
                    deputy("玛依努尔·艾尼瓦尔", "副局长", "18999680272", "mayinur.anw@balikun.gov.cn"),
                    officer("江涛", "办公室科员", "18999680273", "jiangtao@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "transport", "县交通运输局", "county",
                    "县交通运输局是县人民政府工作部门，设办公室、综合规划股、公路管理站和交通运输综合行政执法大队。",
                    "负责全县国省干线以外公路和农村公路的规划、建设和养护管理。负责道路运输市场监管和城乡客运服务。"
                            + "组织冬季道路除雪保通和交通运输安全生产工作。",
                    "巴里坤县巴里坤镇西大街31号", "0902-6823012", "jtj@balikun.gov.cn",
                    lead("蒋立军", "局长", "18999680281", "jianglijun@balikun.gov.cn"),
                    deputy("吐尔逊·哈力克", "副局长", "18999680282", "tursun.hlk@balikun.gov.cn"),
                    officer("哈依沙·别克", "办公室科员", "18999680283", "hayisha.bk@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "agriculture", "县农业农村局", "county",
                    "县农业农村局是县人民政府工作部门，设办公室、乡村发展股、种植业管理股、畜牧兽医股、农村经营管理股"
                            + "和农业综合行政执法大队。",
                    "统筹全县农业农村发展和乡村振兴工作。负责种植业、畜牧业、渔业和农业机械化管理，组织实施动物疫病"
                            + "防控。指导农村集体经济组织建设和农村土地承包管理。",
                    "巴里坤县巴里坤镇东大街40号", "0902-6823126", "nyncj@balikun.gov.cn",
                    lead("托合塔尔·叶尔肯", "局长", "18999680291", "tokhtar.yek@balikun.gov.cn"),
                    deputy("史建军", "副局长", "18999680292", "shijianjun@balikun.gov.cn"),
                    officer("韩雪", "办公室科员", "18999680293", "hanxue@balikun.gov.cn"),
                    officer("阿合买提·努尔兰", "畜牧兽医股科员", "18999680294", "ahmet.nl@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "health", "县卫生健康委员会", "county",
                    "县卫生健康委员会是县人民政府工作部门，设办公室、医政医管股、疾病预防控制股、基层卫生与妇幼健康股"
                            + "和综合监督执法大队，管理县人民医院等医疗卫生单位。",
                    "负责全县医疗卫生服务体系建设和医疗机构监督管理。组织实施疾病预防控制、公共卫生应急和爱国卫生工作。"
                            + "负责基层卫生、妇幼健康和人口监测工作。",
                    "巴里坤县巴里坤镇北大街25号", "0902-6823218", "wjw@balikun.gov.cn",
                    lead("热依汗·哈斯木", "主任", "18999680301", "reyihan.hs@balikun.gov.cn"),
                    deputy("鲁明", "副主任", "18999680302", "luming@balikun.gov.cn"),
                    officer("阿依江·托合塔尔", "办公室科员", "18999680303", "ayjan.tht@balikun.gov.cn")),
            unit(UnitKind.DEPARTMENT, "market", "县市场监督管理局", "county",
                    "县市场监督管理局是县人民政府工作部门，设办公室、登记注册股、食品安全监督管理股、药品医疗器械监督"
                            + "管理股、质量安全股和综合行政执法大队，在各乡（镇）设市场监督管理所。",
                    "负责全县市场主体登记注册和市场秩序监督管理。负责食品、药品、特种设备和产品质量安全监督管理。受理"
                            + "市场监管领域投诉举报，依法查处违法行为，承担12315投诉举报的转办和处理。",
                    "巴里坤县巴里坤镇南大街30号", "0902-6823315", "scjgj@balikun.gov.cn",
                    lead("王海涛", "局长", "18999680311", "wanghaitao@balikun.gov.cn"),
                    deputy("叶尔江·巴合提", "副局长", "18999680312", "yerjan.bht@balikun.gov.cn"),
                    officer("古丽娜尔·木拉提", "办公室科员", "18999680313", "gulnar.mlt@balikun.gov.cn"),
                    officer("周颖", "综合行政执法大队队员", "18999680314", "zhouying@balikun.gov.cn")));

    // Units below departments and townships: shorter profiles, as such units usually publish less.
    private static final List<Spec> LOCAL_UNITS = List.of(
            unit(UnitKind.SUBORDINATE, "market-balikun", "巴里坤镇市场监督管理所", "market",
                    "县市场监督管理局的派出机构，负责巴里坤镇辖区的市场监督管理。",
                    "承担辖区市场主体日常监管、食品安全检查和消费投诉举报的处理。",
                    "巴里坤县巴里坤镇东大街52号", "0902-6823320", "",
                    lead("白志强", "所长", "18999680321", "baizhiqiang@balikun.gov.cn"),
                    officer("阿丽娅·叶尔兰", "科员", "18999680322", "aliya.yl@balikun.gov.cn")),
            unit(UnitKind.SUBORDINATE, "market-dahe", "大河镇市场监督管理所", "market",
                    "县市场监督管理局的派出机构，负责大河镇辖区的市场监督管理。",
                    "承担辖区市场主体日常监管、农资和食品安全检查以及消费投诉举报的处理。",
                    "巴里坤县大河镇人民路20号", "0902-6851320", "",
                    lead("米晓东", "所长", "18999680331", "mixiaodong@balikun.gov.cn"),
                    officer("赛力克·阿曼", "科员", "18999680332", "serik.am@balikun.gov.cn")),
            unit(UnitKind.SUBORDINATE, "welfare-center", "县社会福利中心", "civil-affairs",
                    "县民政局所属公益性事业单位，内设养老服务部和儿童福利部。",
                    "承担特困人员集中供养、孤残儿童养育和社会养老服务。",
                    "巴里坤县巴里坤镇南大街60号", "0902-6822530", "",
                    lead("胡玉兰", "主任", "18999680341", "huyulan@balikun.gov.cn"),
                    officer("阿依谢·努尔兰", "办公室科员", "18999680342", "ayishe.nl@balikun.gov.cn")),
            unit(UnitKind.SUBORDINATE, "people-hospital", "县人民医院", "health",
                    "县卫生健康委员会所属公立综合医院，设急诊科、内科、外科、妇产科和儿科等临床科室。",
                    "承担全县急危重症救治和常见病、多发病诊疗，指导乡（镇）卫生院业务工作。",
                    "巴里坤县巴里坤镇北大街50号", "0902-6823120", "",
                    lead("欧阳明", "院长", "18999680351", "ouyangming@balikun.gov.cn"),
                    officer("杜娟", "院办干事", "18999680352", "dujuan@balikun.gov.cn")),
            unit(UnitKind.COMMUNITY, "dongjie-community", "东街社区", "balikun-zhen",
                    "设社区党支部和社区居民委员会，下设社区综合服务站。",
                    "负责辖区居民自治、便民服务、人口服务管理和社区治安联防。",
                    "巴里坤县巴里坤镇东大街66号", "0902-6821210", "",
                    lead("李秀英", "社区居民委员会主任", "18999680361", "lixiuying@balikun.gov.cn"),
                    officer("叶尔森·波拉提", "社区工作者", "18999680362", "yersen.blt@balikun.gov.cn")),
            unit(UnitKind.COMMUNITY, "xijie-community", "西街社区", "balikun-zhen",
                    "设社区党支部和社区居民委员会，下设社区综合服务站。",
                    "负责辖区居民自治、便民服务、人口服务管理和社区治安联防。",
                    "巴里坤县巴里坤镇西大街45号", "0902-6821220", "",
                    lead("阿依谢姆·哈力木", "社区居民委员会主任", "18999680371", "ayshem.hlm@balikun.gov.cn"),
                    officer("宋佳", "社区工作者", "18999680372", "songjia@balikun.gov.cn")),
            unit(UnitKind.VILLAGE, "dahe-cun", "大河村", "dahe-zhen",
                    "设村党支部和村民委员会。",
                    "负责村民自治、集体经济发展、土地承包和村内公共服务事务。",
                    "巴里坤县大河镇大河村村委会", "0902-6851210", "",
                    lead("杨志军", "村民委员会主任", "18999680381", "yangzhijun@balikun.gov.cn"),
                    officer("努尔波拉提·别克", "村文书", "18999680382", "nurbolat.bk@balikun.gov.cn")),
            unit(UnitKind.VILLAGE, "jiuhu-cun", "旧户村", "dahe-zhen",
                    "设村党支部和村民委员会。",
                    "负责村民自治、集体经济发展、土地承包和村内公共服务事务。",
                    "巴里坤县大河镇旧户村村委会", "0902-6851220", "",
                    lead("马福成", "村民委员会主任", "18999680391", "mafucheng@balikun.gov.cn"),
                    officer("王晓东", "村文书", "18999680392", "wangxiaodong@balikun.gov.cn")));

    private static Spec unit(UnitKind kind, String code, String name, String parent, String organisation, String duties,
                             String address, String phone, String email, Contact... contacts) {
        return new Spec(kind, code, name, parent, organisation, duties, address, phone, email, List.of(contacts));
    }

    private static Contact lead(String name, String post, String phone, String email) {
        return new Contact(ContactRole.PRINCIPAL_LEADER, name, post, phone, email);
    }

    private static Contact deputy(String name, String post, String phone, String email) {
        return new Contact(ContactRole.DEPUTY_IN_CHARGE, name, post, phone, email);
    }

    private static Contact officer(String name, String post, String phone, String email) {
        return new Contact(ContactRole.INFO_OFFICER, name, post, phone, email);
    }

    private record Spec(UnitKind kind, String code, String name, String parent, String organisation, String duties,
                        String address, String phone, String email, List<Contact> contacts) {

        /** The published leader is the registered principal leader, so the two can never disagree. */
        UnitProfile profile() {
            String leader = contacts.stream().filter(c -> c.role() == ContactRole.PRINCIPAL_LEADER)
                    .map(Contact::name).findFirst().orElse("");
            return new UnitProfile(organisation, duties, leader, address, phone, email, OFFICE_HOURS, contacts);
        }
    }

    private record StaffAccount(String username, String displayName, String unitCode, Role role) {
    }
}
