import type { diag as en } from '../en/diag.ts';

export const diag: Readonly<Record<keyof typeof en, string>> = {
  'diag.PW001': 'YAML 语法错误：{detail}',
  'diag.PW002': '此文档不是字段映射（发现的是 {found}）；Kubernetes 对象应以 apiVersion 和 kind 开头',
  'diag.PW003': '{kind} "{name}" 缺少 apiVersion',
  'diag.PW004': '此对象缺少 kind，packetwalk 无法判断它是什么',
  'diag.PW005': '{kind} 缺少 metadata.name',
  'diag.PW006': '{kind} "{name}"：{path} {detail}',
  'diag.PW007': '{kind} "{name}" 被定义了两次；以后一个定义为准（第一个位于 {firstFile}:{firstLine}）',
  'diag.PW008': '{kind} 已保留但不参与模拟：它不影响这里的数据包走向',
  'diag.PW009': '此文件大小为 {size} MB；packetwalk 最多读取 {limit} MB 的清单，因此未加载',
  'diag.PW010': '此文件包含 {count} 个文档；packetwalk 只读取前 {limit} 个',
  'diag.PW011': 'YAML 别名过多（“别名炸弹”）：展开它们的工作量没有上限，因此跳过了此文档',
  'diag.PW012': 'YAML 警告：{detail}',
  'diag.PW013': '此 List 的第 {index} 项不是 Kubernetes 对象，已跳过',
  'diag.PW014': '{kind} 的 apiVersion "{apiVersion}" 不是 packetwalk 能读取的版本；应为 {expected}',
  'diag.PW015': 'ConfigMap "{name}"：无法读取 {key}：{detail}',
};
