#include <crisis/messages.hpp>

#include <algorithm>
#include <map>

namespace crisis {

namespace {

struct Entry {
    std::string_view en;
    std::string_view zh;
};

// The catalogue. Slots are {0}, {1}... Keep en and zh side by side so a missing translation
// is visible in review; tests/core/messages_test.cpp checks both are non-empty with equal slots.
const std::map<std::string_view, Entry, std::less<>>& catalogue() {
    static const std::map<std::string_view, Entry, std::less<>> entries{
        // storage
        {"error.db_open", {"Cannot open database {0}: {1}", "无法打开数据库 {0}:{1}"}},
        {"error.db_locked",
         {"Database {0} is locked by another program. Close the other CrisisDesk window or crisisctl and try "
          "again.",
          "数据库 {0} 被另一个程序锁定。请关闭其他 CrisisDesk 窗口或 crisisctl 后重试。"}},
        {"error.db_corrupt",
         {"{0} is not a CrisisDesk database or is damaged ({1}). Restore it from a backup.",
          "{0} 不是 CrisisDesk 数据库或已损坏({1})。请从备份恢复。"}},
        {"error.db_too_new",
         {"Database {0} was written by a newer CrisisDesk (schema {1}; this version knows up to {2}). "
          "Update CrisisDesk to open it; the file was not changed.",
          "数据库 {0} 由更新版本的 CrisisDesk 写入(结构版本 {1};本版本最高支持 {2})。请升级 CrisisDesk "
          "后再打开;文件未被修改。"}},
        {"error.db_read_only",
         {"Database {0} cannot be written (read-only file or folder). Nothing was changed.",
          "数据库 {0} 无法写入(文件或文件夹只读)。未做任何修改。"}},
        {"error.disk_full",
         {"The disk holding {0} is full. Nothing was changed; free some space and try again.",
          "{0} 所在磁盘已满。未做任何修改;请释放空间后重试。"}},
        {"error.db_io",
         {"Storage error on {0}: {1}. Nothing was changed.", "{0} 存储错误:{1}。未做任何修改。"}},
        {"error.db_write",
         {"Could not write to {0} (disk full, a file-size limit, or a failing disk). Nothing was changed; "
          "free space "
          "or restore from a backup.",
          "无法写入 {0}(磁盘已满、超出文件大小限制或磁盘故障)。未做任何修改;请释放空间或从备份恢复。"}},
        {"error.store_read_only",
         {"This database is open read-only; the change was not made.", "数据库以只读方式打开,未执行修改。"}},
        {"error.integrity",
         {"Event log broken at event {0} (incident {1}): {2}", "事件日志在事件 {0}(事件单 {1})处被破坏:{2}"}},
        {"integrity.hash_mismatch", {"its hash does not match its content", "哈希值与内容不符"}},
        {"integrity.prev_mismatch",
         {"it does not link to the previous event's hash", "未链接到前一事件的哈希值"}},
        {"integrity.bad_event", {"the event cannot be applied: {0}", "无法应用该事件:{0}"}},
        // domain rules and lookups
        {"error.not_found.incident", {"No incident {0}.", "不存在事件单 {0}。"}},
        {"error.not_found.task", {"No task {0}.", "不存在任务 {0}。"}},
        {"error.not_found.playbook", {"No playbook \"{0}\".", "不存在预案“{0}”。"}},
        {"error.not_found.member", {"No team member {0}.", "不存在团队成员 {0}。"}},
        {"error.reply_blank", {"A reply needs some text.", "回复内容不能为空。"}},
        {"error.inbox_state",
         {"An inbox item can be closed as reviewed or no-action, not \"{0}\".",
          "收件箱条目只能标记为“已查看”或“无需处理”,不能是“{0}”。"}},
        {"error.not_found.mention", {"No mention {0} in this incident.", "本事件单中不存在舆情条目 {0}。"}},
        {"error.not_found.item",
         {"Playbook \"{1}\" has no checklist item \"{0}\".", "预案“{1}”中没有检查项“{0}”。"}},
        {"error.not_found.clock", {"Playbook \"{1}\" has no clock \"{0}\".", "预案“{1}”中没有时钟“{0}”。"}},
        {"error.incident_closed", {"Incident {0} is closed.", "事件单 {0} 已关闭。"}},
        {"error.checklist_incomplete",
         {"Cannot leave {0}: exit checklist incomplete ({1}). Tick them, or force the transition with a "
          "reason.",
          "无法离开{0}阶段:退出检查单未完成({1})。请完成,或填写理由强制推进。"}},
        {"error.reason_required", {"A forced transition needs a written reason.", "强制推进必须填写理由。"}},
        {"error.close_needs_review",
         {"Incident {0} is in {1}: close it from review with a complete checklist, or give a reason.",
          "事件单 {0} 处于{1}阶段:请在复盘阶段完成检查单后关闭,或填写理由。"}},
        {"error.severity", {"Severity must be 1 to 4, not {0}.", "严重级别必须为 1 至 4,而不是 {0}。"}},
        {"error.detected_in_future", {"Detection time {0} is in the future.", "发现时间 {0} 晚于当前时间。"}},
        {"error.title_blank", {"An incident needs a title.", "事件单必须有标题。"}},
        {"error.member_name_blank", {"A team member needs a name.", "团队成员必须有姓名。"}},
        {"error.member_duplicate",
         {"A team member named \"{0}\" already exists.", "已存在名为“{0}”的团队成员。"}},
        {"error.role_unknown", {"Unknown role \"{0}\"; expected one of: {1}.", "未知角色“{0}”;应为:{1}。"}},
        {"error.clock_not_markable",
         {"Clock \"{0}\" is met by leaving its phase, not by a mark.",
          "时钟“{0}”在离开对应阶段时自动完成,无需手动标记。"}},
        {"error.clock_not_started",
         {"Clock \"{0}\" has not started: record its start event \"{1}\" first.",
          "时钟“{0}”尚未开始:请先记录其起始事件“{1}”。"}},
        {"error.start_event_unknown",
         {"No clock of this playbook starts at \"{0}\".", "本预案中没有以“{0}”为起点的时钟。"}},
        {"error.start_event_future",
         {"Start event time {0} is in the future.", "起始事件时间 {0} 晚于当前时间。"}},
        {"error.drill_speed",
         {"Drill speed must be greater than 0, not {0}.", "演练速度必须大于 0,而不是 {0}。"}},
        {"error.file_read", {"Cannot read {0}: {1}", "无法读取 {0}:{1}"}},
        {"error.file_write", {"Cannot write {0}: {1}", "无法写入 {0}:{1}"}},
        {"error.bad_time",
         {"\"{0}\" is not an ISO-8601 time such as 2026-03-01T08:00:00Z.",
          "“{0}”不是 ISO-8601 时间(例如 2026-03-01T08:00:00Z)。"}},
        // validation
        {"validation.summary",
         {"{0}: {1} problem(s); nothing was stored.", "{0}:发现 {1} 个问题;未保存任何内容。"}},
        {"json.syntax", {"not valid JSON: {0}", "不是有效的 JSON:{0}"}},
        {"json.expected_object", {"expected an object", "应为对象"}},
        {"json.expected_array", {"expected an array", "应为数组"}},
        {"json.expected_string", {"expected a non-empty string", "应为非空字符串"}},
        {"json.expected_number", {"expected a number", "应为数字"}},
        {"json.expected_bool", {"expected true or false", "应为 true 或 false"}},
        {"json.missing_key", {"missing required key \"{0}\"", "缺少必需的键“{0}”"}},
        {"json.unknown_key", {"unknown key \"{0}\"", "未知的键“{0}”"}},
        {"error.spike_config",
         {"Spike detection needs a bucket longer than zero and a baseline of at least one bucket.",
          "激增检测要求时间桶大于零,且基线至少包含一个时间桶。"}},
        {"mentions.bad_map",
         {"\"{0}\" is not FIELD=COLUMN with FIELD one of time, channel, author, text, url, reach, "
          "language, id",
          "“{0}”不是 字段=列名 形式(字段为 time、channel、author、text、url、reach、language、id 之一)"}},
        {"mentions.unknown_format",
         {"Cannot tell the format of {0}: use --format csv, json or jsonl.",
          "无法判断 {0} 的格式:请使用 --format csv、json 或 jsonl。"}},
        {"cli.spike_volume",
         {"Message spike in the bucket from {0}: {1} mentions", "{0} 起的统计区间出现消息激增:{1} 条"}},
        {"cli.spike_dip",
         {"Sentiment dip in the bucket from {0} ({1} mentions)", "{0} 起的统计区间舆情转负({1} 条)"}},
        {"cli.metrics_mentions",
         {"Mentions: {0}, negative: {1}, spikes: {2}", "舆情条目:{0},负面:{1},激增:{2}"}},
        {"cli.metrics_before",
         {"Before T0: {0} mentions, {1} negative, mean score {2}",
          "T0 之前:{0} 条,负面 {1} 条,平均情感 {2}"}},
        {"cli.metrics_during",
         {"During: {0} mentions, {1} negative, mean score {2}", "危机期间:{0} 条,负面 {1} 条,平均情感 {2}"}},
        {"cli.metrics_after",
         {"After closing: {0} mentions, {1} negative, mean score {2}",
          "结案之后:{0} 条,负面 {1} 条,平均情感 {2}"}},
        {"cli.metrics_response",
         {"Answered: {0}, mean first response: {1}", "已回复:{0},平均首次响应时间:{1}"}},
        {"cli.mentions_imported",
         {"{0} mention(s) added, {1} duplicate(s) skipped, {2} bad row(s).",
          "已添加 {0} 条提及,跳过 {1} 条重复,{2} 行有误。"}},
        {"mentions.bad_row", {"missing or invalid: {0}", "缺失或无效:{0}"}},
        {"mentions.missing_column", {"no column \"{0}\" in the header", "表头中没有“{0}”列"}},
        {"mentions.field_count", {"{0} fields where the header has {1}", "有 {0} 个字段,而表头有 {1} 个"}},
        {"mentions.csv_syntax", {"not valid CSV: {0}", "不是有效的 CSV:{0}"}},
        {"lexicon.line",
         {"expected \"word<TAB>score\" with a score between -5 and 5",
          "应为“词语<TAB>分值”,分值在 -5 到 5 之间"}},
        {"playbook.format", {"expected \"{0}\"", "应为“{0}”"}},
        {"playbook.id_pattern",
         {"\"{0}\" is not a kebab-case id (a-z, 0-9, single dashes)",
          "“{0}”不是短横线格式的标识(a-z、0-9、单个短横线)"}},
        {"playbook.crisis_type",
         {"\"{0}\" is not a crisis type; expected one of: {1}", "“{0}”不是危机类型;应为:{1}"}},
        {"playbook.origin",
         {"expected \"internal\", \"external\" or \"either\"", "应为 internal、external 或 either"}},
        {"playbook.duration",
         {"\"{0}\" is not a duration such as 30m, 2h, 3d, 4bd or 1mo",
          "“{0}”不是时长(例如 30m、2h、3d、4bd、1mo)"}},
        {"playbook.met_by",
         {"\"{0}\": expected \"mark\" or \"phase:<identify|analyze|respond|reputation|review>\"",
          "“{0}”:应为 mark 或 phase:<identify|analyze|respond|reputation|review>"}},
        {"playbook.warnings",
         {"warning thresholds must be strictly increasing fractions between 0 and 1",
          "预警阈值必须是 0 到 1 之间严格递增的比例"}},
        {"playbook.range", {"{0} must be between {1} and {2}", "{0} 应在 {1} 到 {2} 之间"}},
        {"playbook.severity_key", {"severity \"{0}\" must be 1, 2, 3 or 4", "严重级别“{0}”应为 1、2、3 或 4"}},
        {"playbook.baseline_short",
         {"the baseline must be longer than one bucket", "基线时长必须大于一个统计区间"}},
        {"playbook.duplicate_id", {"duplicate id \"{0}\"", "重复的标识“{0}”"}},
        {"playbook.role", {"unknown role \"{0}\"; expected one of: {1}", "未知角色“{0}”;应为:{1}"}},
        {"playbook.phase_key",
         {"\"{0}\" is not a phase with a checklist; expected identify, analyze, respond, reputation or "
          "review",
          "“{0}”不是带检查单的阶段;应为 identify、analyze、respond、reputation 或 review"}},
        // message templates
        {"validation.summary_render",
         {"{0}: {1} problem(s); nothing was rendered.", "{0}：发现 {1} 个问题；未生成任何内容。"}},
        {"template.malformed",
         {"\"{0}\" is not a placeholder: write {{name}} with a name of a-z and _",
          "“{0}”不是合法的占位符：应写作 {{name}}，名称只能包含 a-z 和 _"}},
        {"template.unterminated",
         {"\"{0}\" opens a placeholder that is not closed with }} on the same line",
          "“{0}”开启的占位符没有在同一行内以 }} 结束"}},
        {"template.stray_close",
         {"\"{0}\" closes a placeholder that was never opened with {{", "“{0}”中的 }} 没有对应的 {{"}},
        {"template.unknown_placeholder",
         {"not in the placeholder vocabulary; use one of: {0}", "不在占位符词表中；可用：{0}"}},
        {"template.unknown_placeholder_in",
         {"{{{0}}} is not in the placeholder vocabulary; use one of: {1}",
          "{{{0}}} 不在占位符词表中；可用：{1}"}},
        {"template.unfilled", {"no value given, or the value is blank", "未提供值，或值为空"}},
        {"template.value_not_utf8", {"the value is not valid UTF-8 text", "该值不是有效的 UTF-8 文本"}},
        {"template.unknown_value",
         {"a value for a name outside the placeholder vocabulary; use one of: {0}",
          "该名称不在占位符词表中，无法赋值；可用：{0}"}},
        {"template.too_long",
         {"{0}: the rendered text is {3} characters long; the {1} channel allows at most {2}. Shorten "
          "the values or choose another template.",
          "{0}：渲染后的正文长 {3} 个字符；{1} 渠道最多允许 {2} 个。请缩短填入的值或改用其他模板。"}},
        {"template.too_long_sms_ucs2",
         {"{0}: the rendered text is {3} characters long; the {1} channel allows at most {2} when the text "
          "has characters outside the GSM 7-bit alphabet (e.g. Chinese). Shorten the values or choose "
          "another template.",
          "{0}：渲染后的正文长 {3} 个字符；正文含 GSM 7 位字母表以外的字符（如中文）时，{1} 渠道最多允许 "
          "{2} 个。请缩短填入的值或改用其他模板。"}},
        {"template.fixed_too_long",
         {"the fixed text alone is {0} characters long; the {1} channel allows at most {2}",
          "仅固定文字就有 {0} 个字符；{1} 渠道最多允许 {2} 个"}},
        {"template.channel",
         {"\"{0}\" is not a channel; expected one of: {1}", "“{0}”不是发布渠道；应为：{1}"}},
        {"template.language",
         {"\"{0}\" is not a language; expected en or zh", "“{0}”不是支持的语言；应为 en 或 zh"}},
        {"template.id_pattern",
         {"\"{0}\" is not a template id of the form {1} (name: a-z, 0-9, single dashes)",
          "“{0}”不是 {1} 形式的模板标识（name 部分：a-z、0-9、单个短横线）"}},
        {"template.kit_empty", {"a template kit needs at least one template", "模板包至少需要包含一个模板"}},
        {"error.not_found.template", {"No template \"{0}\".", "不存在模板“{0}”。"}},
        {"error.set_syntax",
         {"\"{0}\" is not NAME=VALUE (e.g. --set company=Northwind).",
          "“{0}”不是 NAME=VALUE 形式（例如 --set company=北风贸易）。"}},
        {"cli.no_templates", {"No templates.", "没有模板。"}},
        // drill scenarios
        {"scenario.offset",
         {"\"{0}\" is not a drill span such as 15m, 2h or 1d (business days and months have no fixed length)",
          "“{0}”不是演练时长(例如 15m、2h、1d;工作日和月份长度不固定,不可使用)"}},
        {"scenario.allowance_zero", {"the allowance must be longer than zero", "允许时长必须大于零"}},
        {"scenario.empty", {"expected at least one entry", "至少需要一项"}},
        {"scenario.version", {"expected a whole number of at least 1", "应为不小于 1 的整数"}},
        {"scenario.reach", {"expected a whole number of 0 or more", "应为不小于 0 的整数"}},
        {"scenario.delivery",
         {"\"{0}\" is not a delivery; expected one of: {1}", "“{0}”不是送达方式;应为:{1}"}},
        {"scenario.action",
         {"\"{0}\" is not an expected action; expected one of: {1}", "“{0}”不是预期行动;应为:{1}"}},
        {"scenario.phase_target",
         {"\"{0}\" is not a phase a drill can expect the team to reach; expected one of: {1}",
          "“{0}”不是演练中可要求团队进入的阶段;应为:{1}"}},
        {"scenario.channel_target",
         {"\"{0}\" is not a statement channel; expected one of: {1}", "“{0}”不是声明发布渠道;应为:{1}"}},
        {"scenario.unknown_objective", {"no objective \"{0}\" in this scenario", "本情景中没有目标“{0}”"}},
        {"scenario.unknown_inject", {"no inject \"{0}\" in this scenario", "本情景中没有注入“{0}”"}},
        {"scenario.duplicate_role", {"role \"{0}\" is listed twice", "角色“{0}”重复列出"}},
        {"scenario.role_not_participant",
         {"role \"{0}\" is not among the participants", "角色“{0}”不在参演角色之列"}},
        {"scenario.contingency_scheduled",
         {"inject \"{0}\" is a contingency inject, so it must not have an offset of its own",
          "注入“{0}”是应急注入,不能再设置自己的时间偏移"}},
        {"scenario.contingency_without_expected",
         {"contingency injects fire when an expected action is late, but this inject expects none",
          "应急注入在预期行动超时后触发,但此注入没有预期行动"}},
        {"scenario.contingency_cycle", {"contingency injects form a cycle: {0}", "应急注入构成循环:{0}"}},
        {"scenario.never_fires",
         {"inject \"{0}\" has no offset and no inject names it as a contingency, so it would never fire",
          "注入“{0}”既没有时间偏移,也没有被任何注入列为应急注入,永远不会触发"}},
        {"scenario.playbook_other",
         {"the scenario names playbook \"{0}\", not \"{1}\"", "情景指定的预案是“{0}”,而不是“{1}”"}},
        {"scenario.playbook_type",
         {"playbook \"{0}\" is for crisis type \"{1}\"", "预案“{0}”适用于危机类型“{1}”"}},
        {"scenario.playbook_task", {"Playbook \"{1}\" has no task \"{0}\".", "预案“{1}”中没有任务“{0}”。"}},
        {"drill.unknown_inject", {"Scenario \"{1}\" has no inject \"{0}\".", "情景“{1}”中没有注入“{0}”。"}},
        {"drill.before_start",
         {"Drill time {0} is before the drill started ({1}).", "演练时间 {0} 早于演练开始时间({1})。"}},
        {"drill.unknown_objective",
         {"Scenario \"{1}\" has no objective \"{0}\" to rate.", "情景“{1}”中没有可评分的目标“{0}”。"}},
        // words
        {"phase.prepare", {"Prepare", "准备"}},
        {"phase.identify", {"Identify", "识别"}},
        {"phase.analyze", {"Analyze", "分析"}},
        {"phase.respond", {"Respond", "响应"}},
        {"phase.reputation", {"Reputation", "声誉"}},
        {"phase.review", {"Review", "复盘"}},
        {"phase.closed", {"Closed", "已关闭"}},
        {"state.not-started", {"not started", "未开始"}},
        {"state.pending", {"pending", "进行中"}},
        {"state.warning", {"warning", "预警"}},
        {"state.met", {"met", "已完成"}},
        {"state.met-late", {"met late", "逾期完成"}},
        {"state.overdue", {"overdue", "已逾期"}},
        {"state.open", {"open", "待办"}},
        {"state.done", {"done", "已完成"}},
        {"state.done-late", {"done late", "逾期完成"}},
        // crisisctl
        {"cli.incident", {"Incident {0}: {1}", "事件单 {0}:{1}"}},
        {"cli.phase", {"Phase: {0}", "阶段:{0}"}},
        {"cli.clocks", {"Clocks:", "时钟:"}},
        {"cli.checklist", {"Exit checklist ({0}):", "退出检查单({0}):"}},
        {"cli.due_in", {"due {0} (in {1})", "截止 {0}(剩余 {1})"}},
        {"cli.due_ago", {"due {0} ({1} ago)", "截止 {0}(已过 {1})"}},
        {"cli.no_incidents", {"No incidents.", "没有事件单。"}},
        {"cli.no_tasks", {"No tasks.", "没有任务。"}},
        {"cli.verify_ok", {"Event log intact: {0} events checked.", "事件日志完整:已检查 {0} 个事件。"}},
        {"cli.initialised",
         {"Database {0} ready (schema {1}); {2} playbook(s).",
          "数据库 {0} 已就绪(结构版本 {1});共 {2} 个预案。"}},
        {"cli.imported", {"Imported playbook {0} as version {1}.", "已导入预案 {0},版本 {1}。"}},
        {"cli.unassigned", {"(unassigned)", "(未分配)"}},
        // statement checks (statement_check.hpp)
        {"fivec.comprehension", {"Comprehension", "理解"}},
        {"fivec.clarity", {"Clarity", "清晰"}},
        {"fivec.consistency", {"Consistency", "一致"}},
        {"fivec.credibility", {"Credibility", "可信"}},
        {"fivec.contingency", {"Contingency", "应变"}},
        {"check.field.title", {"title", "标题"}},
        {"check.field.body", {"text", "正文"}},
        {"check.unresolved-placeholder", {"Placeholder {0} is not filled in.", "占位符 {0} 尚未填写。"}},
        {"check.malformed-placeholder",
         {"The {0} has braces that are not a placeholder (line {1}).", "{0}第 {1} 行有不成对的占位符括号。"}},
        {"check.too-long",
         {"The text has {0} characters; {1} allows {2}.", "正文共 {0} 个字符,{1} 最多允许 {2} 个。"}},
        {"check.apology-unverified",
         {"\"{0}\" apologises or admits fault, but the cause is not verified yet.",
          "“{0}”表示道歉或承认过错,但事件原因尚未核实。"}},
        {"check.promise", {"\"{0}\" is a promise that may not be kept.", "“{0}”是一个可能无法兑现的承诺。"}},
        {"check.no-next-step", {"The statement does not say what happens next.", "声明没有说明下一步行动。"}},
        {"check.no-update-time",
         {"The statement does not say when the next update will come.", "声明没有说明下次更新的时间。"}},
        {"check.figure-contradicts-record",
         {"\"{0}\" does not match the incident record ({1} customers affected).",
          "“{0}”与事件记录不符(受影响客户 {1} 名)。"}},
        {"check.date-contradicts-record",
         {"\"{0}\" does not match the detection date {1}.", "“{0}”与发现日期 {1} 不符。"}},
        {"check.figure-changed",
         {"\"{0}\" differs from the last published statement (\"{1}\") without saying it was updated.",
          "“{0}”与上一份已发布声明(“{1}”)不一致,且未说明已更新。"}},
        {"wordlist.line", {"expected \"category<TAB>phrase\"", "应为“类别<TAB>词语”"}},
        // reports (report.hpp)
        {"report.can.title", {"CAN report: {0}", "CAN 报告:{0}"}},
        {"report.exec.title", {"Executive summary: {0}", "执行摘要:{0}"}},
        {"report.meta",
         {"Type: {0} · Severity: {1} · Detected: {2} · As of: {3}",
          "类型:{0} · 严重级别:{1} · 发现时间:{2} · 截至:{3}"}},
        {"report.conditions", {"Conditions", "现状"}},
        {"report.actions", {"Actions", "行动"}},
        {"report.needs", {"Needs", "需求"}},
        {"report.phase", {"Current phase: {0}.", "当前阶段:{0}。"}},
        {"report.no_clocks", {"No clocks are running.", "没有运行中的时钟。"}},
        {"report.col.clock", {"Clock", "时钟"}},
        {"report.col.state", {"State", "状态"}},
        {"report.col.due", {"Due", "截止时间"}},
        {"report.col.item", {"Checklist item", "检查项"}},
        {"report.col.task", {"Task", "任务"}},
        {"report.col.assignee", {"Assignee", "负责人"}},
        {"report.checklist", {"Exit checklist: {0} of {1} done.", "退出检查单:已完成 {0} / {1} 项。"}},
        {"report.tasks", {"Tasks: {0} of {1} done, {2} overdue.", "任务:已完成 {0} / {1} 项,逾期 {2} 项。"}},
        {"report.statements",
         {"Statements published: {0}, the latest at {1}.", "已发布声明 {0} 份,最近一份发布于 {1}。"}},
        {"report.no_statements", {"No statement published yet.", "尚未发布任何声明。"}},
        {"report.statement", {"{0} · {1} · {2}: {3}", "{0} · {1} · {2}:{3}"}},
        {"report.no_needs", {"No needs recorded.", "未记录需求。"}},
        {"report.exec.situation",
         {"{0} ({1}, severity {2}) was detected at {3} and is now in the {4} phase.",
          "事件“{0}”({1},严重级别 {2})于 {3} 发现,目前处于{4}阶段。"}},
        {"report.exec.key_figures", {"Key figures", "关键数据"}},
        {"report.exec.clocks",
         {"Clocks: {0} overdue, {1} in warning, {2} met on time, {3} met late.",
          "时钟:逾期 {0} 个,预警 {1} 个,按时完成 {2} 个,逾期完成 {3} 个。"}},
        {"report.generated", {"Generated {0}.", "生成于 {0}。"}},
    };
    return entries;
}

} // namespace

Language languageFromLocale(std::string_view localeName) {
    return localeName.size() >= 2 && (localeName.substr(0, 2) == "zh" || localeName.substr(0, 2) == "ZH")
               ? Language::Zh
               : Language::En;
}

std::string_view languageCode(Language lang) {
    return lang == Language::Zh ? "zh" : "en";
}

std::string render(const Message& message, Language lang) {
    const auto& entries = catalogue();
    const auto it = entries.find(message.id);
    if (it == entries.end()) {
        std::string fallback = message.id;
        for (const auto& arg : message.args)
            fallback += " " + arg;
        return fallback;
    }
    const std::string_view pattern = lang == Language::Zh ? it->second.zh : it->second.en;
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const auto slot = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (slot < message.args.size())
                out += message.args[slot];
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string text(std::string_view id, Language lang, std::vector<std::string> args) {
    return render(Message{std::string(id), std::move(args)}, lang);
}

std::vector<std::string_view> catalogueIds() {
    std::vector<std::string_view> ids;
    for (const auto& [id, entry] : catalogue())
        ids.push_back(id);
    return ids;
}

} // namespace crisis
