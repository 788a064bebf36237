/**
 * Alibaba Cloud region ids, for the `region-id` rule.
 *
 * Sources: the "Regions and zones" overview of the Alibaba Cloud documentation (public cloud), the
 * region tables of the product endpoint pages (Finance Cloud and Gov Cloud ids), and the
 * Container Compute Service region list (the newer Asia-Pacific, US and Middle East regions), as
 * published in 2025. Regions the same pages mark as deactivated are kept apart so that the
 * warning can say so.
 */

/** Region ids that take new resources, with their names. */
export const REGIONS: Readonly<Record<string, string>> = {
  'cn-qingdao': 'China (Qingdao)',
  'cn-beijing': 'China (Beijing)',
  'cn-zhangjiakou': 'China (Zhangjiakou)',
  'cn-huhehaote': 'China (Hohhot)',
  'cn-wulanchabu': 'China (Ulanqab)',
  'cn-hangzhou': 'China (Hangzhou)',
  'cn-shanghai': 'China (Shanghai)',
  'cn-nanjing': 'China (Nanjing - Local Region)',
  'cn-fuzhou': 'China (Fuzhou - Local Region)',
  'cn-wuhan-lr': 'China (Wuhan - Local Region)',
  'cn-shenzhen': 'China (Shenzhen)',
  'cn-heyuan': 'China (Heyuan)',
  'cn-guangzhou': 'China (Guangzhou)',
  'cn-chengdu': 'China (Chengdu)',
  'cn-hongkong': 'China (Hong Kong)',
  'ap-northeast-1': 'Japan (Tokyo)',
  'ap-northeast-2': 'South Korea (Seoul)',
  'ap-southeast-1': 'Singapore',
  'ap-southeast-3': 'Malaysia (Kuala Lumpur)',
  'ap-southeast-5': 'Indonesia (Jakarta)',
  'ap-southeast-6': 'Philippines (Manila)',
  'ap-southeast-7': 'Thailand (Bangkok)',
  'us-east-1': 'US (Virginia)',
  'us-west-1': 'US (Silicon Valley)',
  'us-southeast-1': 'US (Atlanta)',
  'na-south-1': 'Mexico',
  'eu-west-1': 'UK (London)',
  'eu-central-1': 'Germany (Frankfurt)',
  'me-east-1': 'UAE (Dubai)',
  'me-central-1': 'SAU (Riyadh - Partner Region)',
  'cn-hangzhou-finance': 'China (Hangzhou) Finance Cloud',
  'cn-shanghai-finance-1': 'China (Shanghai) Finance Cloud',
  'cn-shenzhen-finance-1': 'China (Shenzhen) Finance Cloud',
  'cn-beijing-finance-1': 'China (Beijing) Finance Cloud',
  'cn-north-2-gov-1': 'China North 2 Ali Gov 1',
};

/** Region ids that existed but have been deactivated. */
export const RETIRED_REGIONS: Readonly<Record<string, string>> = {
  'ap-southeast-2': 'Australia (Sydney)',
  'ap-south-1': 'India (Mumbai)',
};
