using CountyIP.Modules.Protection.Domain;

namespace CountyIP.Modules.Protection.Demo;

/// <summary>One invented complaint: who is complained about, where, what happened and which departments handle it.</summary>
internal sealed record DemoComplaint(CaseKind Kind, string Respondent, string Place, string Description, string[] Departments);

/// <summary>
/// The words of the demo cases, fairs and joint actions: the district's own places (仓山区, 海峡国际会展中心) and the
/// kinds of matters a district bureau sees (plan 三(四): 专利、商标、版权侵权与假冒，展会保护，联合执法). All invented.
/// </summary>
internal static class ProtectionDemoVocabulary
{
    public static readonly DemoComplaint[] Complaints =
    [
        new(CaseKind.PatentInfringement, "福州骏驰电动车配件经营部", "仓山区城门镇潘墩路电动车配件市场12号",
            "我司持有“一种电动车控制器散热结构”实用新型专利（ZL 2023 2 0456781.2），该经营部销售的无品牌控制器结构与专利权利要求1完全相同，现场标价每个85元。请求责令停止销售。",
            ["ip-bureau", "market-regulation"]),
        new(CaseKind.PatentInfringement, "福建鑫拓照明科技有限公司", "仓山区金山街道浦上大道216号",
            "被投诉人生产的LED投光灯外观与我司外观设计专利（ZL 2022 3 0612345.7）近似，在电商平台与线下门店同时销售。附购买凭证及产品照片。",
            ["ip-bureau"]),
        new(CaseKind.PatentPassingOff, "仓山区万达广场B1层某母婴用品店", "仓山区浦上大道272号仓山万达广场B1层",
            "店内销售的婴儿奶瓶包装标注“国家专利产品 专利号ZL201910000000.0”，经查询该专利号不存在，涉嫌假冒专利。",
            ["market-regulation"]),
        new(CaseKind.PatentPassingOff, "福州恒润五金制品厂", "仓山区建新镇金港路88号",
            "产品说明书标注的专利已于2021年因未缴年费终止，仍以“专利产品”名义宣传销售。",
            ["market-regulation", "ip-bureau"]),
        new(CaseKind.TrademarkInfringement, "仓山区上渡路某茶叶商行", "仓山区上渡街道上渡路36号",
            "商行销售的“正山小种”红茶外包装使用与我司注册商标（第6543210号）高度近似的标识，消费者已发生混淆。",
            ["market-regulation"]),
        new(CaseKind.TrademarkInfringement, "福州闽运汽车用品有限公司", "仓山区盖山镇齐安路502号",
            "被投诉人仓库存放大量印有我司“闽驰”注册商标的汽车脚垫，非我司授权生产，涉嫌销售侵犯注册商标专用权的商品。",
            ["market-regulation", "public-security"]),
        new(CaseKind.CopyrightInfringement, "仓山区学府路某复印店", "仓山区上三路福建师范大学仓山校区北门",
            "复印店大量复制我社出版的考研教材并低价出售，涉嫌侵犯著作权。附现场照片及购买的复印本。",
            ["culture-sports"]),
        new(CaseKind.CopyrightInfringement, "福州某网络科技有限公司", "仓山区对湖街道六一南路明发商业广场写字楼",
            "该公司运营的小程序未经许可使用我单位拍摄的闽江夜景摄影作品共23幅用于商业推广。",
            ["culture-sports", "public-security"]),
        new(CaseKind.IpDispute, "福建闽江智能装备有限公司", "仓山区城门镇福峡路3号",
            "双方就“一种茶叶揉捻机”发明专利（ZL 2020 1 0234567.8）实施许可费的支付发生纠纷，请求局里调解。",
            ["ip-bureau"]),
        new(CaseKind.IpDispute, "福州三木包装材料有限公司", "仓山区盖山镇高盖路168号",
            "被请求人生产的包装袋封口结构落入我方实用新型专利保护范围，请求处理专利侵权纠纷并责令停止侵权。",
            ["ip-bureau"]),
        new(CaseKind.Other, "仓山区某药店连锁门店", "仓山区临江街道江南大道18号",
            "门店在宣传单上使用“地理标志产品”字样推销非产地的“福州茉莉花茶”，误导消费者。",
            ["market-regulation", "quality-supervision"]),
        new(CaseKind.Other, "福州某展览策划有限公司", "仓山区建新镇海峡国际会展中心附近",
            "该公司承办的展销会上多家展商使用他人专利号宣传，主办方未尽审查义务。",
            ["market-regulation"]),
    ];

