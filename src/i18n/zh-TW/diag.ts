import type { diag as en } from '../en/diag.ts';

export const diag: Readonly<Record<keyof typeof en, string>> = {
  'diag.PW001': 'YAML 語法錯誤：{detail}',
  'diag.PW002': '此文件不是欄位對應（發現的是 {found}）；Kubernetes 物件應以 apiVersion 和 kind 開頭',
  'diag.PW003': '{kind} "{name}" 缺少 apiVersion',
  'diag.PW004': '此物件缺少 kind，packetwalk 無法判斷它是什麼',
  'diag.PW005': '{kind} 缺少 metadata.name',
  'diag.PW006': '{kind} "{name}"：{path} {detail}',
  'diag.PW007': '{kind} "{name}" 被定義了兩次；以後一個定義為準（第一個位於 {firstFile}:{firstLine}）',
  'diag.PW008': '{kind} 已保留但不參與模擬：它不影響這裡的封包走向',
  'diag.PW009': '此檔案大小為 {size} MB；packetwalk 最多讀取 {limit} MB 的清單，因此未載入',
  'diag.PW010': '此檔案包含 {count} 個文件；packetwalk 只讀取前 {limit} 個',
  'diag.PW011': 'YAML 別名過多（「別名炸彈」）：展開它們的工作量沒有上限，因此略過了此文件',
  'diag.PW012': 'YAML 警告：{detail}',
  'diag.PW013': '此 List 的第 {index} 項不是 Kubernetes 物件，已略過',
  'diag.PW014': '{kind} 的 apiVersion "{apiVersion}" 不是 packetwalk 能讀取的版本；應為 {expected}',
  'diag.PW015': 'ConfigMap "{name}"：無法讀取 {key}：{detail}',
};
