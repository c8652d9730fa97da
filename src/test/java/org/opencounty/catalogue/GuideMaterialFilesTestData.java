package org.opencounty.catalogue;

/**
 * A complete guide with two materials (m1 表格测试申请表, m2 表格测试证明), its name to be filled in; for the material-file tests.
 * Its words are the tests' own, so that searches of other tests sharing the application never find it.
 */
public final class GuideMaterialFilesTestData {

    private GuideMaterialFilesTestData() {
    }

    public static final String GUIDE = """
            {"name":"%s","type":"01","target":"BOTH","handlingSection":"行政审批股",
             "legalBasis":[{"title":"《表格测试办法》","article":"第一条","text":"表格测试用依据"}],
             "conditions":["有固定的经营场所"],"statutoryLimitDays":20,"promisedLimitDays":5,"free":true,
             "materials":[{"name":"表格测试申请表","form":"ORIGINAL","medium":"PAPER","copies":1,"required":true},{"name":"表格测试证明","form":"COPY","medium":"PAPER","copies":1,"required":true}],
             "procedure":[{"name":"受理","handler":"窗口","limitDays":1},{"name":"决定","handler":"股长","limitDays":1}],
             "location":"县政务服务中心","officeHours":"工作日 10:00-14:00","phone":"0902-6821234","handlingForms":["WINDOW","ONLINE"],"onlineApplication":true}""";
}