    public static readonly DemoComplaint[] FairComplaints =
    [
        new(CaseKind.TradeFairInfringement, "泉州某电动车配件有限公司", string.Empty,
            "展位展出的轮毂电机外观与我司外观设计专利（ZL 2024 3 0123456.1）相同，请求现场处理。", ["ip-bureau"]),
        new(CaseKind.TradeFairInfringement, "宁德某锂电池科技有限公司", string.Empty,
            "展位宣传册使用我司“海峡锂能”注册商标（第39876543号），未经许可。", ["market-regulation"]),
        new(CaseKind.TradeFairInfringement, "温州某智能科技有限公司", string.Empty,
            "展品智能充电柜涉嫌侵犯我司发明专利（ZL 2021 1 0987654.3），请求撤展。", ["ip-bureau", "market-regulation"]),
        new(CaseKind.TradeFairInfringement, "莆田某鞋服有限公司", string.Empty,
            "展位销售的运动鞋标注他人专利号，涉嫌假冒专利。", ["market-regulation"]),
    ];

    public static readonly string[] Surnames = ["陈", "林", "黄", "张", "王", "李", "吴", "刘", "郑", "杨", "何", "郭", "许", "罗", "高", "方"];

    public static readonly string[] GivenNames = ["建华", "丽娟", "志强", "美玲", "晓东", "秀英", "国平", "海燕", "文杰", "雪梅", "明辉", "淑贞", "永福", "婷婷", "俊杰", "春燕"];

    public static readonly string[] Streets = ["仓山区上渡路", "仓山区首山路", "仓山区高湖路", "仓山区金榕南路", "鼓楼区五四路", "晋安区福新中路", "仓山区则徐大道"];

    public static readonly string[] ReturnNotes =
    [
        "请补充专利权评价报告及侵权比对说明。",
        "请提供被投诉商品的购买凭证或现场照片。",
        "请补充商标注册证复印件及授权委托书。",
    ];

    public static readonly string[] RejectReasons =
    [
        "投诉人未能提供权利证明（专利证书及年费缴纳凭证），经告知后逾期未补正，不予受理。",
        "投诉事项已由人民法院立案受理，依法不再受理。",
        "投诉未能提供被投诉人的名称和地址，无法核实，不予受理。",
    ];

    public static readonly string[] TransferNotes =
    [
        "经初步核查，涉嫌销售假冒注册商标的商品，金额较大，转公安机关协查。",
        "涉案产品属质量监管范围，改由市场监管部门主办。",
    ];

