import type { HonorRollAnnotation, PeriodAnnotation, ReportAnnotation } from '../../src/pipeline/annotation.js';
import { localMetric, noun } from './local-metric.js';
import { NATIONAL_MODEL_WORKER } from './awards.js';
import type { Category, CountNoun, HonorLevel, Metric } from '../../src/dataset/types.js';

/** The sentence that names both of 朱忠文's awards. */
const JINCHUI = '浙江汉力士船用推进系统股份有限公司朱忠文获得最美浙江人、浙江省第六届杰出职工“金锤奖”';
/** The craftsman titles were given in 2017 (首届“武义工匠”). */
const Y17: PeriodAnnotation = { start: '2017', end: '2017', evidence: ['2017年评比了20名首届“武义工匠”'] };
/** "其中": the rated homes and libraries are part of the ones built. */
const IN_MIGRANT_HOMES = { zh: '其中：建成的29个农民工文化家园中获评的。', en: 'Part of the 29 migrant workers’ culture homes built.' };
const IN_LIBRARIES = { zh: '其中：建成的68家职工书屋中获评的。', en: 'Part of the 68 workers’ libraries built.' };
const HOME = noun('家', 'home', 'homes');
const LIBRARY = noun('家', 'library', 'libraries');
const FIRM = noun('家', 'firm', 'firms');

/** A rating or honour conferred at a level, one metric per level of a family. */
function rated(family: string, level: HonorLevel, zh: string, en: string, counted: CountNoun): Metric {
  return localMetric(`${family}.${level}`, zh, en, 'organisation', family.split('.')[0] as Category, { level, family: family.split('.')[1]!, noun: counted });
}

/** "近3年来": the three years to the end of 2017. */
const PAST_3_YEARS: PeriodAnnotation = { start: '2015', end: '2017', evidence: ['近3年来'], note: '“近3年来”, counted back from the end of 2017.' };

