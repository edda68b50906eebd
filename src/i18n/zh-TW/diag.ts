import type { diag as en } from '../en/diag.ts';

export const diag: Readonly<Record<keyof typeof en, string>> = {
  'diag.PW001': 'YAML 語法錯誤：{detail}',
  'diag.PW002':
    '此文件應是一個欄位對應（apiVersion、kind、metadata 等），但它是 {found}；Kubernetes 物件應以 apiVersion 和 kind 開頭',
  'diag.PW003': '此 {kind} 缺少 apiVersion，packetwalk 無法判斷它屬於哪個 API（例如 apps/v1 或 v1）',
  'diag.PW004': '此物件缺少 kind，packetwalk 無法判斷它是什麼（例如 Deployment 或 Service）',
  'diag.PW005': '此 {kind} 缺少 metadata.name；每個 Kubernetes 物件都需要一個名稱',
  'diag.PW006': '{kind} "{name}"：{path} 的型別不對：應為 {expected}，實際為 {found}',
  'diag.PW007': '{kind} "{name}" 被定義了兩次；這個後出現的定義取代了位於 {firstFile}:{firstLine} 的定義',
  'diag.PW008': '{kind} "{name}" 已保留但不參與模擬：它不影響這裡的封包走向',
  'diag.PW009':
    '此檔案大小為 {size} MB；packetwalk 每個檔案最多讀取 {limit} MB，因此整個檔案都未載入。請把它拆成較小的檔案',
  'diag.PW010': '此檔案包含超過 {limit} 個文件；packetwalk 只讀取了前 {limit} 個，從這裡開始的其餘文件已略過',
  'diag.PW011':
    '此檔案中的 YAML 別名展開後的值過多（就像「別名炸彈」）：展開它們的工作量沒有上限，因此略過了此文件',
  'diag.PW012': 'YAML 警告：{detail}',
  'diag.PW013': '此 List 的 items[{index}] 是 {found}，不是 Kubernetes 物件，已略過',
  'diag.PW014':
    'apiVersion 為 "{apiVersion}" 的 {kind} 是舊的或未知的版本，packetwalk 不按該版本讀取；請使用 {expected}',
  'diag.PW015': 'ConfigMap "{name}"：無法讀取 {key}（{detail}）；它所設定的元件將無法啟動，因此使用預設值',
  'diag.PW016': '{kind} "{name}"：{path} 的值 {value} 不被允許；請使用以下之一：{allowed}',
  'diag.PW017': '{kind} "{name}"：缺少必填欄位 {path}',
  'diag.PW018': '{kind} "{name}"：{path} 的值 {value} 在這裡無效：應為 {format}',
  'diag.PW019': '此文件巢狀過深，無法安全讀取，已略過',
  'diag.PW020': '別名 *{alias} 在此文件中之前沒有對應的錨點 &{alias}（錨點必須先出現），因此略過了此文件',
  'diag.PW021': '合併鍵（<<）只能合併對應，但這裡是 {found}，因此略過了此文件',
  'diag.PW022': '鍵 "{key}" 在此對應中出現了兩次；YAML 的鍵必須唯一，因此略過了此文件',
  'diag.PW023': '此檔案還有 {count} 個問題未顯示；請先修正上面的問題',
};
