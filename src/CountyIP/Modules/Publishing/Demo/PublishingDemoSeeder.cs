using CountyIP.Modules.Publishing.Domain;
using CountyIP.Modules.Publishing.UseCases;
using CountyIP.Platform.Data;
using CountyIP.Platform.Files;
using CountyIP.Platform.Web;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace CountyIP.Modules.Publishing.Demo;

/// <summary>
/// The portal of a district running the pilot, when demo data is on (Development, or <c>CountyIP:DemoData</c>) and the
/// module holds nothing yet: the work plan and the fund's measures as policies (one with its application form as an
/// attachment), notices (one pinned, one withdrawn, one draft), news, and a calendar with past events and events in the
/// coming weeks, so every page and state shows something. Texts follow the 2013 work plan (shared/source).
/// </summary>
internal sealed class PublishingDemoSeeder(CountyIpDbContext db, IFileStore files, TimeProvider clock) : IDataSeeder, IDemoDataReport
{
    private const string Bureau = "仓山区知识产权局";

    /// <summary>After the other modules' demo data.</summary>
    public int Order => 960;

    public bool IsDemoData => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Article>().AnyAsync(cancellationToken) || await db.Set<PortalEvent>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = TimeDisplay.Today(clock);

        var plan = Published(ArticleChannel.Policy, "仓山区关于印发《福州市仓山区实施国家知识产权强县工程试点区工作方案》的通知", "仓政综〔2013〕88号",
            "经过2年的努力，全区推动、协调、管理知识产权的工作绩效显著增强，企业自主知识产权拥有量和水平较大幅度提高。",
            """
            各镇人民政府、街道办事处，各投资区管委会，区直各委、办、局（公司）：
            为促进优势产业知识产权创造和运用，强化知识产权保护和管理，积极营造有利于知识产权发展的环境，现将《福州市仓山区实施国家知识产权强县工程试点区工作方案》印发给你们，请认真贯彻执行。
            一、工作目标：试点期间，知识产权专项资金占区财政一般预算支出达0.21%以上；每年开展知识产权宣传活动6次以上、培训600人次以上；知识产权局与企业建立工作联系数量150家以上；职务专利申请比例达80%以上。
            二、工作重点：健全知识产权工作管理体系，强化完善知识产权激励机制，大力推进企业知识产权工作，加强知识产权保护，完善知识产权服务体系。
            三、保障措施：加强组织领导，加大资金投入，强化考核督查。
            """, "仓山区人民政府办公室", new DateTime(2013, 4, 18, 2, 0, 0, DateTimeKind.Utc));
        var measures = Published(ArticleChannel.Policy, "仓山区知识产权专项资金管理办法", "仓知〔2013〕5号",
            "专项资金优先支持技术发明、专利申请、品牌、商标创建与培育及专利产业化项目。",
            """
            第一条 为规范区知识产权专项资金的管理和使用，提高资金使用效益，根据工作方案，制定本办法。
            第二条 专项资金每年与区财政一般预算支出同步增长，用于专利申请资助、授权奖励、专利产业化项目、知识产权贯标和宣传培训等。
            第三条 申请资助的单位应在本区注册，专利权人为本单位，申报材料真实完整。
            第四条 申报材料经镇（街）初审、区知识产权局复审后，在公众服务平台公示5个工作日，无异议的予以拨付。
            第五条 以欺骗手段取得资助的，追回资助资金，三年内不受理其申请。
            第六条 本办法自发布之日起施行。
            """, Bureau, new DateTime(2013, 6, 3, 2, 0, 0, DateTimeKind.Utc));
        await AttachFormAsync(measures, now, cancellationToken);

        var call = Published(ArticleChannel.Notice, "关于申报2014年度知识产权专项资金的通知", "仓知〔2014〕2号",
            "申报时间为3月1日至3月31日，通过本平台在线申报。",
            """
            各有关单位：
            根据《仓山区知识产权专项资金管理办法》，现启动2014年度专项资金申报工作。
            一、申报范围：2013年度获得授权的发明专利、实用新型专利和外观设计专利，以及通过知识产权管理规范贯标认证的企业。
            二、申报时间：2014年3月1日至3月31日。
            三、申报方式：企业登录平台在线填报，上传授权证书等证明材料，由所在镇（街）初审。
            四、联系方式：区知识产权局，电话0591-83000000。
            """, Bureau, new DateTime(2014, 2, 20, 2, 0, 0, DateTimeKind.Utc));
        call.Pin(true, now);
        Published(ArticleChannel.Notice, "关于开展知识产权“五进”活动的通知", "仓知〔2013〕9号",
            "开展知识产权进企业、进机关、进学校、进社区、进家庭活动。",
            """
            各镇（街）、区直有关部门：
            为提升全社会知识产权意识，决定在全区开展知识产权进企业、进机关、进学校、进社区、进家庭活动，每年开展宣传活动6次以上。
            请各单位结合实际制定活动方案，于每季度末报送活动开展情况。
            """, Bureau, new DateTime(2013, 5, 10, 2, 0, 0, DateTimeKind.Utc));
        var withdrawn = Published(ArticleChannel.Notice, "关于举办专利代理人实务培训班的通知（已改期）", null,
            "培训时间调整，另行通知。", "原定培训班因场地原因改期，新的时间另行通知。", Bureau, new DateTime(2014, 3, 5, 2, 0, 0, DateTimeKind.Utc));
        withdrawn.Withdraw(now);
        db.Add(new Article(ArticleChannel.Notice, "关于2015年度知识产权宣传周活动安排的通知（草稿）", null,
            "4月20日至26日举办知识产权宣传周，具体安排待领导小组审定后发布。", Bureau, null, "demo.staff", now));

