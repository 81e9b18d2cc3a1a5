<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New incident…</source>
        <translation>新建事件单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Advance phase</source>
        <translation>推进阶段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Force advance…</source>
        <translation>强制推进(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close incident…</source>
        <translation>关闭事件单(&amp;C)…</translation>
    </message>
    <message>
        <source>Ne&amp;xt incident</source>
        <translation>下一个事件单(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous incident</source>
        <translation>上一个事件单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Search timeline</source>
        <translation>搜索时间线(&amp;S)</translation>
    </message>
    <message>
        <source>Incident &amp;board</source>
        <translation>事件看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>我的任务(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>Show times in &amp;UTC</source>
        <translation>以 UTC 显示时间(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>预案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Review &amp;dashboard</source>
        <translation>复盘看板(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;view of the incident</source>
        <translation>本事件单的复盘(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Replay incident…</source>
        <translation>回放事件单(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Hand off a role…</source>
        <translation>交接角色(&amp;H)…</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>模板(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Organisation profile…</source>
        <translation>组织资料(&amp;O)…</translation>
    </message>
    <message>
        <source>Start &amp;drill…</source>
        <translation>开始演练(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Trainer console</source>
        <translation>导调台(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>声明(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New statement</source>
        <translation>新建声明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save statement</source>
        <translation>保存声明(&amp;S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit statement for review</source>
        <translation>提交声明审核(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Approve statement…</source>
        <translation>批准声明(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Publish statement…</source>
        <translation>发布声明(&amp;P)…</translation>
    </message>
    <message>
        <source>Pause non-crisis &amp;marketing</source>
        <translation>暂停非危机营销(&amp;M)</translation>
    </message>
    <message>
        <source>Send internal &amp;briefing…</source>
        <translation>发送内部通报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2:%3</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n 项需要处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer a review question</source>
        <translation>回答复盘问题</translation>
    </message>
    <message>
        <source>What the team says, in a few sentences</source>
        <translation>团队的看法,几句话即可</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <source>not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>By</source>
        <translation>回答人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve statement</source>
        <translation>批准声明</translation>
    </message>
    <message>
        <source>Approve revision %1 as</source>
        <translation>以以下角色批准第 %1 版</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n problem(s). Approving anyway overrides them: say why. The findings and your reason are logged with the approval.</source>
        <translation>
            <numerusform>检查发现 %n 个问题。如仍要批准，即表示忽略这些问题，请说明理由。检查结果和您的理由将随批准一并记入日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the override (required)</source>
        <translation>忽略理由（必填）</translation>
    </message>
    <message>
        <source>e.g. The figure comes from the regulator&apos;s notice; legal confirmed it.</source>
        <translation>例如：该数字来自监管机构的通知，法务已确认。</translation>
    </message>
    <message>
        <source>The checks found nothing to flag in this revision.</source>
        <translation>检查未发现本版有需要提示的问题。</translation>
    </message>
    <message>
        <source>Override and approve</source>
        <translation>忽略问题并批准</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Send internal briefing…</source>
        <translation>发送内部通报…</translation>
    </message>
    <message>
        <source>Mark as acknowledged</source>
        <translation>标记为已确认</translation>
    </message>
    <message>
        <source>Records that the selected member has read the briefing (on their behalf when it is not you)</source>
        <translation>记录所选成员已阅读通报（如非本人，则代为记录）</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>#%1 %2 · sent %3</source>
        <translation>#%1 %2 · 发送于 %3</translation>
    </message>
    <message>
        <source>No briefing sent yet.</source>
        <translation>尚未发送内部通报。</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged</source>
        <translation>%2 人中已有 %1 人确认</translation>
    </message>
    <message>
        <source>Select the member who has read the briefing.</source>
        <translation>请选择已阅读通报的成员。</translation>
    </message>
</context>
<context>
    <name>BriefingRecipientsModel</name>
    <message>
        <source>not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Statement: %1</source>
        <translation>声明:%1</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Exit checklist of %1</source>
        <translation>%1阶段的退出检查清单</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>文本（英文）</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>文本（中文）</translation>
    </message>
</context>
<context>
    <name>ClockTableModel</name>
    <message>
        <source>waits for: %1</source>
        <translation>等待:%1</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ClocksTab</name>
    <message>
        <source>detection, awareness, discovery…</source>
        <translation>detection、awareness、discovery……</translation>
    </message>
    <message>
        <source>a mark by the crisis manager</source>
        <translation>危机经理手动标记</translation>
    </message>
    <message>
        <source>leaving %1</source>
        <translation>离开%1阶段</translation>
    </message>
    <message>
        <source>fractions of the duration, e.g. 0.5, 0.8</source>
        <translation>时限的比例，如 0.5, 0.8</translation>
    </message>
    <message>
        <source>Statutory deadline</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>e.g. EU GDPR Art. 33(1)</source>
        <translation>如 EU GDPR 第 33(1) 条</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Starts at event</source>
        <translation>起始事件</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>达成方式</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警点</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>监管</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>法规依据</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Map the file&apos;s columns</source>
        <translation>对应文件的列</translation>
    </message>
    <message>
        <source>This file does not use the documented column names. Choose which column holds each field; time, channel and text are required.</source>
        <translation>该文件未使用文档中规定的列名。请为每个字段选择对应的列;时间、渠道和内容为必填项。</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(请选择列)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>All closed incidents</source>
        <translation>全部已关闭事件单</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型:%1</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>严重级别 %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>月份 %1</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1%(共 %2 个)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件单数</translation>
    </message>
    <message>
        <source>Acknowledged after</source>
        <translation>首次回应用时</translation>
    </message>
    <message>
        <source>Identify done after</source>
        <translation>完成识别用时</translation>
    </message>
    <message>
        <source>Analyze done after</source>
        <translation>完成分析用时</translation>
    </message>
    <message>
        <source>Respond done after</source>
        <translation>完成响应用时</translation>
    </message>
    <message>
        <source>Clocks met in time</source>
        <translation>时钟按时达成</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Real incidents</source>
        <translation>真实事件单</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Improvement items past due (double-click to open the incident)</source>
        <translation>已逾期的改进项(双击打开事件单)</translation>
    </message>
    <message>
        <source>%1 real incident(s) and %2 drill(s) closed</source>
        <translation>已关闭 %1 个真实事件单和 %2 次演练</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 (%4), due %5</source>
        <translation>#%1 %2 — %3(%4),截止 %5</translation>
    </message>
    <message>
        <source>None: every improvement item is done or not yet due.</source>
        <translation>无:所有改进项均已完成或尚未到期。</translation>
    </message>
    <message>
        <source>Trend by month of T0</source>
        <translation>按 T0 月份的趋势</translation>
    </message>
    <message>
        <source>Clocks met in time (%)</source>
        <translation>时钟按时达成率(%)</translation>
    </message>
    <message>
        <source>Mean time to acknowledge (min)</source>
        <translation>平均首次回应用时(分钟)</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”:%2</translation>
    </message>
</context>
<context>
    <name>DrillActions</name>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fire now</source>
        <translation>立即发送(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Next inject</source>
        <translation>下一条注入(&amp;N)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加快(&amp;A)</translation>
    </message>
    <message>
        <source>Slo&amp;wer</source>
        <translation>减慢(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Observation…</source>
        <translation>观察记录(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;End drill…</source>
        <translation>结束演练(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DrillNotesModel</name>
    <message>
        <source>observation</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>area for improvement</source>
        <translation>待改进</translation>
    </message>
    <message>
        <source>whole team</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参演者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
</context>
<context>
    <name>ElementTab</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>ElementTableModel</name>
    <message>
        <source>leaving %1</source>
        <translation>离开%1阶段</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>手动标记</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>起始于</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>达成方式</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警点</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <source>Due after T0</source>
        <translation>T0 后到期</translation>
    </message>
    <message>
        <source>Template id</source>
        <translation>模板标识</translation>
    </message>
</context>
<context>
    <name>ExpectedResultsModel</name>
    <message>
        <source>%1
Delivered at %2</source>
        <translation>%1
送达时间 %2</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>注入</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>预期行动</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Incident facts</source>
        <translation>事件事实</translation>
    </message>
    <message>
        <source>The cause is verified (apologies are no longer flagged)</source>
        <translation>原因已核实（不再提示道歉用语）</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>受影响客户数</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Clocks against targets</source>
        <translation>时钟与目标对比</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>首次回应用时</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>First external statement after T0</source>
        <translation>T0 后首份对外声明用时</translation>
    </message>
    <message>
        <source>Statements published</source>
        <translation>已发布声明数</translation>
    </message>
    <message>
        <source>Gaps in respond longer than %1</source>
        <translation>响应阶段间隔超过 %1 的次数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Longest gap</source>
        <translation>最长间隔</translation>
    </message>
    <message>
        <source>Tasks by role</source>
        <translation>按角色统计任务</translation>
    </message>
    <message>
        <source>%1 on time, %2 late, %3 missed, %4 open</source>
        <translation>按时 %1,逾期完成 %2,未完成 %3,进行中 %4</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Mentions (negative)</source>
        <translation>提及数(负面)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 mentions, %2 negative, mean score %3</source>
        <translation>%1 条提及,%2 条负面,平均情绪分 %3</translation>
    </message>
    <message>
        <source>Sentiment before</source>
        <translation>危机前情绪</translation>
    </message>
    <message>
        <source>Sentiment during</source>
        <translation>危机中情绪</translation>
    </message>
    <message>
        <source>Sentiment after</source>
        <translation>危机后情绪</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>消息激增次数</translation>
    </message>
    <message>
        <source>Inbox mean first response</source>
        <translation>收件箱平均首次响应用时</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Forced transitions</source>
        <translation>强制推进次数</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>已触发警报数</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>FindingListModel</name>
    <message>
        <source>Something is missing from the whole statement.</source>
        <translation>整份声明缺少某项内容。</translation>
    </message>
    <message>
        <source>Click to select “%1” in the text.</source>
        <translation>点击可在正文中选中“%1”。</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>internal (self-inflicted)</source>
        <translation>内部（自身引发）</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>either</source>
        <translation>内外皆可</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Crisis type</source>
        <translation>危机类型</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>复审周期</translation>
    </message>
</context>
<context>
    <name>HandOffDialog</name>
    <message>
        <source>Hand off a role</source>
        <translation>交接角色</translation>
    </message>
    <message>
        <source>e.g. end of shift, needed for the press conference</source>
        <translation>例如：换班、需出席新闻发布会</translation>
    </message>
    <message>
        <source>The role&apos;s open tasks go to the new holder; done tasks keep who did them.</source>
        <translation>该角色未完成的任务转交给新负责人；已完成的任务仍记在完成人名下。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Held now by</source>
        <translation>当前负责人</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主责</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Add an improvement item</source>
        <translation>添加改进项</translation>
    </message>
    <message>
        <source>optional, e.g. faster-holding-statement (made from the finding)</source>
        <translation>可选,例如 faster-holding-statement(默认由发现生成)</translation>
    </message>
    <message>
        <source>What the review found</source>
        <translation>复盘发现的问题</translation>
    </message>
    <message>
        <source>What will be done about it</source>
        <translation>将采取的措施</translation>
    </message>
    <message>
        <source>Change a clock&apos;s duration</source>
        <translation>修改时钟时长</translation>
    </message>
    <message>
        <source>Change a clock&apos;s warning thresholds</source>
        <translation>修改时钟预警点</translation>
    </message>
    <message>
        <source>Add an exit-checklist item</source>
        <translation>新增退出检查单项</translation>
    </message>
    <message>
        <source>Add a task for every new incident</source>
        <translation>为每个新事件单新增任务</translation>
    </message>
    <message>
        <source>Propose a change to the playbook (%1)</source>
        <translation>提议修改预案(%1)</translation>
    </message>
    <message>
        <source>The playbook owner (%1) accepts it as a new version; incidents keep theirs.</source>
        <translation>由预案负责人(%1)采纳为新版本;已有事件单保留原版本。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>fractions of the duration, e.g. 0.5, 0.8</source>
        <translation>时长的比例,例如 0.5, 0.8</translation>
    </message>
    <message>
        <source>e.g. 20m, 2h, 3d, 4bd, 1mo</source>
        <translation>例如 20m、2h、3d、4bd、1mo</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警点</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>kebab-case id, e.g. legal-review</source>
        <translation>小写连字符编号,例如 legal-review</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>检查项编号</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>文字(英文)</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>文字(中文)</translation>
    </message>
    <message>
        <source>kebab-case id, e.g. brief-call-centre</source>
        <translation>小写连字符编号,例如 brief-call-centre</translation>
    </message>
    <message>
        <source>after T0, e.g. 30m, 2h, 1d</source>
        <translation>T0 之后,例如 30m、2h、1d</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题(英文)</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题(中文)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Due after T0</source>
        <translation>T0 后截止</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write e.g. 20m, 2h, 3d, 4bd or 1mo.</source>
        <translation>“%1”不是有效时长;请写成 20m、2h、3d、4bd 或 1mo 等形式。</translation>
    </message>
    <message>
        <source>“%1” is not a fraction; write e.g. 0.5, 0.8.</source>
        <translation>“%1”不是有效比例;请写成 0.5, 0.8 等形式。</translation>
    </message>
</context>
<context>
    <name>ImprovementModel</name>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 (accepted as v%2)</source>
        <translation>%1(已采纳为第 %2 版)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Playbook change</source>
        <translation>预案修改</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Playbook %1, detected %2</source>
        <translation>预案 %1,发现于 %2</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>严重级别 %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>InjectQueueModel</name>
    <message>
        <source>if late</source>
        <translation>超时触发</translation>
    </message>
    <message>
        <source>by trainer</source>
        <translation>导调员发送</translation>
    </message>
    <message>
        <source>contingency of %1</source>
        <translation>%1 的应急注入</translation>
    </message>
    <message>
        <source>next</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>预期：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>注入</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发给</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CrisisDesk</source>
        <translation>CrisisDesk 危机指挥台</translation>
    </message>
    <message>
        <source>Advance phase</source>
        <translation>推进阶段</translation>
    </message>
    <message>
        <source>Force advance…</source>
        <translation>强制推进…</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Exit checklist</source>
        <translation>退出检查单</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>事件单(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Severity %1 · %2 · detected %3</source>
        <translation>严重级别 %1 · %2 · 发现于 %3</translation>
    </message>
    <message>
        <source>DRILL</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <source>Acting as: %1</source>
        <translation>当前身份:%1</translation>
    </message>
    <message>
        <source>%1 local · %2 UTC</source>
        <translation>本地 %1 · UTC %2</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Force advance</source>
        <translation>强制推进</translation>
    </message>
    <message>
        <source>Why move on although the exit checklist is not complete? (logged)</source>
        <translation>退出检查单尚未完成,为何仍要推进?(将记入日志)</translation>
    </message>
    <message>
        <source>Incident board</source>
        <translation>事件看板</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>No incident selected — open one with %1</source>
        <translation>未选择事件单 — 按 %1 新建</translation>
    </message>
    <message>
        <source>CrisisDesk alert</source>
        <translation>CrisisDesk 警报</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2:%3</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>关闭事件单</translation>
    </message>
    <message>
        <source>The incident has not been through review. Why close it now? (logged)</source>
        <translation>该事件单尚未复盘。为何现在关闭?(将记入日志)</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Review dashboard</source>
        <translation>复盘看板</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Improvement “%1”</source>
        <translation>改进项“%1”</translation>
    </message>
    <message>
        <source>CrisisDesk reminder</source>
        <translation>CrisisDesk 提醒</translation>
    </message>
    <message>
        <source>#%1: improvement “%2” (%3) is past due</source>
        <translation>#%1:改进项“%2”(%3)已逾期</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Hand off a role…</source>
        <translation>交接角色…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Negative message spike on #%1 %2: %3 volume alert(s), %4 sentiment dip(s)</source>
        <translation>负面消息激增 #%1 %2：%3 次声量警报，%4 次情感转负</translation>
    </message>
    <message>
        <source>Positive message spike on #%1 %2: %3 volume alert(s), %4 sentiment dip(s)</source>
        <translation>正面消息激增 #%1 %2：%3 次声量警报，%4 次情感转负</translation>
    </message>
    <message>
        <source>Message spike on #%1 %2: %3 volume alert(s), %4 sentiment dip(s)</source>
        <translation>消息激增 #%1 %2：%3 次声量警报，%4 次情感转负</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>演练(&amp;D)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍速</translation>
    </message>
    <message>
        <source>Drill time %1 (%2, %3)</source>
        <translation>演练时间 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Resume marketing</source>
        <translation>恢复营销</translation>
    </message>
    <message numerus="yes">
        <source>%n marketing item(s) were paused for this incident. Resume them now?</source>
        <translation>
            <numerusform>本事件单暂停了 %n 个营销项目。现在恢复吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>内部通报</translation>
    </message>
    <message>
        <source>&amp;Communications</source>
        <translation>沟通(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MarketingItemDialog</name>
    <message>
        <source>Add campaign or post</source>
        <translation>添加营销活动或帖子</translation>
    </message>
    <message>
        <source>e.g. Spring sale newsletter</source>
        <translation>例如：春季促销邮件</translation>
    </message>
    <message>
        <source>e.g. newsletter, instagram, tmall banner</source>
        <translation>例如：邮件通讯、Instagram、天猫横幅</translation>
    </message>
    <message>
        <source>A campaign that runs until</source>
        <translation>持续至以下时间的活动</translation>
    </message>
    <message>
        <source>Part of the crisis response (never paused)</source>
        <translation>属于危机应对（不会暂停）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Goes out / starts</source>
        <translation>发布 / 开始时间</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>MarketingModel</name>
    <message>
        <source>crisis response</source>
        <translation>危机应对</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>paused for #%1</source>
        <translation>因 #%1 暂停</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Campaign or post</source>
        <translation>营销活动或帖子</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>排期时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MarketingPanel</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Columns name, channel, scheduled_at, and optionally ends_at and crisis (yes/no)</source>
        <translation>列：name、channel、scheduled_at，可选 ends_at 和 crisis（yes/no）</translation>
    </message>
    <message>
        <source>Pause non-crisis marketing</source>
        <translation>暂停非危机营销</translation>
    </message>
    <message>
        <source>Resume what this incident paused</source>
        <translation>恢复本事件单暂停的项目</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the register.</source>
        <translation>
            <numerusform>营销排期中共有 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paused for incident #%2; %3 upcoming non-crisis item(s) still scheduled.</source>
        <translation>已为事件单 #%2 暂停 %1 个项目；仍有 %3 个即将进行的非危机项目处于排期中。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Import marketing register</source>
        <translation>导入营销排期</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>A drill rehearses the pause: it is logged and ticked, but no real campaign is stopped (%1 upcoming non-crisis item(s)).</source>
        <translation>演练只预演暂停：会记入日志并勾选检查项，但不会停止任何真实营销活动（即将进行的非危机项目 %1 个）。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit team member</source>
        <translation>编辑团队成员</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>Phone, e-mail or messenger handle</source>
        <translation>电话、邮箱或即时通讯账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Primary: holds the role</source>
        <translation>主责：担任该角色</translation>
    </message>
    <message>
        <source>Backup: steps in when there is no primary</source>
        <translation>候补：无主责人时接手</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>主责/候补</translation>
    </message>
</context>
<context>
    <name>MentionImporter</name>
    <message>
        <source>Some rows are not valid</source>
        <translation>部分行无效</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file cannot be read. By default nothing is stored.</source>
        <translation>
            <numerusform>该文件有 %n 行无法读取。默认不存储任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Store nothing</source>
        <translation>不存储</translation>
    </message>
    <message numerus="yes">
        <source>Store the %n good row(s)</source>
        <translation>
            <numerusform>存储 %n 条有效行</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading mentions…</source>
        <translation>正在读取舆情…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>“%1” is not a CSV, JSON or JSON-lines file.</source>
        <translation>“%1”不是 CSV、JSON 或 JSON Lines 文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”:%2</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was stored.</source>
        <translation>
            <numerusform>%n 行有误;未存储任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>“%1”未导入：%2</translation>
    </message>
    <message>
        <source>Another import is running; try again when it has finished.</source>
        <translation>另一项导入正在进行；请待其完成后再试。</translation>
    </message>
    <message>
        <source>Scoring sentiment…</source>
        <translation>正在分析情感…</translation>
    </message>
    <message>
        <source>Storing mentions…</source>
        <translation>正在保存舆情…</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <source>Include all tasks of my role</source>
        <translation>包括我所属角色的全部任务</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Tasks assigned to %1 (not on the team roster: choose who you are in Settings)</source>
        <translation>分配给 %1 的任务(不在团队名单中:请在设置中选择身份)</translation>
    </message>
    <message>
        <source>Tasks for %1 · %2</source>
        <translation>%1 的任务 · %2</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>新建事件单</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>简要描述发生了什么</translation>
    </message>
    <message>
        <source>1 = most severe</source>
        <translation>1 = 最严重</translation>
    </message>
    <message>
        <source>This is a drill (excluded from real metrics)</source>
        <translation>这是演练(不计入真实指标)</translation>
    </message>
    <message>
        <source>Crisis type / playbook</source>
        <translation>危机类型 / 预案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Detected at (T0)</source>
        <translation>发现时间(T0)</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>创建事件单</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <source>not rated yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>平均用时</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评级</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>组织资料</translation>
    </message>
    <message>
        <source>as customers know it</source>
        <translation>客户所熟知的名称</translation>
    </message>
    <message>
        <source>where customers get help, e.g. help@example.com or 400-820-1234</source>
        <translation>客户求助的渠道，例如 help@example.com 或 400-820-1234</translation>
    </message>
    <message>
        <source>where updates are published</source>
        <translation>发布最新进展的网址</translation>
    </message>
    <message>
        <source>country codes, e.g. US, DE, CN</source>
        <translation>国家或地区代码，例如 US, DE, CN</translation>
    </message>
    <message>
        <source>language codes, e.g. en, zh</source>
        <translation>语言代码，例如 en, zh</translation>
    </message>
    <message>
        <source>IANA name, e.g. Asia/Shanghai; empty: UTC</source>
        <translation>IANA 时区名称，例如 Asia/Shanghai；留空则为 UTC</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>客服联系方式</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Templates fill {{company}}, {{support_contact}} and {{website}} from here, and give {{detected_at}} in this time zone.</source>
        <translation>模板中的 {{company}}、{{support_contact}} 和 {{website}} 取自这里，{{detected_at}} 按此时区显示。</translation>
    </message>
</context>
<context>
    <name>PlaybookDiffModel</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>moved %1 → %2</source>
        <translation>移动 %1 → %2</translation>
    </message>
</context>
<context>
    <name>PlaybookDocument</name>
    <message>
        <source>Change field</source>
        <translation>修改字段</translation>
    </message>
    <message>
        <source>Add clock</source>
        <translation>添加时钟</translation>
    </message>
    <message>
        <source>Remove clock</source>
        <translation>删除时钟</translation>
    </message>
    <message>
        <source>Edit clock</source>
        <translation>编辑时钟</translation>
    </message>
    <message>
        <source>Move clock</source>
        <translation>移动时钟</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>编辑检查项</translation>
    </message>
    <message>
        <source>Move checklist item</source>
        <translation>移动检查项</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Edit reputation rule</source>
        <translation>编辑声誉规则</translation>
    </message>
    <message>
        <source>Link template</source>
        <translation>关联模板</translation>
    </message>
    <message>
        <source>Unlink template</source>
        <translation>取消关联模板</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <source>Playbooks (latest version)</source>
        <translation>预案（最新版本）</translation>
    </message>
    <message>
        <source>Drop playbook .json files here to import them.</source>
        <translation>将预案 .json 文件拖放到此处即可导入。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>放弃对 %1 的未保存修改吗？</translation>
    </message>
    <message>
        <source>No playbook selected</source>
        <translation>未选择预案</translation>
    </message>
    <message>
        <source>%1 — %2, version %3</source>
        <translation>%1 — %2，第 %3 版</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>（有未保存的修改）</translation>
    </message>
    <message>
        <source>(editor)</source>
        <translation>（编辑器）</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>未保存：需先修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: still version %1.</source>
        <translation>没有修改：仍为第 %1 版。</translation>
    </message>
    <message>
        <source>Saved as version %1. Open incidents keep the version they were opened with.</source>
        <translation>已保存为第 %1 版。进行中的事件仍沿用开启时的版本。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n problem(s).</source>
        <translation>
            <numerusform>未导入任何内容：%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n problem(s) to fix first.</source>
        <translation>
            <numerusform>未导出：需先修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Import playbooks</source>
        <translation>导入预案</translation>
    </message>
    <message>
        <source>Playbooks (*.json)</source>
        <translation>预案 (*.json)</translation>
    </message>
    <message>
        <source>Export playbook</source>
        <translation>导出预案</translation>
    </message>
    <message>
        <source>Overdue for review: playbooks and templates</source>
        <translation>逾期待复审：预案与模板</translation>
    </message>
    <message>
        <source>Mark reviewed…</source>
        <translation>标记已复审…</translation>
    </message>
    <message>
        <source>The selected playbook or template was checked and is current</source>
        <translation>所选预案或模板已检查,内容仍适用</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记已复审</translation>
    </message>
    <message>
        <source>What was checked (optional):</source>
        <translation>检查了哪些内容(可选):</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Select a playbook or template in the overdue list first.</source>
        <translation>请先在逾期列表中选择一个预案或模板。</translation>
    </message>
</context>
<context>
    <name>PlaybookListModel</name>
    <message>
        <source>v%1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>复审到期</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish statement</source>
        <translation>发布声明</translation>
    </message>
    <message>
        <source>Who it is for, e.g. Customers in the EU</source>
        <translation>面向谁，例如：欧盟客户</translation>
    </message>
    <message>
        <source>Where it can be read (optional)</source>
        <translation>可查看的位置（可选）</translation>
    </message>
    <message>
        <source>Public (counts as a public statement for the acknowledgement and update clocks)</source>
        <translation>公开（计入首次公开回应和更新节奏时钟）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message numerus="yes">
        <source>Nobody approves statements in this playbook, and the checks found %n problem(s). Publishing anyway overrides them: say why. The findings and your reason are logged with the publication.</source>
        <translation>
            <numerusform>本预案未设声明审批角色，检查发现 %n 个问题。如仍要发布即视为忽略这些问题：请说明理由。检查发现与理由将随发布记录一并记入日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the override (required)</source>
        <translation>忽略理由（必填）</translation>
    </message>
    <message>
        <source>Override and publish</source>
        <translation>忽略并发布</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay #%1 %2</source>
        <translation>回放 #%1 %2</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停(空格键)</translation>
    </message>
    <message>
        <source>◀ Previous change</source>
        <translation>◀ 上一个变化</translation>
    </message>
    <message>
        <source>Previous change (Left)</source>
        <translation>上一个变化(左方向键)</translation>
    </message>
    <message>
        <source>Next change ▶</source>
        <translation>下一个变化 ▶</translation>
    </message>
    <message>
        <source>Next change (Right)</source>
        <translation>下一个变化(右方向键)</translation>
    </message>
    <message>
        <source>%1× (1 s = %2)</source>
        <translation>%1 倍(1 秒 = %2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>%1 · T0 %2 %3</source>
        <translation>%1 · T0 %2 %3</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>(free text)</source>
        <translation>(自由文本)</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>记录回复</translation>
    </message>
    <message>
        <source>Fill in every {{placeholder}} before recording the reply.</source>
        <translation>记录回复前请填写所有 {{占位符}}。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>CAN report (conditions, actions, needs)</source>
        <translation>CAN 报告（现状、行动、需求）</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>What the team needs: people, money, decisions (one per line)</source>
        <translation>团队需要什么：人员、资金、决策（每行一项）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>ReputationCharts</name>
    <message>
        <source>Mentions per bucket and mean sentiment</source>
        <translation>各时段舆情量与平均情感</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>Baseline band</source>
        <translation>基线区间</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>声量</translation>
    </message>
    <message>
        <source>Mean sentiment</source>
        <translation>平均情感</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>激增</translation>
    </message>
    <message>
        <source>Negative share per channel</source>
        <translation>各渠道负面占比</translation>
    </message>
    <message>
        <source>Negative %</source>
        <translation>负面 %</translation>
    </message>
</context>
<context>
    <name>ReputationPanel</name>
    <message>
        <source>Import mentions…</source>
        <translation>导入舆情…</translation>
    </message>
    <message>
        <source>CSV, JSON or JSON lines (Ctrl+I); or drop files here</source>
        <translation>CSV、JSON 或 JSON Lines(Ctrl+I);也可将文件拖到此处</translation>
    </message>
    <message>
        <source>Watch folder…</source>
        <translation>监视文件夹…</translation>
    </message>
    <message>
        <source>Needs attention only</source>
        <translation>仅显示需关注项</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>全部情感</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>reach ≥ </source>
        <translation>触达 ≥ </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Reply with a canned reply (Ctrl+Shift+R)</source>
        <translation>使用预设回复(Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已查看</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分派给</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Mentions %1 · negative %2 · spikes %3 · answered %4 · mean first response %5</source>
        <translation>舆情 %1 · 负面 %2 · 激增 %3 · 已回复 %4 · 平均首次响应 %5</translation>
    </message>
    <message>
        <source>Sentiment back in its band (≤ %1% negative) since %2</source>
        <translation>自 %2 起舆情已回到正常区间(负面 ≤ %1%)</translation>
    </message>
    <message>
        <source>Pre-crisis band: ≤ %1% negative</source>
        <translation>危机前区间:负面 ≤ %1%</translation>
    </message>
    <message>
        <source>Select an inbox item first.</source>
        <translation>请先选择一条收件箱条目。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Import mentions</source>
        <translation>导入舆情</translation>
    </message>
    <message>
        <source>Mentions (*.csv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>舆情文件 (*.csv *.json *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder to watch for mention exports</source>
        <translation>要监视的舆情导出文件夹</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing stored.</source>
        <translation>%1:已取消导入;未存储任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 duplicate(s), %4 rejected, %5 alert(s).</source>
        <translation>%1:新增 %2 条,重复 %3 条,拒绝 %4 条,警报 %5 次。</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Add lexicon…</source>
        <translation>添加情感词典…</translation>
    </message>
    <message>
        <source>Score imported mentions with an extra word&lt;TAB&gt;score lexicon as well (Ctrl+Shift+L); the arrow lists the lexicons added</source>
        <translation>导入舆情时另外使用一个“词语&lt;TAB&gt;分值”格式的情感词典评分（Ctrl+Shift+L）；点击箭头可查看已添加的词典</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Remove “%1” (not loaded)</source>
        <translation>移除“%1”（未加载）</translation>
    </message>
    <message>
        <source>Lexicon “%1” not loaded: %2</source>
        <translation>情感词典“%1”未加载：%2</translation>
    </message>
    <message>
        <source>Extra lexicons: %1</source>
        <translation>附加词典：%1</translation>
    </message>
    <message>
        <source>Mentions imported from now on are scored with the shipped lexicons and these.</source>
        <translation>此后导入的舆情将使用内置词典和这些词典评分。</translation>
    </message>
    <message>
        <source>Lexicon “%1” added: mentions imported from now on are scored with it.</source>
        <translation>已添加情感词典“%1”：此后导入的舆情将使用它评分。</translation>
    </message>
    <message>
        <source>Add a sentiment lexicon</source>
        <translation>添加情感词典</translation>
    </message>
    <message>
        <source>Lexicons, word&lt;TAB&gt;score (*.tsv *.txt);;All files (*)</source>
        <translation>情感词典，词语&lt;TAB&gt;分值 (*.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Lexicon not added</source>
        <translation>未添加情感词典</translation>
    </message>
</context>
<context>
    <name>ReputationTab</name>
    <message>
        <source>comma-separated, e.g. boycott, 抵制</source>
        <translation>以逗号分隔，如 boycott, 抵制</translation>
    </message>
    <message>
        <source>Volume bucket</source>
        <translation>声量分桶</translation>
    </message>
    <message>
        <source>Baseline before a bucket</source>
        <translation>分桶前的基线时段</translation>
    </message>
    <message>
        <source>Spike above mean + k·σ, k =</source>
        <translation>高于均值 + k·σ 视为激增，k =</translation>
    </message>
    <message>
        <source>Smallest bucket that can spike</source>
        <translation>可判定激增的最少条数</translation>
    </message>
    <message>
        <source>Quiet time after an alert</source>
        <translation>告警后的静默期</translation>
    </message>
    <message>
        <source>Sentiment dip margin</source>
        <translation>情绪下滑阈值</translation>
    </message>
    <message>
        <source>Recovery margin</source>
        <translation>恢复容差</translation>
    </message>
    <message>
        <source>Recovered after</source>
        <translation>持续达标多久视为恢复</translation>
    </message>
    <message>
        <source>High reach (needs attention)</source>
        <translation>高传播量（需关注）</translation>
    </message>
    <message>
        <source>Watch words</source>
        <translation>关注词</translation>
    </message>
</context>
<context>
    <name>ReviewDueModel</name>
    <message>
        <source>Playbook</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>复审到期</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Answer…</source>
        <translation>回答…</translation>
    </message>
    <message>
        <source>Answer the selected question for a team (Enter on a row)</source>
        <translation>为某个团队回答所选问题(在行上按回车)</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加改进项…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Accept playbook change…</source>
        <translation>采纳预案修改…</translation>
    </message>
    <message>
        <source>The playbook owner stores the proposed change as a new playbook version</source>
        <translation>由预案负责人将提议的修改保存为预案新版本</translation>
    </message>
    <message>
        <source>A note for the review (Enter adds it)</source>
        <translation>复盘备注(按回车添加)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Review questions</source>
        <translation>复盘问题</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>After-action report (PDF)…</source>
        <translation>事后复盘报告(PDF)…</translation>
    </message>
    <message>
        <source>After-action report (HTML)…</source>
        <translation>事后复盘报告(HTML)…</translation>
    </message>
    <message>
        <source>After-action report (Markdown)…</source>
        <translation>事后复盘报告(Markdown)…</translation>
    </message>
    <message>
        <source>Timeline (CSV)…</source>
        <translation>时间线(CSV)…</translation>
    </message>
    <message>
        <source>Timeline (JSON)…</source>
        <translation>时间线(JSON)…</translation>
    </message>
    <message>
        <source>ICS-214 activity log (CSV)…</source>
        <translation>ICS-214 工作日志(CSV)…</translation>
    </message>
    <message>
        <source>ICS-214 activity log (Markdown)…</source>
        <translation>ICS-214 工作日志(Markdown)…</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>回放…</translation>
    </message>
    <message>
        <source>Play the incident back: phases, clocks and timeline as they moved</source>
        <translation>回放事件单:阶段、时钟和时间线按当时的进展重现</translation>
    </message>
    <message>
        <source>%1 of 4 review questions answered · %2 open improvement item(s), %3 overdue</source>
        <translation>已回答 %1/4 个复盘问题 · %2 个改进项进行中,%3 个已逾期</translation>
    </message>
    <message>
        <source>drill: kept out of the real figures</source>
        <translation>演练:不计入真实指标</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2:%3</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Select an improvement item first.</source>
        <translation>请先选择一个改进项。</translation>
    </message>
    <message>
        <source>Accept playbook change</source>
        <translation>采纳预案修改</translation>
    </message>
    <message>
        <source>Store this change to playbook %1 as version %2? Open incidents keep their version.

%3</source>
        <translation>将此修改保存为预案 %1 的第 %2 版?进行中的事件单保留原版本。

%3</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写备注。</translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation>请先选择一个事件单。</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Sentiment before T0:</source>
        <translation>T0 前舆情窗口:</translation>
    </message>
    <message>
        <source>after closing:</source>
        <translation>关闭后:</translation>
    </message>
</context>
<context>
    <name>RoleCoverageModel</name>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>none: %1 steps in</source>
        <translation>无，由 %1 接手</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主责</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>候补</translation>
    </message>
</context>
<context>
    <name>RoleHistoryModel</name>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>注入数</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ScoreClocksModel</name>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SendBriefingDialog</name>
    <message>
        <source>Send internal briefing</source>
        <translation>发送内部通报</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Send to the whole team</source>
        <translation>发送给全体成员</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open or create a CrisisDesk database</source>
        <translation>打开或创建 CrisisDesk 数据库</translation>
    </message>
    <message>
        <source>CrisisDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>CrisisDesk 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>时间显示</translation>
    </message>
</context>
<context>
    <name>StartDrillDialog</name>
    <message>
        <source>Start drill</source>
        <translation>开始演练</translation>
    </message>
    <message>
        <source>60×: one real minute is one drill hour; the first 24 hours play in 24 minutes</source>
        <translation>60 倍速：现实 1 分钟等于演练 1 小时，前 24 小时在 24 分钟内演完</translation>
    </message>
    <message>
        <source>Clock speed</source>
        <translation>时钟速度</translation>
    </message>
    <message>
        <source>Injects in</source>
        <translation>注入语言</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Import scenario…</source>
        <translation>导入情景…</translation>
    </message>
    <message>
        <source>Import scenario</source>
        <translation>导入情景</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>情景文件 (*.json)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Choose a scenario.</source>
        <translation>请选择一个情景。</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Draft a new statement from the chosen template, or a blank one</source>
        <translation>根据所选模板起草新声明，或新建空白声明</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>e.g. All customers</source>
        <translation>例如：全体客户</translation>
    </message>
    <message>
        <source>e.g. Customer care team</source>
        <translation>例如：客户服务团队</translation>
    </message>
    <message>
        <source>How readers answer, e.g. support@… or the hotline</source>
        <translation>读者如何回复，例如 support@… 或热线电话</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Checks (five Cs)</source>
        <translation>检查（5C 原则）</translation>
    </message>
    <message>
        <source>Blank statement</source>
        <translation>空白声明</translation>
    </message>
    <message>
        <source>New statement: not saved yet.</source>
        <translation>新声明：尚未保存。</translation>
    </message>
    <message>
        <source>#%1 · %2 · revision %3 of %4, %5 by %6</source>
        <translation>#%1 · %2 · 第 %3 版（共 %4 版），%6 于 %5</translation>
    </message>
    <message>
        <source>Published %1 to %2</source>
        <translation>已于 %1 向 %2 发布</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <source>overrode %n finding(s): %1</source>
        <translation>
            <numerusform>忽略了 %n 项检查发现：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>已批准：%1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Still to approve: %1</source>
        <translation>尚待批准：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
    <message>
        <source>%1 characters (no limit on this channel)</source>
        <translation>%1 个字符（此渠道无长度限制）</translation>
    </message>
    <message>
        <source>Save as new revision</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Saving makes the approvals given so far lapse: the new revision needs approval again.</source>
        <translation>保存后，已有的批准将失效：新版本需要重新批准。</translation>
    </message>
    <message>
        <source>Published: the text is final. A correction is a new statement.</source>
        <translation>已发布：正文已定稿。如需更正，请另发新声明。</translation>
    </message>
    <message>
        <source>No findings: the text passes every check.</source>
        <translation>未发现问题：正文通过了所有检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to fix, or to override with a reason when approving.</source>
        <translation>
            <numerusform>有 %n 项检查发现：请修改，或在批准时填写理由予以忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds none of the approver roles this statement still needs. Choose who you are in Settings.</source>
        <translation>%1 不担任本声明仍需的任何审批角色。请在设置中选择您的身份。</translation>
    </message>
</context>
<context>
    <name>StatementListModel</name>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · 第 %3 版</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Facts…</source>
        <translation>事实…</translation>
    </message>
    <message>
        <source>Cause verified and customers affected: what statements are checked against</source>
        <translation>原因是否已核实、受影响客户数：声明检查的依据</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Unsaved statement</source>
        <translation>声明未保存</translation>
    </message>
    <message>
        <source>The statement has changes that are not saved. Save them?</source>
        <translation>声明有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>%L1 customers affected</source>
        <translation>受影响客户 %L1 名</translation>
    </message>
    <message>
        <source>customers affected not known yet</source>
        <translation>受影响客户数尚未确定</translation>
    </message>
    <message>
        <source>Record: %1 · %2</source>
        <translation>事件记录：%1 · %2</translation>
    </message>
    <message>
        <source>cause verified</source>
        <translation>原因已核实</translation>
    </message>
    <message>
        <source>cause not verified: apologies are flagged</source>
        <translation>原因尚未核实：道歉用语会被提示</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>(unassigned)</source>
        <translation>(未分配)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件单</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>负责角色</translation>
    </message>
    <message>
        <source>Due after T0</source>
        <translation>T0 后到期</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主责</translation>
    </message>
    <message>
        <source>Primary or backup</source>
        <translation>主责/候补</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>移除团队成员</translation>
    </message>
    <message>
        <source>Remove %1 from the team? Tasks already assigned keep the name.</source>
        <translation>将 %1 移出团队?已分配的任务保留该姓名。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Who covers each role</source>
        <translation>各角色由谁负责</translation>
    </message>
    <message>
        <source>At incident open a role&apos;s tasks go to its primary, or to its first backup when it has none. Hand a role over during an incident from the Incident menu.</source>
        <translation>开立事件单时，角色的任务分配给主责人；没有主责人时分配给第一位候补。事件处理期间可在“事件单”菜单中交接角色。</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported v%1</source>
        <translation>已导入 v%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Crisis type</source>
        <translation>危机类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>复审到期</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>All crisis types</source>
        <translation>全部危机类型</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>Import kit…</source>
        <translation>导入模板包…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Writes the kit in effect, or only the crisis type chosen in the filter</source>
        <translation>导出当前生效的模板包；若筛选了危机类型，则只导出该类型</translation>
    </message>
    <message>
        <source>Drop template kit .json files here to import them (docs/templates.md).</source>
        <translation>将模板包 .json 文件拖放到此处即可导入（见 docs/templates.md）。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件单</translation>
    </message>
    <message>
        <source>Preview for an incident (values typed here override the incident&apos;s and the organisation&apos;s; nothing is stored)</source>
        <translation>按事件单预览（此处填写的值优先于事件单和组织资料中的值；不会保存）</translation>
    </message>
    <message>
        <source>No template selected</source>
        <translation>未选择模板</translation>
    </message>
    <message>
        <source>shipped kit</source>
        <translation>内置模板包</translation>
    </message>
    <message>
        <source>imported, version %1</source>
        <translation>已导入，版本 %1</translation>
    </message>
    <message>
        <source>review every %1</source>
        <translation>复审周期 %1</translation>
    </message>
    <message>
        <source>Open an incident to preview this template for it.</source>
        <translation>请先开立事件单，才能按事件单预览此模板。</translation>
    </message>
    <message>
        <source>type a value</source>
        <translation>请填写</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>%1 characters (no limit for this channel)</source>
        <translation>%1 字（该渠道不限长度）</translation>
    </message>
    <message numerus="yes">
        <source>Not rendered: %n problem(s)</source>
        <translation>
            <numerusform>未生成：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>未导入任何内容：%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Import template kits</source>
        <translation>导入模板包</translation>
    </message>
    <message>
        <source>Template kits (*.json);;All files (*)</source>
        <translation>模板包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export template kit</source>
        <translation>导出模板包</translation>
    </message>
    <message>
        <source>Template kits (*.json)</source>
        <translation>模板包 (*.json)</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>template id, e.g. cyber-breach.social-post.holding.en</source>
        <translation>模板标识，例如 cyber-breach.social-post.holding.en</translation>
    </message>
    <message>
        <source>No template &quot;%1&quot; in the kit in effect: import it on the Templates page first.</source>
        <translation>当前生效的模板包中没有模板“%1”：请先在“模板”页导入。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Opened “%1” with playbook %2, severity %3, %4 task(s)</source>
        <translation>已创建“%1”,预案 %2,严重级别 %3,%4 项任务</translation>
    </message>
    <message>
        <source>Ticked %1</source>
        <translation>已勾选 %1</translation>
    </message>
    <message>
        <source>Unticked %1</source>
        <translation>已取消勾选 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>forced: %1</source>
        <translation>强制:%1</translation>
    </message>
    <message>
        <source>Clock %1 met</source>
        <translation>时钟 %1 已完成</translation>
    </message>
    <message>
        <source>Start event %1 at %2</source>
        <translation>起始事件 %1 于 %2</translation>
    </message>
    <message>
        <source>Task %1 done</source>
        <translation>任务 %1 已完成</translation>
    </message>
    <message>
        <source>Task %1 reopened</source>
        <translation>任务 %1 已重新打开</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Alert: %1 is %2 (due %3)</source>
        <translation>警报:%1 %2(截止 %3)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件单</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Imported %1 mention(s) from %2 (%3 duplicate(s))</source>
        <translation>从 %2 导入 %1 条舆情(重复 %3 条)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Sentiment dip from %1: %2% negative (baseline %3%)</source>
        <translation>%1 起情感转负:负面 %2%(基线 %3%)</translation>
    </message>
    <message>
        <source>Message spike (%1) from %2: %3 mentions, baseline %4 per bucket</source>
        <translation>%2 起消息激增(%1):%3 条,基线每时段 %4 条</translation>
    </message>
    <message>
        <source>Inbox item %1 assigned to %2</source>
        <translation>收件箱条目 %1 已分派给 %2</translation>
    </message>
    <message>
        <source>Replied to inbox item %1: %2</source>
        <translation>已回复收件箱条目 %1:%2</translation>
    </message>
    <message>
        <source>Inbox item %1 closed: %2</source>
        <translation>收件箱条目 %1 已关闭:%2</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Drill started: scenario %1 v%2 at %3×</source>
        <translation>演练开始：情景 %1 v%2，%3 倍速</translation>
    </message>
    <message>
        <source>Drill clock paused</source>
        <translation>演练时钟已暂停</translation>
    </message>
    <message>
        <source>Drill clock resumed</source>
        <translation>演练时钟已继续</translation>
    </message>
    <message>
        <source>Drill clock speed %1× → %2×</source>
        <translation>演练时钟速度 %1 倍 → %2 倍</translation>
    </message>
    <message>
        <source>Drill clock jumped ahead to the next inject</source>
        <translation>演练时钟已跳至下一条注入</translation>
    </message>
    <message>
        <source>Drill ended</source>
        <translation>演练结束</translation>
    </message>
    <message>
        <source>Trainer fired inject %1</source>
        <translation>导调员发送了注入 %1</translation>
    </message>
    <message>
        <source>Trainer skipped inject %1</source>
        <translation>导调员跳过了注入 %1</translation>
    </message>
    <message>
        <source>Inject (%1) from %2 to %3: %4</source>
        <translation>注入（%1）：%2 → %3：%4</translation>
    </message>
    <message>
        <source>Evaluator&apos;s observation noted</source>
        <translation>已记录评估员观察</translation>
    </message>
    <message>
        <source>Objective %1 rated %2</source>
        <translation>目标 %1 评级为 %2</translation>
    </message>
    <message>
        <source>Hot-wash point noted</source>
        <translation>已记录即时复盘要点</translation>
    </message>
    <message>
        <source>Statement #%1 drafted for %2: %3</source>
        <translation>已为%2起草声明 #%1：%3</translation>
    </message>
    <message>
        <source>Statement #%1 revised: revision %2 (earlier approvals lapse)</source>
        <translation>声明 #%1 已修订为第 %2 版（此前的批准失效）</translation>
    </message>
    <message>
        <source>Statement #%1 submitted for review (revision %2)</source>
        <translation>声明 #%1 已提交审核（第 %2 版）</translation>
    </message>
    <message>
        <source>Statement #%1 approved as %2 (revision %3)</source>
        <translation>声明 #%1 已由%2批准（第 %3 版）</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) overridden: %1</source>
        <translation>
            <numerusform>忽略 %n 项检查发现：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement #%1 published (%2) on %3 to %4%5</source>
        <translation>声明 #%1 已通过%3向 %4 发布（%2）%5</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>cause verified</source>
        <translation>原因已核实</translation>
    </message>
    <message>
        <source>cause not verified</source>
        <translation>原因未核实</translation>
    </message>
    <message>
        <source>%1 customers affected</source>
        <translation>受影响客户 %1 名</translation>
    </message>
    <message>
        <source>Incident facts: %1</source>
        <translation>事件事实：%1</translation>
    </message>
    <message numerus="yes">
        <source>Non-crisis marketing paused: %n item(s)</source>
        <translation>
            <numerusform>已暂停非危机营销：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marketing resumed: %n item(s)</source>
        <translation>
            <numerusform>已恢复营销：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Internal briefing #%1 sent to %n member(s): %2</source>
        <translation>
            <numerusform>内部通报 #%1 已发送给 %n 名成员：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 acknowledged briefing #%2</source>
        <translation>%1 已确认收到内部通报 #%2</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>This incident</source>
        <translation>本事件单</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>全部事件单</translation>
    </message>
    <message>
        <source>Search the timeline (Ctrl+F)</source>
        <translation>搜索时间线(Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>全部操作人</translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <source>Trainer console</source>
        <translation>导调台</translation>
    </message>
    <message>
        <source>The drill incident this console runs</source>
        <translation>本导调台运行的演练事件单</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Objectives and ratings</source>
        <translation>目标与评级</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Hot wash</source>
        <translation>即时复盘</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Drill clock speed: 1× is real time, 60× plays an hour in a minute</source>
        <translation>演练时钟速度：1 倍为实时，60 倍时 1 分钟演完 1 小时</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>演练(&amp;D)</translation>
    </message>
    <message>
        <source>End drill</source>
        <translation>结束演练</translation>
    </message>
    <message>
        <source>End the drill now? Its clock stops for good and the drill incident is closed; notes, ratings and the report stay available.</source>
        <translation>现在结束演练吗？演练时钟将永久停止，演练事件单将关闭；记录、评级和报告仍可使用。</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Highlighted: the next inject to fire by itself. Double-click fires an inject now.</source>
        <translation>高亮行：下一条将自动发送的注入。双击可立即发送注入。</translation>
    </message>
    <message>
        <source>Inject queue</source>
        <translation>注入队列</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>预期行动</translation>
    </message>
    <message>
        <source>Clocks met or missed</source>
        <translation>时钟达成情况</translation>
    </message>
    <message>
        <source>Why this rating (what you saw)</source>
        <translation>评级理由（您观察到的情况）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>What you observed, as it happened</source>
        <translation>您观察到的情况，随时记录</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参演者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What went well, what to improve: the team&apos;s own view after the drill</source>
        <translation>哪些做得好、哪些需改进：演练后团队自己的看法</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>添加要点</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>%1 (scenario %2 v%3)</source>
        <translation>%1（情景 %2 v%3）</translation>
    </message>
    <message>
        <source>Expected actions: %1 on time · %2 late · %3 missed · %4 pending</source>
        <translation>预期行动：按时 %1 · 超时 %2 · 未完成 %3 · 进行中 %4</translation>
    </message>
    <message>
        <source>No drill selected — start one from the main window (Drill ▸ Start drill…)</source>
        <translation>未选择演练——请在主窗口中开始演练（演练 ▸ 开始演练…）</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Drill time %1 · %2× · %3</source>
        <translation>演练时间 %1 · %2 倍速 · %3</translation>
    </message>
    <message>
        <source>next inject at %1</source>
        <translation>下一条注入 %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>No drill selected.</source>
        <translation>未选择演练。</translation>
    </message>
    <message>
        <source>Select an inject in the queue first.</source>
        <translation>请先在注入队列中选择一条注入。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export after-action report</source>
        <translation>导出演练评估报告</translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <source>Compare version</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>与版本</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Crisis manager</source>
        <translation>危机经理</translation>
    </message>
    <message>
        <source>Communications / PR</source>
        <translation>传播 / 公关</translation>
    </message>
    <message>
        <source>IT / security</source>
        <translation>IT / 安全</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>哪些做得好</translation>
    </message>
    <message>
        <source>Main challenges and how to meet them next time</source>
        <translation>主要挑战及下次如何应对</translation>
    </message>
    <message>
        <source>Was the team trained and supported enough</source>
        <translation>团队是否得到充分培训和支持</translation>
    </message>
    <message>
        <source>Which channels and formats worked best</source>
        <translation>哪些渠道和形式效果最好</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>social post</source>
        <translation>社交媒体帖子</translation>
    </message>
    <message>
        <source>news</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部消息</translation>
    </message>
    <message>
        <source>to come</source>
        <comment>inject status</comment>
        <translation>待发送</translation>
    </message>
    <message>
        <source>fired</source>
        <comment>inject status</comment>
        <translation>已发送</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>inject status</comment>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>expected action</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>expected action</comment>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>late</source>
        <comment>expected action</comment>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>expected action</comment>
        <translation>未完成</translation>
    </message>
    <message>
        <source>not delivered</source>
        <comment>expected action</comment>
        <translation>未送达</translation>
    </message>
    <message>
        <source>P — performed without challenges</source>
        <translation>P — 顺利完成</translation>
    </message>
    <message>
        <source>S — performed with some challenges</source>
        <translation>S — 完成，存在一些困难</translation>
    </message>
    <message>
        <source>M — performed with major challenges</source>
        <translation>M — 完成，存在重大困难</translation>
    </message>
    <message>
        <source>U — unable to be performed</source>
        <translation>U — 未能完成</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Comprehension</source>
        <translation>理解</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>清晰</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>可信</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>应变</translation>
    </message>
</context>
<context>
    <name>template_labels</name>
    <message>
        <source>Cyber breach</source>
        <translation>网络安全事件</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>公共卫生</translation>
    </message>
    <message>
        <source>Natural disaster</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>财务危机</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Improper remarks</source>
        <translation>不当言论</translation>
    </message>
    <message>
        <source>Misinformation</source>
        <translation>不实信息</translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <source>Regulation change</source>
        <translation>法规变化</translation>
    </message>
    <message>
        <source>Social post</source>
        <translation>社交媒体帖子</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>客户邮件</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>Internal briefing</source>
        <translation>内部通报</translation>
    </message>
    <message>
        <source>Canned FAQ reply</source>
        <translation>常见问题回复</translation>
    </message>
    <message>
        <source>Chatbot auto-reply</source>
        <translation>机器人自动回复</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>客服联系方式</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>事件单标题</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>受影响客户数</translation>
    </message>
    <message>
        <source>Affected data</source>
        <translation>受影响数据</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>下次更新时间</translation>
    </message>
</context>
</TS>
