/**
 * The industry mix of new firms in an urban district, as GB/T 4754-2017 divisions. Each
 * division carries the words its firms put in their names, how often it is an individual
 * business (个体工商户, credit codes starting 92) and how large its registered capital runs.
 */
export interface IndustryProfile {
  division: string;
  label: string;
  weight: number;
  /** Industry words of company names: 常德{字号}{word}有限公司. */
  companyWords: readonly string[];
  /** Shop words of individual businesses: 武陵区{字号}{word}. */
  shopWords: readonly string[];
  /** Share of new registrations that are individual businesses. */
  individualShare: number;
  /** Multiplies the typical registered capital. */
  capitalScale: number;
  /** Farming and workshops lean to the rural townships. */
  rural?: boolean;
}

const industry = (
  division: string,
  label: string,
  weight: number,
  companyWords: readonly string[],
  { shopWords = [], individualShare = 0, capitalScale = 1, rural = false }: Partial<Pick<IndustryProfile, 'shopWords' | 'individualShare' | 'capitalScale' | 'rural'>> = {},
): IndustryProfile => ({ division, label, weight, companyWords, shopWords, individualShare: shopWords.length ? individualShare : 0, capitalScale, rural });

export const INDUSTRY_MIX: readonly IndustryProfile[] = [
  industry('F52', '零售业', 20, ['商贸', '百货', '超市', '医药零售'], {
    shopWords: ['便利店', '超市', '五金店', '服装店', '水果店', '烟酒商行', '母婴店', '副食店'],
    individualShare: 0.65,
    capitalScale: 0.6,
  }),
  industry('F51', '批发业', 10, ['贸易', '商贸', '供应链管理', '农产品贸易', '建材贸易'], { shopWords: ['批发部', '商行'], individualShare: 0.3 }),
  industry('H62', '餐饮业', 12, ['餐饮管理', '餐饮服务', '食品餐饮'], {
    shopWords: ['餐馆', '米粉店', '小吃店', '烧烤店', '饭店', '奶茶店', '卤菜店'],
    individualShare: 0.75,
    capitalScale: 0.5,
  }),
  industry('H61', '住宿业', 2, ['酒店管理', '宾馆管理'], { shopWords: ['宾馆', '旅社', '民宿'], individualShare: 0.5 }),
  industry('I65', '软件和信息技术服务业', 7, ['软件科技', '信息技术', '数字科技', '智能科技', '网络技术']),
  industry('I64', '互联网和相关服务', 3, ['网络科技', '电子商务', '互联网科技']),
  industry('L72', '商务服务业', 10, ['企业管理咨询', '商务服务', '广告传媒', '人力资源服务', '会展服务', '财务咨询'], {
    shopWords: ['图文广告部', '打印社'],
    individualShare: 0.1,
  }),
  industry('M74', '专业技术服务业', 3, ['工程设计', '检测技术', '工程咨询', '测绘'], { capitalScale: 1.2 }),
  industry('M75', '科技推广和应用服务业', 2, ['科技发展', '生物科技', '新材料科技']),
  industry('E48', '土木工程建筑业', 4, ['建设工程', '路桥工程', '市政工程', '水利水电工程'], { capitalScale: 3 }),
  industry('E49', '建筑安装业', 1.5, ['机电安装工程', '水电安装工程'], { capitalScale: 1.5 }),
  industry('E50', '建筑装饰、装修和其他建筑业', 4, ['装饰工程', '建筑装饰工程', '装饰设计工程'], { shopWords: ['装饰部'], individualShare: 0.25 }),
  industry('K70', '房地产业', 3, ['房地产开发', '物业管理', '房地产经纪', '置业'], { capitalScale: 4 }),
  industry('G54', '道路运输业', 4, ['物流', '运输', '货运', '冷链物流'], { shopWords: ['货运部', '搬家服务部'], individualShare: 0.25 }),
  industry('G59', '装卸搬运和仓储业', 1, ['仓储服务', '仓储物流']),
  industry('G60', '邮政业', 1, ['快递服务', '速递']),
  industry('C13', '农副食品加工业', 1.5, ['粮油', '农产品加工'], { shopWords: ['粮油加工坊'], individualShare: 0.15, capitalScale: 2, rural: true }),
  industry('C14', '食品制造业', 1.5, ['食品', '食品科技'], { shopWords: ['食品加工坊'], individualShare: 0.2, capitalScale: 2 }),
  industry('C18', '纺织服装、服饰业', 1, ['服饰'], { shopWords: ['服装加工部'], individualShare: 0.3, capitalScale: 1.5 }),
  industry('C21', '家具制造业', 0.8, ['家具'], { shopWords: ['木器加工部'], individualShare: 0.3, capitalScale: 1.5, rural: true }),
  industry('C27', '医药制造业', 0.5, ['药业', '生物医药'], { capitalScale: 3 }),
  industry('C30', '非金属矿物制品业', 0.8, ['建材', '新型建材'], { capitalScale: 2, rural: true }),
  industry('C34', '通用设备制造业', 1, ['机械设备', '机械制造'], { capitalScale: 2 }),
  industry('C39', '计算机、通信和其他电子设备制造业', 1, ['电子科技', '电子'], { capitalScale: 2 }),
  industry('O80', '居民服务业', 6, ['家政服务', '保洁服务', '婚庆服务'], {
    shopWords: ['理发店', '美容美发店', '洗衣店', '摄影部', '家政服务部', '美甲店'],
    individualShare: 0.7,
    capitalScale: 0.4,
  }),
  industry('O81', '机动车、电子产品和日用产品修理业', 3, ['汽车服务', '汽车维修'], {
    shopWords: ['汽车修理店', '家电维修部', '手机维修店', '电动车维修部'],
    individualShare: 0.7,
    capitalScale: 0.6,
  }),
  industry('P83', '教育', 2, ['教育咨询', '文化培训', '职业培训']),
  industry('Q84', '卫生', 0.8, ['门诊部', '口腔门诊部', '中医门诊部'], { capitalScale: 1.5 }),
  industry('R87', '文化艺术业', 1.5, ['文化传媒', '文化艺术', '文化发展']),
  industry('N77', '生态保护和环境治理业', 0.8, ['环保科技', '环境工程']),
  industry('D44', '电力、热力生产和供应业', 0.5, ['新能源', '光伏能源'], { capitalScale: 3 }),
  industry('A01', '农业', 1, ['农业开发', '生态农业'], { shopWords: ['种植场', '家庭农场'], individualShare: 0.4, rural: true }),
  industry('A05', '农、林、牧、渔专业及辅助性活动', 0.8, ['农业科技', '农机服务'], { rural: true }),
];