    /// <summary>What the officers wrote (result), what the public is told, and the measures, per outcome.</summary>
    public static (string Result, string PublicOutcome, string? Measures, string? Penalties) Conclusion(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Penalized => ("经现场检查，当事人销售侵权商品事实清楚，证据确凿，依法责令立即停止侵权行为，没收侵权商品并处罚款。",
            "经查投诉事项属实，执法部门已责令被投诉人停止侵权并依法作出行政处罚。", "责令停止侵权，没收侵权商品", "罚款"),
        CaseOutcome.NoViolationFound => ("经现场检查及技术比对，被投诉产品未落入涉案权利的保护范围，未发现违法行为。",
            "经调查，未发现被投诉人存在所投诉的侵权行为。", null, null),
        CaseOutcome.Mediated => ("经调解，双方自愿达成协议：被投诉方停止销售涉案产品并赔偿投诉方经济损失。",
            "经调解，双方已达成协议，被投诉方停止销售涉案产品。", "调解协议已履行", null),
        CaseOutcome.Decided => ("经审查，认定侵权（违法）行为成立，依法作出处理决定，责令立即停止。",
            "已依法作出处理决定，责令被投诉方立即停止侵权（违法）行为。", "责令停止侵权", null),
        CaseOutcome.Withdrawn => ("投诉人在办理期间与被投诉人自行和解，书面撤回投诉。",
            "投诉人已撤回投诉，本案办结。", null, null),
        CaseOutcome.TransferredToPolice => ("涉案数额较大，涉嫌犯罪，依法移送公安机关处理（刑法第二百一十三至二百一十六条）。",
            "本案涉嫌犯罪，已移送公安机关依法处理。", "移送公安机关", null),
        _ => ("双方争议集中于赔偿数额，已告知当事人可向人民法院提起诉讼。",
            "本案已告知当事人通过诉讼途径解决。", null, null),
    };

    public static readonly (string Name, string Venue, string Organiser, int StartOffset, int Days)[] Fairs =
    [
        // Running today, so its complaint desk and same-day limit show live.
        ("2026海峡（福州）电动车及零部件博览会", "海峡国际会展中心 3号馆", "福州市电动车行业协会", -1, 4),
        ("第二十届中国（福州）国际渔业博览会", "海峡国际会展中心 1号、2号馆", "福建省海洋与渔业局", -62, 3),
        // Declarations come in before a fair opens.
        ("2027海峡两岸茶业博览会", "海峡国际会展中心 5号馆", "福建省茶叶学会", 33, 4),
    ];

    public static readonly string[] Exhibitors =
    [
        "福建闽江智能装备有限公司", "福州骏驰电动科技有限公司", "宁德海峡锂能科技有限公司", "福州三木包装材料有限公司",
        "福建鑫拓照明科技有限公司", "福州榕城茶业有限公司", "福建海丰水产食品有限公司", "福州闽运汽车用品有限公司",
    ];

    public static readonly string[] RightTitles =
    [
        "一种电动车控制器散热结构", "锂电池组均衡充电电路", "轮毂电机（外观设计）", "一种茶叶揉捻机", "LED投光灯（外观设计）", "包装袋封口结构",
    ];

    public static readonly (string Title, string Lead, string[] Participants, EnforcementScope Scope, int DaysAgo, int Places, int Opened, string? Goods, int? Value, string Results)[] JointActions =
    [
        ("“铁拳”行动：城门镇电动车配件市场知识产权联合执法检查", "market-regulation", ["ip-bureau", "public-security"], EnforcementScope.Market, 20, 36, 3,
            "假冒注册商标的电动车控制器212个", 38600, "检查经营户36家，立案3起，责令整改5家，查扣涉嫌侵权商品一批；对1起涉嫌犯罪线索移送公安机关。"),
        ("“剑网2026”专项行动：网络侵权盗版联合检查", "culture-sports", ["public-security", "ip-bureau"], EnforcementScope.Online, 75, 18, 2,
            null, null, "巡查辖区网站、小程序及网店18个，删除侵权链接46条，立案2起。"),
        ("海峡国际会展中心展会知识产权联合巡查", "ip-bureau", ["market-regulation"], EnforcementScope.TradeFair, 1, 42, 2,
            null, null, "巡查展位42个，核验展商专利证书31份，受理现场投诉并当日处理，2家展商撤下涉嫌侵权展品。"),
        ("春节前商超假冒专利标识专项检查", "market-regulation", ["ip-bureau", "quality-supervision"], EnforcementScope.Market, 300, 54, 4,
            "标注无效专利号的商品包装1300余件", 12500, "检查商场超市54家，发现标注不规范专利标识商品9类，立案查处假冒专利4起。"),
    ];
}