export const annotation: ReportAnnotation = {
  report: {
    id: 'wuyi-five-year',
    issuer: { zh: '武义县总工会', en: 'Wuyi County Federation of Trade Unions' },
    region: '330723',
    title: '聚焦中心大局 精准服务职工——武义县总工会牢记使命践行“娘家人”的担当',
    titleEn: 'Focused on the central tasks, serving workers precisely: Wuyi County unions as the workers’ “maiden home”',
    kind: 'five-year',
    file: 'wuyi-five-year.txt',
    sha256: 'b2925fe13c3034fa052bb78e8ccf42000851c5241306451ead1b7173a699af3d',
    period: {
      start: '2013',
      end: '2017',
      evidence: ['回首过去五年', '截至2017年底'],
      note: 'Five years reviewed at the 14th county union congress, to the end of 2017.',
    },
  },
  metrics: [
    localMetric('skills.contest-prizes-national-team-first', '全国职业技能大赛团体第一', 'First place, team, in national skills contests', 'unit', 'skills', { noun: noun('个', 'prize', 'prizes') }),
    localMetric('skills.contest-prizes-national-individual-second', '全国职业技能大赛个人第二', 'Second place, individual, in national skills contests', 'unit', 'skills', { noun: noun('个', 'prize', 'prizes') }),
    localMetric('skills.contest-prizes-prefecture-team-first', '市职业技能大赛团体一等奖', 'First prize, team, in Jinhua skills contests', 'unit', 'skills', { noun: noun('个', 'prize', 'prizes') }),
    localMetric('skills.contest-prizes-prefecture-team-third', '市职业技能大赛团体三等奖', 'Third prize, team, in Jinhua skills contests', 'unit', 'skills', { noun: noun('个', 'prize', 'prizes') }),
    localMetric('outreach.green-model-firms', '“垃圾分类、美丽工厂”示范企业', 'Model firms of the “sorted waste, beautiful factory” campaign', 'organisation', 'outreach', { noun: noun('家', 'firm', 'firms') }),
    localMetric('legal.law-handbooks', '发放《职工普法手册》', 'Workers’ law handbooks handed out', 'volume', 'legal', { noun: noun('册', 'handbook', 'handbooks') }),
    localMetric('outreach.anti-drug-leaflets', '发放禁毒宣传资料', 'Anti-drug leaflets handed out', 'copy', 'outreach', { noun: noun('份', 'leaflet', 'leaflets') }),
    localMetric('outreach.anti-drug-model-firms', '“拒毒品、反邪教”警示教育示范企业', 'Model firms for anti-drug and anti-cult education', 'organisation', 'outreach', { noun: noun('家', 'firm', 'firms') }),
    localMetric('skills.workers-trained', '各级工会培训职工', 'Workers trained by unions', 'person-time', 'skills', { noun: noun('人次', 'attendance', 'attendances') }),
    localMetric('skills.rationalisation-proposals', '职工提出合理化建议', 'Improvement proposals made by workers', 'piece', 'skills', { noun: noun('件', 'proposal', 'proposals') }),
    localMetric('skills.technical-renovation-projects', '实施技术革新项目', 'Technical improvement projects carried out', 'unit', 'skills', { noun: noun('个', 'project', 'projects') }),
    localMetric('skills.worker-inventions', '职工发明创造项目', 'Inventions by workers', 'unit', 'skills', { noun: noun('个', 'invention', 'inventions') }),
    localMetric('rights.harmony-campaign-firms', '参与和谐劳动关系创建活动的企业', 'Firms in the harmonious labour relations campaign', 'organisation', 'rights', { noun: noun('家', 'firm', 'firms') }),
    localMetric('rights.welfare-campaign-participation-rate', '职工生活保障推进活动企业参与率', 'Share of firms in the workers’ welfare campaign', 'percent', 'rights'),
    localMetric('welfare.three-satisfaction-firms', '职工“三满意”示范企业', 'Model firms of the workers’ “three satisfactions”', 'organisation', 'welfare', { noun: noun('家', 'firm', 'firms') }),
    localMetric('rights.bargaining-model-firms', '集体协商规范化建设示范企业', 'Model firms for standard collective bargaining', 'organisation', 'rights', { noun: noun('家', 'firm', 'firms') }),
    localMetric('rights.soe-supervision-committees', '建立企务监督委员会的国有企业', 'State firms with an enterprise-affairs supervision committee', 'organisation', 'rights', { noun: noun('家', 'firm', 'firms') }),
    localMetric('rights.soe-workers-congress-rate', '国有企事业单位建立职代会比例', 'Share of state enterprises and institutions with a workers’ congress', 'percent', 'rights'),
    localMetric('rights.private-firm-democracy-rate', '非公企业建立职代会和厂务公开制度比例', 'Share of private firms with a workers’ congress and open factory affairs', 'percent', 'rights'),
    localMetric('rights.direct-chair-elections', '推行工会主席直选的规模企业', 'Large firms whose union chair is directly elected', 'organisation', 'rights', { measure: 'stock', noun: noun('家', 'firm', 'firms') }),
    localMetric('welfare.mutual-aid-enrolment', '职工医疗互助参保人数', 'Workers enrolled in medical mutual aid', 'person', 'welfare', { measure: 'stock' }),
    localMetric('welfare.hardship-workers-helped', '救助困难职工', 'Aid given to workers in hardship', 'person-time', 'welfare', { noun: noun('人次', 'case of aid', 'cases of aid') }),
    localMetric('welfare.free-health-check-firms', '上门免费体检的企业', 'Firms where workers had free on-site health checks', 'organisation', 'welfare', { noun: noun('家', 'firm', 'firms') }),
    localMetric('welfare.counselling-volunteers', '心灵港湾志愿者', '“Heart Harbour” counselling volunteers', 'person', 'welfare'),
    localMetric('organisation.service-centre-investment', '职工服务中心改造投入', 'Spent on upgrading the workers’ service centre', 'yuan', 'organisation'),
    localMetric('welfare.service-centre-visits', '职工服务中心接待职工', 'Visits received by the workers’ service centre', 'person-time', 'welfare', { noun: noun('人次', 'visit', 'visits') }),
    localMetric('welfare.service-centre-matters', '职工服务中心经办事项', 'Matters handled by the workers’ service centre', 'piece', 'welfare', { noun: noun('件', 'matter', 'matters') }),
    localMetric('culture.activity-venues', '规模企业职工活动场所', 'Workers’ activity venues in large firms', 'unit', 'culture', { noun: noun('个', 'venue', 'venues') }),
    localMetric('culture.migrant-culture-investment', '农民工文化家园投资', 'Invested in migrant workers’ culture homes', 'yuan', 'culture'),
    localMetric('culture.migrant-culture-homes', '建成农民工文化家园', 'Migrant workers’ culture homes built', 'unit', 'culture', { noun: noun('个', 'home', 'homes') }),
    localMetric('culture.workers-libraries-built', '建成职工书屋', 'Workers’ libraries built', 'organisation', 'culture', { noun: LIBRARY }),
    rated('culture.model-migrant-culture-homes', 'provincial', '获评省级的农民工文化家园', 'Migrant workers’ culture homes rated models (provincial)', HOME),
    rated('culture.model-migrant-culture-homes', 'prefecture', '获评金华市级的农民工文化家园', 'Migrant workers’ culture homes rated models (Jinhua level)', HOME),
    rated('culture.model-workers-libraries', 'national', '获评全国职工书屋', 'Workers’ libraries rated national models', LIBRARY),
    rated('culture.model-workers-libraries', 'provincial', '获评省级职工书屋', 'Workers’ libraries rated models (provincial)', LIBRARY),
    rated('culture.model-workers-libraries', 'prefecture', '获评金华市级职工书屋', 'Workers’ libraries rated models (Jinhua level)', LIBRARY),
    rated('rights.harmonious-enterprises', 'provincial', '省级劳动关系和谐先进企业', 'Firms rated leaders in harmonious labour relations (provincial)', FIRM),
    rated('rights.harmonious-enterprises', 'prefecture', '金华市级劳动关系和谐先进企业', 'Firms rated leaders in harmonious labour relations (Jinhua level)', FIRM),
    rated('rights.harmonious-enterprises', 'county', '县级劳动关系和谐先进企业', 'Firms rated leaders in harmonious labour relations (county)', FIRM),
    localMetric('culture.sports-events-hosted', '承办大型职工文体比赛', 'Large workers’ sports events hosted', 'event', 'culture', { noun: noun('场', 'event', 'events') }),
    localMetric('culture.red-route-participants', '“重走红军路”活动参与者', 'People on the “Red Army route” walk', 'person', 'culture'),
    localMetric('organisation.ecommerce-firms-covered', '电子商务行业联合会覆盖企业', 'E-commerce firms covered by the sector union federation', 'organisation', 'organisation', { noun: noun('家', 'firm', 'firms') }),
    localMetric('organisation.chairs-as-vice-chairs', '兼任乡镇街道工会副主席的非公企业工会主席', 'Private-firm union chairs serving as township union vice-chairs', 'person', 'organisation'),
    localMetric('organisation.six-haves-compliance-rate', '基层工会“六有”达标率', 'Grassroots unions meeting the “six haves” standard', 'percent', 'organisation'),
    localMetric('organisation.cadres-trained', '培训基层工会干部', 'Grassroots union officers trained', 'person-time', 'organisation', { noun: noun('人次', 'attendance', 'attendances') }),
  ],
  facts: [
    { metric: 'skills.contest-prizes-national-team-first', quote: '获得全国团体第一1个', figure: '1个' },
    { metric: 'skills.contest-prizes-national-individual-second', quote: '个人第二1个', figure: '1个' },
    { metric: 'skills.contest-prizes-prefecture-team-first', quote: '市团体一等奖1个' },
    { metric: 'skills.contest-prizes-prefecture-team-third', quote: '团体三等奖2个' },
    { metric: 'outreach.green-model-firms', quote: '建立示范企业30家' },
    {
      metric: 'legal.supervision-organisations',
      quote: '建立工会劳动法律监督委员会672个',
      label: { zh: '建立工会劳动法律监督委员会', en: 'Union labour-law supervision committees set up' },
    },
    { metric: 'legal.law-handbooks', quote: '发放《职工普法手册》3600册' },
    { metric: 'outreach.anti-drug-leaflets', quote: '发放宣传资料3万份' },
    { metric: 'outreach.anti-drug-model-firms', quote: '警示教育示范企业31家' },
    { metric: 'skills.workers-trained', quote: '各级工会共培训职工55160人次', headline: 7 },
    { metric: 'skills.rationalisation-proposals', quote: '全县职工提出合理化建议13746件' },
    { metric: 'skills.technical-renovation-projects', quote: '实施技术革新项目450个' },
    { metric: 'skills.worker-inventions', quote: '职工发明创造项目47个' },
    { metric: 'skills.innovation-studios', quote: '建立高技能人才创新工作室7个' },
    { metric: 'honours.model-workers.county', quote: '共评选“武义县劳动模范”22人' },
    { metric: 'honours.model-collectives.county', quote: '“武义县模范集体”8个' },
    { metric: 'honours.model-workers.prefecture', quote: '“金华市劳动模范”15人', label: { zh: '金华市级劳动模范', en: 'Model workers (Jinhua level)' } },
    { metric: 'honours.model-collectives.prefecture', quote: '“金华市模范集体”2个', label: { zh: '金华市级模范集体', en: 'Model collectives (Jinhua level)' } },
    { metric: 'honours.model-workers.provincial', quote: '“浙江省劳动模范”6人' },
    { metric: 'honours.model-collectives.provincial', quote: '“浙江省模范集体”1个' },
    { metric: 'honours.craftsmen.county', quote: '评比了20名首届“武义工匠”', period: Y17 },
    {
      metric: 'honours.craftsmen.prefecture',
      quote: '9名武义工匠入选“八婺工匠”',
      period: Y17,
      label: { zh: '入选“八婺工匠”（金华市级）', en: 'Chosen as Bawu Craftsmen (Jinhua level)' },
    },
    { metric: 'rights.harmony-campaign-firms', quote: '全县757家企业参与和谐劳动关系创建活动', headline: 8 },
    { metric: 'rights.harmonious-enterprises.provincial', quote: '获得省级劳动关系和谐先进企业3家' },
    { metric: 'rights.harmonious-enterprises.prefecture', quote: '市级16家' },
    { metric: 'rights.harmonious-enterprises.county', quote: '县级113家' },
    { metric: 'rights.welfare-campaign-participation-rate', quote: '企业参与率达52.8%' },
    { metric: 'welfare.three-satisfaction-firms', quote: '培育职工“三满意”示范企业30家' },
    {
      metric: 'rights.bargaining-model-firms',
      quote: '创建投资集体协商规范化建设示范企业158家',
      period: { start: '2017', end: '2017', evidence: ['2017年,创建投资集体协商规范化建设示范企业158家'] },
      note: { zh: '原文作“投资集体协商”，疑为“工资集体协商”。', en: 'Printed as “investment” collective bargaining, probably a misprint for wage bargaining.' },
    },
    { metric: 'rights.soe-supervision-committees', quote: '在全县22家国有企业中建立了企务监督委员会' },
    { metric: 'rights.soe-workers-congress-rate', quote: '国有企事业单位100%建立职代会' },
    { metric: 'rights.private-firm-democracy-rate', quote: '非公企业建立职工代表大会制度和厂务公开民主管理制度达80%' },
    { metric: 'rights.direct-chair-elections', quote: '目前已有19家规模企业推行了工会主席直选', measure: 'stock' },
    {
      metric: 'welfare.mutual-aid-enrolment',
      quote: '截至2017年底全县职工参保人数23415人',
      measure: 'stock',
      headline: 4,
      note: { zh: '2014年12月启动以来，截至2017年底。', en: 'Enrolled at the end of 2017; the scheme began in December 2014.' },
    },
    { metric: 'medical-mutual-aid.claims', quote: '共为职工医疗报销2144人次', period: PAST_3_YEARS },
    { metric: 'medical-mutual-aid.payout', quote: '给付互助金173万元', period: PAST_3_YEARS, headline: 6 },
    { metric: 'hardship-aid.amount', quote: '共投入帮扶救助资金535.72万元', headline: 3 },
    { metric: 'welfare.hardship-workers-helped', quote: '救助困难职工2176人次' },
    { metric: 'welfare.free-health-check-firms', quote: '有396家企业49755名职工', figure: '396家' },
    { metric: 'welfare.free-health-checks', quote: '49755名职工享受了上门免费体检', headline: 5 },
    { metric: 'welfare.heart-harbour-studios', quote: '创建“心灵港湾工作室”23家' },
    { metric: 'welfare.counselling-volunteers', quote: '组建心灵港湾志愿者队伍38人' },
    { metric: 'welfare.mothers-rooms', quote: '创建“妈咪暖心小屋”26家' },
    { metric: 'organisation.service-centre-investment', quote: '县总工会投入106万元' },
    { metric: 'welfare.service-centre-visits', quote: '职工服务中心共接待职工4.4万余人次' },
    { metric: 'welfare.service-centre-matters', quote: '经办各类事项4.1万余件' },
    { metric: 'culture.activity-venues', quote: '综合性职工活动场所63个' },
    { metric: 'culture.migrant-culture-investment', quote: '共投资80多万元' },
    { metric: 'culture.migrant-culture-homes', quote: '建成29个农民工文化家园' },
    { metric: 'culture.model-migrant-culture-homes.provincial', quote: '其中评为省级1家', note: IN_MIGRANT_HOMES },
    { metric: 'culture.model-migrant-culture-homes.prefecture', quote: '市级9家', note: IN_MIGRANT_HOMES },
    { metric: 'culture.workers-libraries-built', quote: '建成职工书屋68家' },
    { metric: 'culture.model-workers-libraries.national', quote: '其中评为全国职工书屋3家', note: IN_LIBRARIES },
    { metric: 'culture.model-workers-libraries.provincial', quote: '省级24家', note: IN_LIBRARIES },
    { metric: 'culture.model-workers-libraries.prefecture', quote: '市级21家', note: IN_LIBRARIES },
    { metric: 'culture.sports-events-hosted', quote: '等各类大型比赛20余场' },
    { metric: 'culture.red-route-participants', quote: '在全县工会系统组织600多人' },
    { metric: 'organisation.new-unions', quote: '新建工会组织170家', headline: 1 },
    { metric: 'organisation.new-members', quote: '新增会员7650人', headline: 2 },
    { metric: 'organisation.ecommerce-firms-covered', quote: '覆盖20多家电子商务企业' },
    { metric: 'organisation.chairs-as-vice-chairs', quote: '选举23名非公企业优秀工会主席' },
    { metric: 'organisation.six-haves-compliance-rate', quote: '达标率68%' },
    { metric: 'organisation.cadres-trained', quote: '共培训了基层工会干部2110人次' },
  ],
  setAside: [
    { quote: '今后五年', reason: 'plan' },
    { quote: '回首过去五年', reason: 'duration' },
    { quote: '五年来,武义县各级工会', reason: 'duration' },
    { quote: '五年来,积极参与劳资纠纷', reason: 'duration' },
    { quote: 'G20峰会', reason: 'name' },
    { quote: '五年来,共评选', reason: 'duration' },
    { quote: '五年来,全县757家', reason: 'duration' },
    { quote: '关键词:医疗互助、帮扶救助、最多跑一次', reason: 'name' },
    { quote: '近3年来', reason: 'duration' },
    { quote: '五年来,共投入帮扶救助资金', reason: 'duration' },
    { quote: '送去一份清凉,传递一份真情', reason: 'rhetorical' },
    { quote: '五年来,有396家', reason: 'duration' },
    { quote: '五位一体', reason: 'rhetorical' },
    { quote: '按照“最多跑一次”', reason: 'name' },
    { quote: '五年来,职工服务中心', reason: 'duration' },
    { quote: '五年来,全县各级工会广泛开展', reason: 'duration' },
    { quote: '五年来,共投资', reason: 'duration' },
    { quote: '建党95周年', reason: 'name', note: 'an anniversary' },
    { quote: '建军90周年', reason: 'name', note: 'an anniversary' },
    { quote: '五年来,工会组建有力推进', reason: 'duration' },
    { quote: '五年来,共培训了基层工会干部', reason: 'duration' },
  ],
  honorRolls: [
    roll('national-worker-pioneers', '全国工人先锋号', 'National Worker Pioneer', 'national', '浙江武精机器制造有限公司技术部等单位获得“全国工人先锋号”称号', ['浙江武精机器制造有限公司技术部']),
    roll('provincial-worker-pioneers', '省工人先锋号', 'Zhejiang Worker Pioneer', 'provincial', '浙江牛头山旅游开发有限公司安保部等单位获得“省工人先锋号”称号', ['浙江牛头山旅游开发有限公司安保部']),
    roll('prefecture-worker-pioneers', '金华市工人先锋号', 'Jinhua Worker Pioneer', 'prefecture', '永康集团乐扣包装车间、佳卫锁业设备自动化装配线攻关小组等单位获得“金华市工人先锋号”荣誉称号', ['永康集团乐扣包装车间', '佳卫锁业设备自动化装配线攻关小组']),
    {
      ...roll('national-training-demonstration-sites', '全国职工教育培训示范点', 'National demonstration site for worker education', 'national', '武义县职业技术学校被中华全国总工会评为“全国职工教育培训示范点”', ['武义县职业技术学校']),
      issuer: { zh: '中华全国总工会', en: 'All-China Federation of Trade Unions' },
    },
    {
      key: 'national-model-workers',
      award: NATIONAL_MODEL_WORKER,
      level: 'national',
      year: 2015,
      section: { within: '2015年浙江恒友机电有限公司张仕恒荣获全国劳动模范荣誉称号' },
      entries: [{ kind: 'person', name: '张仕恒', workplace: '浙江恒友机电有限公司' }],
    },
    person('most-beautiful-zhejiang', '最美浙江人', 'Most Beautiful Zhejiang Person', 'provincial', JINCHUI, '朱忠文', '浙江汉力士船用推进系统股份有限公司'),
    person('golden-hammer', '浙江省第六届杰出职工“金锤奖”', 'Golden Hammer award for outstanding workers (6th, Zhejiang)', 'provincial', JINCHUI, '朱忠文', '浙江汉力士船用推进系统股份有限公司'),
    roll('provincial-harmony-organisers', '浙江省创建劳动关系和谐企业及园区工作先进组织', 'Zhejiang leading organiser of harmonious labour relations', 'provincial', '武义县获得“浙江省创建劳动关系和谐企业及园区工作先进组织”称号', ['武义县']),
    {
      ...roll('army-support-units', '双拥工作先进单位', 'Leading unit in support of the army', 'county', '2016年度县总工会被县委县政府评为“双拥工作先进单位”', ['县总工会']),
      year: 2016,
      issuer: { zh: '武义县委、县政府', en: 'Wuyi County Party Committee and County Government' },
    },
    roll('national-model-workers-homes', '全国模范职工之家', 'National Model Workers’ Home', 'national', '县第一人民医院、县邮政局工会荣获“全国模范职工之家”', ['县第一人民医院', '县邮政局工会']),
    roll('national-model-workers-small-homes', '全国模范职工小家', 'National Model Workers’ Small Home', 'national', '县人民法院工会巡回法庭小组荣获“全国模范职工小家”', ['县人民法院工会巡回法庭小组']),
    roll('provincial-model-workers-homes', '省模范职工之家', 'Zhejiang Model Workers’ Home', 'provincial', '县汽车运输总公司工会荣获“省模范职工之家”', ['县汽车运输总公司工会']),
    person('national-outstanding-union-workers', '全国优秀工会工作者', 'National Outstanding Union Worker', 'national', '开发区总工会常务副主席刘明荣获“全国优秀工会工作者”', '刘明', '开发区总工会'),
    {
      key: 'moving-picture-award',
      award: { zh: '感人画面奖', en: '“Moving Picture” award' },
      level: 'national',
      issuer: { zh: '中央网信办、全总网络工作部', en: 'Cyberspace Administration of China and the ACFTU network department' },
      section: { within: '县总工会报送的《活跃在武义的工人双拥服务队》作品被中央网信办、全总网络工作部评为“感人画面奖”' },
      // The winner is the work; the county union submitted it.
      entries: [{ kind: 'project', name: '《活跃在武义的工人双拥服务队》', workplace: '县总工会' }],
    },
  ],
};

function roll(key: string, zh: string, en: string, level: HonorLevel, within: string, names: string[]): HonorRollAnnotation {
  return { key, award: { zh, en }, level, section: { within }, entries: names.map((name) => ({ kind: 'organisation', name })) };
}

function person(key: string, zh: string, en: string, level: HonorLevel, within: string, name: string, workplace: string): HonorRollAnnotation {
  return { key, award: { zh, en }, level, section: { within }, entries: [{ kind: 'person', name, workplace }] };
}