        Published(ArticleChannel.News, "我区举办4·26知识产权宣传周主题活动", null,
            "区知识产权局联合区市场监管局在万达广场开展宣传咨询活动。",
            """
            4月26日上午，区知识产权局联合区市场监管局、区文化体育和旅游局在仓山万达广场举办知识产权宣传周主题活动。
            活动设置专利、商标、版权咨询台，发放宣传资料3000余份，现场解答群众咨询200余人次。
            """, Bureau, new DateTime(2014, 4, 27, 8, 0, 0, DateTimeKind.Utc));
        Published(ArticleChannel.News, "区知识产权局开展专利执法检查", null,
            "对辖区大型商场和专业市场开展专利标识标注检查。",
            "为加强知识产权保护，区知识产权局会同相关部门对辖区大型商场、专业市场开展专利执法检查，检查商品2000余件，发现涉嫌假冒专利商品12件，已依法处理。",
            Bureau, new DateTime(2014, 6, 12, 8, 0, 0, DateTimeKind.Utc));
        Published(ArticleChannel.News, "企业专利信息检索分析培训班顺利举办", null, null,
            "来自全区60余家企业的知识产权工作人员参加培训，学习专利检索、专利分析和专利预警的方法。",
            Bureau, new DateTime(2014, 9, 18, 8, 0, 0, DateTimeKind.Utc));

        Event("知识产权宣传周主题活动", new DateOnly(2014, 4, 26), null, new TimeOnly(9, 0), "仓山万达广场", Bureau, "专利、商标、版权咨询和宣传资料发放。", publish: true);
        Event("专利信息检索分析培训班", new DateOnly(2014, 9, 16), new DateOnly(2014, 9, 17), new TimeOnly(9, 0), "区行政服务中心三楼会议室", Bureau, "面向企业知识产权工作人员，学习检索、分析和预警。", publish: true);
        Event("知识产权进企业：专利申请实务讲座", today.AddDays(6), null, new TimeOnly(14, 30), "金山工业区管委会会议室", Bureau, "讲解专利申请文件撰写和费用减缴，欢迎企业研发人员参加。", publish: true);
        Event("知识产权服务机构咨询日", today.AddDays(15), null, new TimeOnly(9, 30), "区行政服务中心一楼大厅", "区知识产权局、驻区专利代理机构", "代理机构现场提供专利检索、申请和维权咨询。", publish: true);
        Event("中小企业知识产权管理规范（贯标）培训", today.AddDays(28), today.AddDays(29), new TimeOnly(9, 0), "区委党校报告厅", Bureau, null, publish: true);
        Event("知识产权进校园宣讲（待定）", today.AddDays(40), null, null, "福建师范大学仓山校区", Bureau, null, publish: false);

        await db.SaveChangesAsync(cancellationToken);

        Article Published(ArticleChannel channel, string title, string? number, string? summary, string body, string issuer, DateTime publishedUtc)
        {
            var article = new Article(channel, title, summary, Unindent(body), issuer, number, "demo.staff", publishedUtc);
            article.Publish(publishedUtc);
            db.Add(article);
            return article;
        }

        void Event(string title, DateOnly starts, DateOnly? ends, TimeOnly? time, string place, string organiser, string? description, bool publish)
        {
            var entry = new PortalEvent(title, starts, ends, time, place, organiser, description, "demo.staff", now);
            if (publish)
            {
                entry.Publish(now);
            }

            db.Add(entry);
        }
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken) =>
        $"Portal publishing: {await db.Set<Article>().CountAsync(cancellationToken)} notices, policies and news, {await db.Set<PortalEvent>().CountAsync(cancellationToken)} calendar entries";

    /// <summary>The fund's application form as a Word file, attached to the measures like a bureau would.</summary>
    private async Task AttachFormAsync(Article measures, DateTime utcNow, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Line("仓山区知识产权专项资金申报表", bold: true),
                Line("申报单位（盖章）：____________________"),
                Line("统一社会信用代码：____________________"),
                Line("申报项目：□专利申请资助 □授权奖励 □专利产业化 □贯标"),
                Line("专利号及名称：____________________"),
                Line("申报金额（元）：____________________"),
                Line("镇（街）初审意见：____________________"),
                Line("区知识产权局审核意见：____________________")));
        }

        var content = stream.ToArray();
        using var upload = new MemoryStream(content, writable: false);
        var key = await files.SaveAsync(AttachArticleFileHandler.FileCategory, upload, cancellationToken);
        measures.Attach(key, "仓山区知识产权专项资金申报表.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content.LongLength, utcNow);
    }

    private static Paragraph Line(string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold(), new FontSize { Val = "32" }));
        }

        return new Paragraph(run);
    }

    /// <summary>Raw string literals keep the source's indentation out already; lines become paragraphs.</summary>
    private static string Unindent(string body) => string.Join('\n', body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
