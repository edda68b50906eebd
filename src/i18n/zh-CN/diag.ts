import type { diag as en } from '../en/diag.ts';

export const diag: Readonly<Record<keyof typeof en, string>> = {
  'diag.PW001': 'YAML 语法错误：{detail}',
  'diag.PW002':
    '此文档应是一个字段映射（apiVersion、kind、metadata 等），但它是 {found}；Kubernetes 对象应以 apiVersion 和 kind 开头',
  'diag.PW003': '此 {kind} 缺少 apiVersion，packetwalk 无法判断它属于哪个 API（例如 apps/v1 或 v1）',
  'diag.PW004': '此对象缺少 kind，packetwalk 无法判断它是什么（例如 Deployment 或 Service）',
  'diag.PW005': '此 {kind} 缺少 metadata.name；每个 Kubernetes 对象都需要一个名称',
  'diag.PW006': '{kind} "{name}"：{path} 的类型不对：应为 {expected}，实际为 {found}',
  'diag.PW007': '{kind} "{name}" 被定义了两次；这个后出现的定义取代了位于 {firstFile}:{firstLine} 的定义',
  'diag.PW008': '{kind} "{name}" 已保留但不参与模拟：它不影响这里的数据包走向',
  'diag.PW009':
    '此文件大小为 {size} MB；packetwalk 每个文件最多读取 {limit} MB，因此整个文件都未加载。请把它拆成较小的文件',
  'diag.PW010': '此文件包含超过 {limit} 个文档；packetwalk 只读取了前 {limit} 个，从这里开始的其余文档已跳过',
  'diag.PW011':
    '此文件中的 YAML 别名展开后的值过多（就像“别名炸弹”）：展开它们的工作量没有上限，因此跳过了此文档',
  'diag.PW012': 'YAML 警告：{detail}',
  'diag.PW013': '此 List 的 items[{index}] 是 {found}，不是 Kubernetes 对象，已跳过',
  'diag.PW014':
    'apiVersion 为 "{apiVersion}" 的 {kind} 是旧的或未知的版本，packetwalk 不按该版本读取；请使用 {expected}',
  'diag.PW015': 'ConfigMap "{name}"：无法读取 {key}（{detail}）；它所配置的组件将无法启动，因此使用默认值',
  'diag.PW016': '{kind} "{name}"：{path} 的值 {value} 不被允许；请使用以下之一：{allowed}',
  'diag.PW017': '{kind} "{name}"：缺少必填字段 {path}',
  'diag.PW018': '{kind} "{name}"：{path} 的值 {value} 在这里无效：应为 {format}',
  'diag.PW019': '此文档嵌套过深，无法安全读取，已跳过',
  'diag.PW020': '别名 *{alias} 在此文档中之前没有对应的锚点 &{alias}（锚点必须先出现），因此跳过了此文档',
  'diag.PW021': '合并键（<<）只能合并映射，但这里是 {found}，因此跳过了此文档',
  'diag.PW022': '键 "{key}" 在此映射中出现了两次；YAML 的键必须唯一，因此跳过了此文档',
  'diag.PW023': '此文件还有 {count} 个问题未显示；请先修复上面的问题',
};
