<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>IncidentListModel</name>
    <message>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Playbook %1, detected %2</source>
        <translation>预案 %1,发现于 %2</translation>
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
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>事件单(&amp;I)</translation>
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
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show times in &amp;UTC</source>
        <translation>以 UTC 显示时间(&amp;U)</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>未选择事件单</translation>
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CrisisDesk</source>
        <translation>CrisisDesk 危机指挥台</translation>
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
</context>
</TS>
