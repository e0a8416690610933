"""The report page's own words in Chinese and English (the findings bring their own)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "colon": "：", "sep": "；",
        "title": "crossfoot 检查报告", "files": "文件", "file": "文件", "status": "状态",
        "checked": "已检查", "failed": "无法检查", "error": "错误", "warning": "警告",
        "info": "提示", "waived": "已豁免", "known": "基线已知", "findings": "发现的问题",
        "no_findings": "未发现问题。", "by_rule": "按规则", "severity": "严重程度",
        "rule": "规则", "section": "章节", "all": "全部", "shown": "显示",
        "of": "/", "place": "位置", "not_in_document": "不在正文中",
        "expected": "应为", "actual": "实际", "difference": "差额", "tolerance": "容差",
        "unit": "单位", "parts": "组成部分", "related": "相关位置", "explanation": "规则说明",
        "rules": "规则说明", "label_column": "项目", "document": "报告原文",
        "cannot_check": "此文件无法检查：", "index": "文件一览", "total": "合计",
        "download_json": "下载 JSON 结果", "download_html": "下载 HTML 报告",
        "check_another": "检查另一个文件", "back": "返回问题列表",
        "upload_title": "crossfoot 自查", "upload_intro":
            "选择或拖入一份报告，检查其中的合计、比率、日期、文字与表格是否一致。"
            "文件只在检查时使用，检查完即删除，不会保存。",
        "choose": "选择文件", "drop": "或把文件拖到这里", "check": "开始检查",
        "formats": "可读取的格式", "limit": "大小上限", "language": "语言",
        "error_title": "无法检查这个文件", "too_large": "文件超过大小上限",
        "no_file": "没有选择文件。", "unknown_format": "无法读取这种格式",
        "no_length": "上传没有说明文件大小（Content-Length），无法受理。",
    },
    "en": {
        "colon": ": ", "sep": "; ",
        "title": "crossfoot report", "files": "files", "file": "File", "status": "Status",
        "checked": "checked", "failed": "could not be checked", "error": "error",
        "warning": "warning", "info": "info", "waived": "waived",
        "known": "known from baseline", "findings": "Findings",
        "no_findings": "No findings.", "by_rule": "By rule", "severity": "Severity",
        "rule": "Rule", "section": "Section", "all": "all", "shown": "shown",
        "of": "of", "place": "Place", "not_in_document": "not in the document text",
        "expected": "expected", "actual": "actual", "difference": "difference",
        "tolerance": "tolerance", "unit": "unit", "parts": "parts", "related": "Related",
        "explanation": "About the rule", "rules": "Rules", "label_column": "Item",
        "document": "The report", "cannot_check": "This file could not be checked:",
        "index": "Files", "total": "Total", "download_json": "Download JSON results",
        "download_html": "Download HTML report", "check_another": "Check another file",
        "back": "back to the findings",
        "upload_title": "crossfoot self-check", "upload_intro":
            "Choose or drop a report to check its totals, ratios, dates and whether its text "
            "agrees with its tables. The file is used for the check only and deleted "
            "right after; nothing is kept.",
        "choose": "Choose a file", "drop": "or drop it here", "check": "Check",
        "formats": "Formats read", "limit": "Size limit", "language": "Language",
        "error_title": "This file could not be checked", "too_large": "The file is over "
            "the size limit", "no_file": "No file was chosen.",
        "unknown_format": "This format cannot be read",
        "no_length": "The upload did not give its size (Content-Length); it was not accepted.",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "zh"]
