<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlarmPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="158" />
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="159" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="160" />
        <source>— what was found —</source>
        <translation>— 现场确认结果 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="161" />
        <source>— cause of a false alarm —</source>
        <translation>— 误报原因 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="214" />
        <source>{count}+ events, scroll for more</source>
        <translation>{count}+ 条事件，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="215" />
        <source>1 event</source>
        <translation>1 条事件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="215" />
        <source>{count} events</source>
        <translation>{count} 条事件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="225" />
        <source>{count} fire alarm(s) NOT CONFIRMED in time</source>
        <translation>{count} 起火警未按时确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="227" />
        <source>{count} real fire(s) open</source>
        <translation>{count} 起真实火警未关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="228" />
        <source>{count} open event(s)</source>
        <translation>{count} 条事件未关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="230" />
        <source>{count} fire alarm(s) being confirmed</source>
        <translation>{count} 起火警正在确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="231" />
        <source>{count} open fault(s)</source>
        <translation>{count} 条故障未修复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="233" />
        <source>{count} fault(s) open over 24 h</source>
        <translation>{count} 条故障超过 24 小时未修复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="264" />
        <source>Not in the device list.</source>
        <translation>不在设备清单中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="272" />
        <source>{count} false alarms in 12 months: have it checked.</source>
        <translation>12 个月内误报 {count} 次：请安排检修。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="286" />
        <source>Logged {number}: {kind}.</source>
        <translation>已登记 {number}：{kind}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="356" />
        <source>Amend (&amp;note)</source>
        <translation>补充备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="356" />
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="358" />
        <source>Pick an event in the list to dispatch, record, close or amend it.</source>
        <translation>在列表中选择一条事件，进行派人、记录、关闭或补充。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="372" />
        <source>This device had {count} false alarms in 12 months.</source>
        <translation>该设备 12 个月内误报 {count} 次。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="375" />
        <source>Guard {guard} sent at {time}</source>
        <translation>{time} 派 {guard} 前往现场</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="378" />
        <source>Found: {result} at {time} ({who})</source>
        <translation>现场确认：{result}，{time}（{who}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="382" />
        <source>119 called at {time}</source>
        <translation>{time} 已拨打119</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="384" />
        <source>Linkage confirmed automatic at {time}</source>
        <translation>{time} 确认联动控制器处于自动状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="386" />
        <source>Plan started at {time}</source>
        <translation>{time} 启动应急预案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="388" />
        <source>{name} notified at {time}</source>
        <translation>{time} 已通知 {name}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="391" />
        <source>Reset at {time}</source>
        <translation>{time} 复位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="393" />
        <source>Closed at {time} by {who}</source>
        <translation>{who} 于 {time} 关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="395" />
        <source>Still to do before closing:</source>
        <translation>关闭前尚需完成：</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="429" />
        <source>Guard dispatched: the countdown runs until the result.</source>
        <translation>已派人前往现场：倒计时至反馈确认结果为止。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="441" />
        <source>REAL FIRE: call 119, confirm linkage in automatic, start the plan, notify the person responsible.</source>
        <translation>真实火警：拨打119，确认联动控制器处于自动状态，启动应急预案，通知消防安全责任人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="446" />
        <source>Recorded; fault record {number} written.</source>
        <translation>已记录；已生成故障维修记录 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="455" />
        <source>{number}: what was said to 119.</source>
        <translation>{number}：向119报警的内容。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="462" />
        <source>119 call recorded.</source>
        <translation>已记录119报警。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="471" />
        <source>{number}: what was typed wrong, and why it changes.</source>
        <translation>{number}：哪项录入有误，为何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="478" />
        <source>Changed; the reason is noted on the event.</source>
        <translation>已更改；原因已记入该事件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="489" />
        <source>Event closed.</source>
        <translation>事件已关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="494" />
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/alarm_page.py" line="507" />
        <source>Event report</source>
        <translation>事件报告</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Alarm log</source>
        <translation>报警记录</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>New event</source>
        <translation>新事件</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>R&amp;eceived</source>
        <translation>接报时间(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Why the time was changed</source>
        <translation>修改时间的原因</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Sou&amp;rce</source>
        <translation>来源(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Zone</source>
        <translation>报警区域</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>&amp;What happened</source>
        <translation>情况描述(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>&amp;Log event</source>
        <translation>登记事件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Selected event</source>
        <translation>所选事件</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Guard sent</source>
        <translation>派出人员</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>D&amp;ispatch</source>
        <translation>派人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Found on site</source>
        <translation>现场确认</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Res&amp;ult</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Real fire</source>
        <translation>真实火警</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>&amp;Mark 119 called…</source>
        <translation>记录已拨打119(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Lin&amp;kage in automatic</source>
        <translation>联动控制器处于自动(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Fire &amp;plan started</source>
        <translation>已启动应急预案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Person responsible</source>
        <translation>消防安全责任人</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Responsi&amp;ble notified</source>
        <translation>已通知责任人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>How it was handled</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Rese&amp;t</source>
        <translation>复位(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>&amp;Close event</source>
        <translation>关闭事件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Print rep&amp;ort</source>
        <translation>打印报告(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/alarm_page.ui" line="4" />
        <source>Chan&amp;ge…</source>
        <translation>更改(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/audit_history.py" line="31" />
        <source>History of {kind} #{record}</source>
        <translation>{kind} #{record} 的修改记录</translation>
    </message>
</context>
<context>
    <name>AuditHistoryForm</name>
    <message>
        <location filename="../../forms/audit_history_form.ui" line="6" />
        <source>Record history</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="33" />
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="34" />
        <source>Residents</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="35" />
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="36" />
        <source>Guests</source>
        <translation>访客出入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="37" />
        <source>Requests</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="38" />
        <source>Calls</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="39" />
        <source>Move-out passes</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="40" />
        <source>Control-room events</source>
        <translation>监控中心事件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="41" />
        <source>Access cards</source>
        <translation>业户卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="42" />
        <source>Staff</source>
        <translation>员工管理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="43" />
        <source>Audit entries</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="111" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="111" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="111" />
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="111" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="144" />
        <source>good</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="167" />
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="179" />
        <source>Choose the folder of pg_dump and pg_restore</source>
        <translation>选择 pg_dump 和 pg_restore 所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="194" />
        <source>The station's settings could not be saved: {reason}</source>
        <translation>本工作站设置无法保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="241" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="249" />
        <source>Checking the backup…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="255" />
        <source>Restore the backup taken {time}?

{counts}

Everything entered since then is replaced (a safety copy of the database as it is now is kept in the backup folder). Every other station must have closed deskapp. deskapp closes after the restore; start it again.</source>
        <translation>恢复 {time} 的备份？

{counts}

此后录入的所有内容将被替换（当前数据库的安全副本保存在备份文件夹中）。其他所有工作站须先关闭 deskapp。恢复后 deskapp 将关闭，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="259" />
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="278" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="262" />
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="274" />
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/backup.py" line="279" />
        <source>The database was restored. deskapp closes now; start it again.

The database as it was before: {path}</source>
        <translation>数据库已恢复。deskapp 现在关闭，请重新启动。

恢复前的数据库：{path}</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <location filename="../../forms/backup_form.ui" line="6" />
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../forms/backup_form.ui" line="24" />
        <source>Backup &amp;folder</source>
        <translation>备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/backup_form.ui" line="41" />
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../forms/backup_form.ui" line="48" />
        <source>&amp;PostgreSQL tools</source>
        <translation>PostgreSQL 工具(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/backup_form.ui" line="61" />
        <source>the folder of pg_dump and pg_restore (empty: found on PATH)</source>
        <translation>pg_dump 和 pg_restore 所在文件夹（留空：在 PATH 中查找）</translation>
    </message>
    <message>
        <location filename="../../forms/backup_form.ui" line="68" />
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../forms/backup_form.ui" line="77" />
        <source>A second disk or a network share keeps the backups when this PC's disk fails. 14 daily, 8 weekly and 12 monthly backups are kept.</source>
        <translation>备份放在另一块硬盘或网络共享上，本机硬盘损坏时备份仍在。保留 14 份每日、8 份每周和 12 份每月备份。</translation>
    </message>
    <message>
        <location filename="../../forms/backup_form.ui" line="102" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/backup_form.ui" line="109" />
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="55" />
        <source>Open control-room events</source>
        <translation>消控中心未关闭事件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="56" />
        <source>Open faults</source>
        <translation>未修复故障</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="57" />
        <source>Requests past the response target</source>
        <translation>超过响应时限的报事</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="58" />
        <source>Today's requests taken up in time</source>
        <translation>今日报事按时响应率</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="59" />
        <source>Callbacks overdue</source>
        <translation>回访已逾期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="60" />
        <source>Callbacks due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="61" />
        <source>Passes out today, not yet collected</source>
        <translation>今日有效、尚未放行的放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="62" />
        <source>Red copies not returned</source>
        <translation>红联未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="63" />
        <source>Guests on site</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="66" />
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="67" />
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="68" />
        <source>Requests registered</source>
        <translation>登记报事</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="69" />
        <source>Requests completed</source>
        <translation>完成报事</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="70" />
        <source>Passes issued</source>
        <translation>开具放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="71" />
        <source>Passes collected</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="72" />
        <source>Card applications</source>
        <translation>办卡申请</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="73" />
        <source>Cards handed over</source>
        <translation>发卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="74" />
        <source>Control-room events</source>
        <translation>消控中心事件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="210" />
        <source>{day} · {weekday}</source>
        <translation>{day} · {weekday}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="212" />
        <source>Updated {time}</source>
        <translation>{time} 更新</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="214" />
        <source>{count} fire alarm(s) being confirmed</source>
        <translation>{count} 起火警正在确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="217" />
        <source>REAL FIRE</source>
        <translation>真实火警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="222" />
        <source>{count} open over 24 hours</source>
        <translation>{count} 项超过 24 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="225" />
        <source>Target: taken up within 5 minutes</source>
        <translation>时限：5 分钟内响应</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="230" />
        <source>{met} of {count} in time</source>
        <translation>{count} 单中 {met} 单按时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="231" />
        <source>No request has reached its target time yet</source>
        <translation>今日尚无报事到达响应时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="234" />
        <source>within 24 hours of completion</source>
        <translation>完成后 24 小时内回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="242" />
        <source>{count} fire alarm(s)</source>
        <translation>其中火警 {count} 起</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/board.py" line="253" />
        <source>(made by station {station})</source>
        <translation>（由工作站 {station} 备份）</translation>
    </message>
    <message>
        <location filename="../../forms/board_page.ui" line="5" />
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../forms/board_page.ui" line="27" />
        <source>R&amp;efresh</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/board_page.ui" line="28" />
        <source>Read the figures again (F5). They also follow every change, here and at other stations.</source>
        <translation>重新读取数字（F5）。本站和其他工作站的每次更改也会自动刷新。</translation>
    </message>
    <message>
        <location filename="../../forms/board_page.ui" line="41" />
        <source>Open and late</source>
        <translation>待处理与逾期</translation>
    </message>
    <message>
        <location filename="../../forms/board_page.ui" line="65" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../forms/board_page.ui" line="47" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../forms/board_page.ui" line="57" />
        <source>Backup and &amp;restore…</source>
        <translation>备份与恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../forms/call_page.ui" line="6" />
        <source>Calls</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="24" />
        <source>New incoming call (F2)</source>
        <translation>新来电（F2）</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="62" />
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="68" />
        <source>Caller's &amp;number</source>
        <translation>来电号码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="88" />
        <source>&amp;Matches</source>
        <translation>匹配住户(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="101" />
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="121" />
        <source>Caller's nam&amp;e</source>
        <translation>来电人(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="184" />
        <source>&amp;Important details repeated back and confirmed</source>
        <translation>重要信息已复述确认(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="330" />
        <source>Save call (Ctrl+S)</source>
        <translation>保存来电（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="138" />
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="151" />
        <source>C&amp;ontent</source>
        <translation>内容(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="191" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="203" />
        <source>Ans&amp;wered on the spot</source>
        <translation>当场答复(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="210" />
        <source>Create a &amp;request</source>
        <translation>生成工单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="226" />
        <source>&amp;Department</source>
        <translation>负责部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="249" />
        <source>Ur&amp;gent</source>
        <translation>紧急(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="281" />
        <source>Latest visits, calls and requests of this unit</source>
        <translation>本户最近的来访、来电和工单</translation>
    </message>
    <message>
        <location filename="../../forms/call_page.ui" line="349" />
        <source>Today's calls</source>
        <translation>今日电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="57" />
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="58" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="100" />
        <source>Calls of {day}</source>
        <translation>{day} 的来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="119" />
        <source>Call started at {time}</source>
        <translation>来电开始于 {time}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="153" />
        <source>Not in the directory</source>
        <translation>不在住户档案中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="203" />
        <source>Saved the call{request}.</source>
        <translation>来电已保存{request}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="204" />
        <source>, request {number}</source>
        <translation>，工单 {number}</translation>
    </message>
</context>
<context>
    <name>CallbacksPage</name>
    <message>
        <location filename="../../forms/callbacks_page.ui" line="6" />
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../forms/callbacks_page.ui" line="12" />
        <source>Completed requests to call back within 24 hours, the earliest due first.</source>
        <translation>已完成、需在 24 小时内回访的工单，最早到期的在前。</translation>
    </message>
    <message>
        <location filename="../../forms/callbacks_page.ui" line="45" />
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../forms/callbacks_page.ui" line="51" />
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/callbacks_page.ui" line="64" />
        <source>Sa&amp;tisfaction</source>
        <translation>满意度(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/callbacks_page.ui" line="77" />
        <source>&amp;Comment</source>
        <translation>意见(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/callbacks_page.ui" line="125" />
        <source>Save call&amp;back</source>
        <translation>保存回访(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/callbacks_page.py" line="25" />
        <source>Reached the owner</source>
        <translation>已联系到业主</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/callbacks_page.py" line="26" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/callbacks_page.py" line="27" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/callbacks_page.py" line="57" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/callbacks_page.py" line="125" />
        <source>{number}: {state}.</source>
        <translation>{number}：{state}。</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/cards.py" line="27" />
        <source>Report card {card_no} ({holder}, {room}) lost? It is deactivated at once and goes on today's list for the door system.</source>
        <translation>挂失卡号 {card_no}（{holder}，{room}）？该卡立即停用，并列入今日门禁授权变更单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/cards.py" line="30" />
        <source>Card {card_no} ({holder}, {room}) was found again? It opens the doors again once the door system has it back (today's list).</source>
        <translation>卡号 {card_no}（{holder}，{room}）已找回？门禁系统重新授权后即可恢复开门（列入今日变更单）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/cards.py" line="33" />
        <source>Replace card {card_no} ({holder}, {room}) with a new card: the old one stays deactivated.</source>
        <translation>为卡号 {card_no}（{holder}，{room}）补办新卡：旧卡保持停用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/cards.py" line="36" />
        <source>Card {card_no} ({holder}, {room}) handed back? It is taken off the doors (today's list).</source>
        <translation>卡号 {card_no}（{holder}，{room}）已交回？该卡将从门禁系统注销（列入今日变更单）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/cards.py" line="41" />
        <source>Report a card lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/cards.py" line="42" />
        <source>A lost card found again</source>
        <translation>解挂</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/cards.py" line="43" />
        <source>Replace a card</source>
        <translation>补卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/cards.py" line="44" />
        <source>A card returned</source>
        <translation>退卡</translation>
    </message>
</context>
<context>
    <name>CardActionForm</name>
    <message>
        <location filename="../../forms/card_action_form.ui" line="6" />
        <source>Access card</source>
        <translation>业户卡</translation>
    </message>
    <message>
        <location filename="../../forms/card_action_form.ui" line="24" />
        <source>&amp;Reported by</source>
        <translation>挂失人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/card_action_form.ui" line="41" />
        <source>Ne&amp;w card number</source>
        <translation>新卡号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/card_action_form.ui" line="58" />
        <source>F&amp;ee (yuan)</source>
        <translation>费用（元）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/card_action_form.ui" line="75" />
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/card_action_form.ui" line="88" />
        <source>Recei&amp;pt or transaction no.</source>
        <translation>收据号或交易流水号(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/card_action_form.ui" line="105" />
        <source>&amp;Note</source>
        <translation>记录(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="147" />
        <source>The day of the door list (today, or a day missed)</source>
        <translation>门禁授权变更单的日期（今天，或补出漏掉的某天）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="189" />
        <source>1 application in hand</source>
        <translation>在办申请 1 件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="190" />
        <source>{count} applications in hand</source>
        <translation>在办申请 {count} 件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="222" />
        <source>Application {number} opened for {room}.</source>
        <translation>已为 {room} 新建办卡申请 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="238" />
        <source>{number} · {room} · {kind} · {applicant} · {state}</source>
        <translation>{number} · {room} · {kind} · {applicant} · {state}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="268" />
        <source>Someone else (name and phone below)</source>
        <translation>其他人（在下方填写姓名和电话）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="302" />
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="303" />
        <source>Card {card_no} handed over; the receipt is back and the applicant signed.</source>
        <translation>卡号 {card_no} 已交付：回执已收回，申请人已签名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="349" />
        <source>{step}: done.</source>
        <translation>{step}：已完成。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="388" />
        <source>Cancel application {number} ({room}, {applicant})? An authorised card is taken off the doors with it.</source>
        <translation>取消办卡申请 {number}（{room}，{applicant}）？已授权的卡将同时从门禁系统注销。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="443" />
        <source>, valid until {day}</source>
        <translation>，有效至 {day}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/card_page.py" line="444" />
        <source>Card {card_no}: {holder}, unit {room} — {kind}, {state}{validity}</source>
        <translation>卡号 {card_no}：{holder}，房号 {room} — {kind}，{state}{validity}</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="6" />
        <source>Access cards</source>
        <translation>业户卡</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="34" />
        <source>Look up a card</source>
        <translation>查询业户卡</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="42" />
        <source>Card num&amp;ber</source>
        <translation>卡号(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="55" />
        <location filename="../../forms/card_page.ui" line="607" />
        <source>0012345678</source>
        <translation>0012345678</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="62" />
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="86" />
        <source>Report lost…</source>
        <translation>挂失…</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="93" />
        <source>Found again…</source>
        <translation>解挂…</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="100" />
        <source>Replace…</source>
        <translation>补卡…</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="107" />
        <source>Returned…</source>
        <translation>退卡…</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="126" />
        <source>Applications in hand</source>
        <translation>在办申请</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="164" />
        <source>&amp;Door list…</source>
        <translation>门禁授权变更单(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="192" />
        <source>New application (the requirements told)</source>
        <translation>新办卡申请（先告知办卡须知）</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="200" />
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="213" />
        <source>3-2-1502</source>
        <translation>3-2-1502</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="220" />
        <source>Card t&amp;ype</source>
        <translation>卡类型(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="233" />
        <source>&amp;Requirements told</source>
        <translation>已告知办卡须知(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="253" />
        <source>O&amp;ver the limit, reason</source>
        <translation>超出每户限额原因(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="284" />
        <source>&amp;Open application</source>
        <translation>新建申请(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="296" />
        <source>Application</source>
        <translation>办卡申请</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="326" />
        <source>Appli&amp;cant</source>
        <translation>申请人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="339" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="356" />
        <source>Phon&amp;e</source>
        <translation>电话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="373" />
        <source>ID &amp;kind</source>
        <translation>证件类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="386" />
        <source>ID nu&amp;mber</source>
        <translation>证件号码(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="407" />
        <source>O&amp;wner</source>
        <translation>业主(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="420" />
        <source>&amp;Given</source>
        <translation>同意方式(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="433" />
        <source>Phon&amp;e called</source>
        <translation>致电号码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="450" />
        <source>Ti&amp;me</source>
        <translation>时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="471" />
        <source>Pic&amp;k-up time</source>
        <translation>约定领卡时间(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="488" />
        <source>F&amp;ee (yuan)</source>
        <translation>费用（元）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="505" />
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="526" />
        <source>Amou&amp;nt (yuan)</source>
        <translation>金额（元）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="543" />
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="556" />
        <source>Recei&amp;pt or transaction no.</source>
        <translation>收据号或交易流水号(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="573" />
        <source>Or e&amp;xempt, because</source>
        <translation>或免费，原因(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="594" />
        <source>Ne&amp;w card number</source>
        <translation>新卡号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="614" />
        <source>Valid unti&amp;l</source>
        <translation>有效至(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="638" />
        <source>Ho&amp;w told</source>
        <translation>通知方式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="651" />
        <source>&amp;Note</source>
        <translation>记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="686" />
        <source>Recei&amp;pt scanned back</source>
        <translation>收回回执（扫码）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="699" />
        <source>K00000018</source>
        <translation>K00000018</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="708" />
        <source>The applicant signs here with the mouse or the pen:</source>
        <translation>请申请人用鼠标或手写笔在此签名：</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="727" />
        <source>C&amp;lear signature</source>
        <translation>清除签名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="764" />
        <source>Print hand-over re&amp;cord…</source>
        <translation>打印领卡签收单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="803" />
        <source>Record s&amp;tep</source>
        <translation>登记本步骤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="810" />
        <source>Print receipt again…</source>
        <translation>补打回执…</translation>
    </message>
    <message>
        <location filename="../../forms/card_page.ui" line="824" />
        <source>Cancel appl&amp;ication…</source>
        <translation>取消申请(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ComplaintCloseForm</name>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="6" />
        <source>Close complaint</source>
        <translation>关闭投诉</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="12" />
        <source>A complaint closes with its classification, where its cause lies, the cause analysis and the accountability note (投诉有问责).</source>
        <translation>投诉结案须填写分类、原因归属、原因分析和问责意见（投诉有问责）。</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="24" />
        <source>&amp;Classification</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="37" />
        <source>Cause &amp;lies with</source>
        <translation>原因归属(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="50" />
        <source>Ca&amp;use analysis</source>
        <translation>原因分析(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="67" />
        <source>&amp;Accountability</source>
        <translation>问责意见(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ControlStatsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/control_stats_page.py" line="72" />
        <source>{rate:.1f} false alarms per 100 detectors per year ({detectors} detectors)</source>
        <translation>误报率：每百只探测器每年 {rate:.1f} 次（共 {detectors} 只探测器）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/control_stats_page.py" line="74" />
        <source>The rate per 100 detectors needs the number of detectors (site settings).</source>
        <translation>计算每百只探测器误报率需要探测器数量（在项目设置中填写）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/control_stats_page.py" line="75" />
        <source>{first} to {last}: {fires} fire alarms, {false} false alarms.</source>
        <translation>{first} 至 {last}：火警 {fires} 起，误报 {false} 起。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/control_stats_page.py" line="78" />
        <source>(no zone)</source>
        <translation>（无报警区域）</translation>
    </message>
    <message>
        <location filename="../../forms/control_stats_page.ui" line="4" />
        <source>False alarms</source>
        <translation>误报统计</translation>
    </message>
    <message>
        <location filename="../../forms/control_stats_page.ui" line="4" />
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/control_stats_page.ui" line="4" />
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/control_stats_page.ui" line="4" />
        <source>&amp;Last 12 months</source>
        <translation>最近 12 个月(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/control_stats_page.ui" line="4" />
        <source>False alarms by zone</source>
        <translation>按报警区域统计误报</translation>
    </message>
    <message>
        <location filename="../../forms/control_stats_page.ui" line="4" />
        <source>False alarms by cause</source>
        <translation>按原因统计误报</translation>
    </message>
    <message>
        <location filename="../../forms/control_stats_page.ui" line="4" />
        <source>Devices with 3 or more false alarms in 12 months</source>
        <translation>12 个月内误报 3 次及以上的设备</translation>
    </message>
</context>
<context>
    <name>CorrectEventForm</name>
    <message>
        <location filename="../../forms/correct_event_form.ui" line="4" />
        <source>Change an open event</source>
        <translation>更改未关闭的事件</translation>
    </message>
    <message>
        <location filename="../../forms/correct_event_form.ui" line="4" />
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/correct_event_form.ui" line="4" />
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/correct_event_form.ui" line="4" />
        <source>F&amp;loor</source>
        <translation>楼层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/correct_event_form.ui" line="4" />
        <source>&amp;Zone</source>
        <translation>报警区域(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../forms/correct_event_form.ui" line="4" />
        <source>&amp;What happened</source>
        <translation>情况描述(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/correct_event_form.ui" line="4" />
        <source>&amp;Reason for the change</source>
        <translation>更改原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <location filename="../../src/deskapp/ui/live.py" line="180" />
        <source>database unreachable since {time} — what you type is kept</source>
        <translation>数据库自 {time} 起无法连接 — 已输入的内容会保留</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/devices_page.py" line="56" />
        <source>1 device</source>
        <translation>1 个设备</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/devices_page.py" line="56" />
        <source>{count} devices</source>
        <translation>{count} 个设备</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/devices_page.py" line="77" />
        <source>Saved: {address}.</source>
        <translation>已保存：{address}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/devices_page.py" line="98" />
        <source>Remove {address} from the list? Events that name it keep it.</source>
        <translation>从清单中移除 {address}？已记录该设备的事件仍保留其地址。</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>Devices</source>
        <translation>设备清单</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>A&amp;ddress on the panel</source>
        <translation>控制器上的设备地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>&amp;Type</source>
        <translation>身份(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>F&amp;loor</source>
        <translation>楼层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>&amp;Zone</source>
        <translation>报警区域(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>&amp;Note</source>
        <translation>记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>Sa&amp;ve device</source>
        <translation>保存设备(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>Ne&amp;w</source>
        <translation>新增(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>&amp;Remove from the list…</source>
        <translation>从清单中移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/devices_page.ui" line="4" />
        <source>Look &amp;up</source>
        <translation>查找(&amp;U)</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="115" />
        <source>{count}+ rows, scroll for more</source>
        <translation>{count}+ 条，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="116" />
        <source>{count} rows</source>
        <translation>{count} 条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="116" />
        <source>1 row</source>
        <translation>1 条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="187" />
        <source>floor {floor}</source>
        <translation>{floor}层</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="246" />
        <source>Void the record of {name}? It stays visible, marked void, with your reason. For a resident who moved away, edit the record and set the move-out date instead.</source>
        <translation>作废 {name} 的登记？记录仍会显示，标为作废并附上原因。住户搬走请改为编辑记录并填写迁出日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="262" />
        <source>Lift this hold or withdraw this note? It stays in the unit's history with your reason.</source>
        <translation>解除此警示或撤回此备注？它会连同原因保留在房屋历史中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="283" />
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="294" />
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="297" />
        <source>Export residents</source>
        <translation>导出住户档案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="295" />
        <source>The file could not be written: {reason}</source>
        <translation>文件无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="298" />
        <source>1 row written to {path}.</source>
        <translation>已写入 1 条到 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="299" />
        <source>{count} rows written to {path}.</source>
        <translation>已写入 {count} 行到 {path}。</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="6" />
        <source>Directory</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="60" />
        <source>New &amp;unit…</source>
        <translation>新增房屋(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="67" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="74" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="87" />
        <source>Choose a unit on the left.</source>
        <translation>请在左侧选择一个房屋。</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="110" />
        <source>Residents of this unit</source>
        <translation>本户住户</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="16" />
        <source>Unit (3-2-1502), name (2+ characters) or phone (whole or last 4 digits)</source>
        <translation>房号（3-2-1502）、姓名（至少2个字）或电话（完整号码或后4位）</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="132" />
        <source>Add &amp;resident…</source>
        <translation>新增住户(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="139" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="146" />
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="162" />
        <source>Notes and holds</source>
        <translation>备注与警示</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="184" />
        <source>Add &amp;note or hold…</source>
        <translation>新增备注/警示(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="191" />
        <source>&amp;Lift / withdraw…</source>
        <translation>解除/撤回(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="205" />
        <source>&amp;Print unit card…</source>
        <translation>打印住户信息卡(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/directory_tab.ui" line="214" />
        <source>Latest visits, calls and requests of this unit</source>
        <translation>本户最近的来访、来电和工单</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <location filename="../../forms/dispatch_form.ui" line="6" />
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../forms/dispatch_form.ui" line="24" />
        <source>Dispatch &amp;to</source>
        <translation>派工给(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/dispatch_form.ui" line="40" />
        <source>A technician or team: pick one with the arrow keys, or type a name.</source>
        <translation>维修人员或班组：用方向键选择，或直接输入姓名。</translation>
    </message>
    <message>
        <location filename="../../forms/dispatch_form.ui" line="47" />
        <source>Promised &amp;by</source>
        <translation>承诺完成(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/dispatch_form.ui" line="90" />
        <source>Both are printed on the work order. Enter saves.</source>
        <translation>两项都会打印在派工单上。按 Enter 保存。</translation>
    </message>
</context>
<context>
    <name>DutyStatus</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="41" />
        <source>No shift is on duty: two operators sign on, each with their own password.</source>
        <translation>当前无人值班：须由两名值班人员各自输入密码接班。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="43" />
        <source>Shift {number} on duty since {start} (until {end}): {names}.</source>
        <translation>第 {number} 班自 {start} 起值班（至 {end}）：{names}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="48" />
        <source>The shift has lasted more than 8 hours: hand over now.</source>
        <translation>本班值班已超过 8 小时：请立即交接班。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="52" />
        <source>Equipment record OVERDUE since {time}: record it now.</source>
        <translation>设备运行记录自 {time} 起已超时：请立即记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="55" />
        <source>Equipment record due at {time}: record it now.</source>
        <translation>设备运行记录应于 {time} 填写：请立即记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="58" />
        <source>Next equipment record at {time}.</source>
        <translation>下次设备运行记录：{time}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="60" />
        <source>Daily check OVERDUE: none in the last 24 hours (no handover without it).</source>
        <translation>日检查已超时：最近 24 小时内未做（未做不能交接班）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="64" />
        <source>Daily check not yet done today.</source>
        <translation>今日尚未进行日检查。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="68" />
        <source>Daily check done at {time}.</source>
        <translation>日检查已于 {time} 完成。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="110" />
        <source>{title} (due)</source>
        <translation>{title}（到期）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/duty_status.py" line="112" />
        <source>{title} (OVERDUE)</source>
        <translation>{title}（已超时）</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="41" />
        <source>(manual allowed)</source>
        <translation>（允许手动）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="45" />
        <source>— mode —</source>
        <translation>— 控制状态 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="50" />
        <source>— state —</source>
        <translation>— 运行状态 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="56" />
        <source>Why (manual where it should be automatic, or in fault)</source>
        <translation>原因（应为自动却处于手动，或处于故障）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="87" />
        <location filename="../../forms/equipment_page.ui" line="4" />
        <source>Equipment record</source>
        <translation>设备运行记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="95" />
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="98" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="138" />
        <source>Today's records: {count}</source>
        <translation>今日记录：{count} 次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="147" />
        <source>Only the operators of the shift on duty record the equipment's state.</source>
        <translation>只有当班值班人员才能记录设备运行状态。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="210" />
        <source>Recorded at {time}.</source>
        <translation>已于 {time} 记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/equipment_page.py" line="212" />
        <source>Marked abnormal on the duty log.</source>
        <translation>已在值班记录表中标记为异常。</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>Equipment record (every 2 hours)</source>
        <translation>设备运行记录（每 2 小时）</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>Fire alarm &amp;controller</source>
        <translation>火灾报警控制器(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>In fault: what the controller shows</source>
        <translation>故障：控制器显示的内容</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>&amp;Linkage controller</source>
        <translation>消防联动控制器(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>In manual: why</source>
        <translation>手动：原因</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>Other fire systems: control and running state; what should be automatic but is manual, or is in fault, is explained.</source>
        <translation>其他消防系统：控制状态和运行状态；应为自动却处于手动，或处于故障的，须说明原因。</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>Fire s&amp;ystems…</source>
        <translation>消防系统(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>Set the e&amp;xpected states</source>
        <translation>设置应处状态(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>Sa&amp;ve record</source>
        <translation>保存记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/equipment_page.ui" line="5" />
        <source>Today's records</source>
        <translation>今日记录</translation>
    </message>
</context>
<context>
    <name>FaultsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="93" />
        <source>{count}+ faults, scroll for more</source>
        <translation>{count}+ 条故障，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="94" />
        <source>1 fault</source>
        <translation>1 条故障</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="94" />
        <source>{count} faults</source>
        <translation>{count} 条故障</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="96" />
        <source>{count} open more than 24 hours</source>
        <translation>{count} 条超过 24 小时未修复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="108" />
        <source>Fault {number} recorded.</source>
        <translation>故障 {number} 已记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="130" />
        <source>Pick a fault to record its report, repair and confirmation.</source>
        <translation>选择一条故障，记录报修、维修和确认情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="134" />
        <source>From event E{number:06d}</source>
        <translation>来自事件 E{number:06d}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="136" />
        <source>System taken out of service</source>
        <translation>系统已停用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="138" />
        <source>Reported for repair {time} to {to}</source>
        <translation>{time} 向 {to} 报修</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="141" />
        <source>Repaired {time} by {who}: {how}</source>
        <translation>{time} 由 {who} 维修：{how}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="144" />
        <source>Confirmed {time} by {who}</source>
        <translation>{time} 由 {who} 确认恢复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="146" />
        <source>Open more than 24 hours.</source>
        <translation>超过 24 小时未修复。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="163" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/faults_page.py" line="188" />
        <source>Fault and repair record</source>
        <translation>故障维修记录</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Faults</source>
        <translation>故障维修</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>New fault</source>
        <translation>新故障</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Faul&amp;t</source>
        <translation>故障情况(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>&amp;Where</source>
        <translation>位置(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Found &amp;by</source>
        <translation>发现人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Handlin&amp;g</source>
        <translation>处理情况(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>System taken &amp;out of service</source>
        <translation>系统已停用(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Record fau&amp;lt</source>
        <translation>记录故障(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Only &amp;unrepaired</source>
        <translation>仅未修复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Last da&amp;y</source>
        <translation>至(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Pr&amp;int the record</source>
        <translation>打印记录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Selected fault</source>
        <translation>所选故障</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Reported to</source>
        <translation>报修对象</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>&amp;Reported for repair</source>
        <translation>已报修(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Repaired by</source>
        <translation>维修人</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>How</source>
        <translation>维修方法</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>Re&amp;paired</source>
        <translation>已修复(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/faults_page.ui" line="4" />
        <source>&amp;Confirm it works again</source>
        <translation>确认恢复正常(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FireCallForm</name>
    <message>
        <location filename="../../forms/fire_call_form.ui" line="4" />
        <source>Call to 119</source>
        <translation>拨打119</translation>
    </message>
    <message>
        <location filename="../../forms/fire_call_form.ui" line="4" />
        <source>&amp;Time called</source>
        <translation>报警时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_call_form.ui" line="4" />
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_call_form.ui" line="4" />
        <source>&amp;Where it started</source>
        <translation>起火部位(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_call_form.ui" line="4" />
        <source>What is &amp;burning</source>
        <translation>燃烧物(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_call_form.ui" line="4" />
        <source>How &amp;large</source>
        <translation>火势大小(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_call_form.ui" line="4" />
        <source>Calle&amp;r's name</source>
        <translation>报警人姓名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_call_form.ui" line="4" />
        <source>Caller's &amp;phone</source>
        <translation>报警人电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>FireSystemsDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/fire_systems.py" line="41" />
        <source>(manual allowed)</source>
        <translation>（允许手动）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/fire_systems.py" line="42" />
        <source>(not in use)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/fire_systems.py" line="66" />
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/fire_systems.py" line="75" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>FireSystemsForm</name>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="4" />
        <source>Fire systems</source>
        <translation>消防系统</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>The fire systems whose control and running state the control room records every 2 hours. A system no longer there is taken out of use; old records keep its name.</source>
        <translation>监控中心每 2 小时记录其控制状态和运行状态的消防系统。已不存在的系统设为停用；以往记录保留其名称。</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>&amp;Systems</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>Should be &amp;automatic</source>
        <translation>应处于自动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>&amp;In use</source>
        <translation>使用中(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>Add the &amp;usual systems</source>
        <translation>添加常用系统(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>A&amp;dd as new</source>
        <translation>新增(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>Sa&amp;ve changes</source>
        <translation>保存修改(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/fire_systems_form.ui" line="5" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>GlobalSearchForm</name>
    <message>
        <location filename="../../forms/global_search_form.ui" line="6" />
        <source>Search everything</source>
        <translation>全局查找</translation>
    </message>
    <message>
        <location filename="../../forms/global_search_form.ui" line="12" />
        <source>&amp;Search for a room, a name, a phone (or its last 4 digits), a plate, or a number</source>
        <translation>查找房号、姓名、电话（或后 4 位）、车牌或编号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/global_search_form.ui" line="22" />
        <source>3-2-1502 · a name · 5678 · P… R… V… K… E… · a plate</source>
        <translation>3-2-1502 · 姓名 · 5678 · P… R… V… K… E… · 车牌</translation>
    </message>
    <message>
        <location filename="../../forms/global_search_form.ui" line="71" />
        <source>Up and Down choose a line, Enter opens it in its tab, Esc closes.</source>
        <translation>上下键选择，回车在所属页面打开，Esc 关闭。</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <location filename="../../forms/guest_page.ui" line="6" />
        <source>Guests</source>
        <translation>访客出入</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="26" />
        <source>Check a guest in</source>
        <translation>访客进入登记</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="32" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="49" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="66" />
        <source>Hos&amp;t unit</source>
        <translation>到访房号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="143" />
        <source>Sta&amp;y</source>
        <translation>预计停留(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="156" />
        <source>ID num&amp;ber</source>
        <translation>证件号码(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="169" />
        <source>optional: the whole resident ID, or the last 4 to 6 characters</source>
        <translation>选填：完整身份证号，或证件号后 4 至 6 位</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="233" />
        <source>Check a &amp;guest out</source>
        <translation>访客离场登记(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="249" />
        <source>Chec&amp;k out</source>
        <translation>离场(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="342" />
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="392" />
        <source>To&amp;day</source>
        <translation>今天(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="86" />
        <source>P&amp;eople</source>
        <translation>人数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="109" />
        <source>Vehicle p&amp;late</source>
        <translation>车牌(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="126" />
        <source>P&amp;urpose</source>
        <translation>事由(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="221" />
        <source>Check &amp;in and print slip</source>
        <translation>登记进入并打印访客单(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="242" />
        <source>Scan or type the slip number</source>
        <translation>扫描或输入访客单号</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="273" />
        <source>On site now (longest first)</source>
        <translation>当前在场（停留最久的在前）</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="298" />
        <source>&amp;Reprint slip…</source>
        <translation>补打访客单(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="305" />
        <source>Print roll &amp;call…</source>
        <translation>打印在场名单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="319" />
        <source>&amp;Watchlist…</source>
        <translation>禁止进入名单(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="362" />
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="382" />
        <source>Slip number, name, phone (or last 4 digits), unit or plate</source>
        <translation>访客单号、姓名、电话（或后4位）、房号或车牌</translation>
    </message>
    <message>
        <location filename="../../forms/guest_page.ui" line="433" />
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="35" />
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="36" />
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="37" />
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="38" />
        <source>8 hours</source>
        <translation>8 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="39" />
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="199" />
        <source>✓ {slip} {name} ({room}) left at {time}, after {hours} h {minutes} min.</source>
        <translation>✓ {slip} {name}（{room}）已于 {time} 离场，停留 {hours} 小时 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="218" />
        <source>On site now (longest first): {groups}, {people}</source>
        <translation>当前在场（停留最久的在前）：{groups}，{people}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="219" />
        <source>1 group</source>
        <translation>1 批</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="219" />
        <source>{count} groups</source>
        <translation>{count} 批</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="220" />
        <source>1 person</source>
        <translation>共 1 人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="220" />
        <source>{count} people</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="232" />
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="233" />
        <source>search “{text}”</source>
        <translation>查找“{text}”</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="241" />
        <source>{count}+ guests, scroll for more</source>
        <translation>{count}+ 位访客，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="242" />
        <source>{count} guests</source>
        <translation>{count} 位访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="242" />
        <source>1 guest</source>
        <translation>1 位访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="286" />
        <source>Void slip {slip} of {name}? It stays in the list, marked void, and can no longer be checked out.</source>
        <translation>作废 {name} 的访客单 {slip}？记录仍在列表中，标为作废，之后不能再离场登记。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="100" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="101" />
        <source>Column in the sheet</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="173" />
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="212" />
        <source>Choose the residents sheet</source>
        <translation>选择住户表格</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="213" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="228" />
        <source>Reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="251" />
        <source>(not in the sheet)</source>
        <translation>（表格中没有）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="281" />
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="288" />
        <source>{rows} rows: {new} new, {update} to update, {same} unchanged, {skip} skipped, {empty} rooms with no resident, {errors} with errors; {units} new units.</source>
        <translation>共 {rows} 行：新增 {new}，更新 {update}，不变 {same}，跳过 {skip}，无住户的房屋 {empty}，有错误 {errors}；新房屋 {units} 套。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="295" />
        <source>Rows with errors are marked red. Correct them in the file and choose it again: nothing is imported while any row has an error.</source>
        <translation>有错误的行以红色标出。请在文件中改正后重新选择：只要有一行出错，就不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="310" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/import_dialog.py" line="317" />
        <source>Imported: {new} new residents, {update} updated, {units} new units.</source>
        <translation>已导入：新增住户 {new}，更新 {update}，新房屋 {units} 个。</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../forms/import_form.ui" line="6" />
        <source>Import residents</source>
        <translation>导入住户档案</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="14" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="28" />
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="35" />
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="51" />
        <source>The row of the sheet that names the columns; the rows under it are imported.</source>
        <translation>表格中写列名的那一行；其下各行将被导入。</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="60" />
        <source>Which column holds what (guessed from the header row; change where it is wrong):</source>
        <translation>各字段对应的列（已按表头自动识别，如有错误请修改）：</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="80" />
        <source>Preview: what the import would do, row by row</source>
        <translation>预览：逐行显示导入后的结果</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="132" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="149" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/import_form.ui" line="159" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ListExportRun</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="99" />
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="111" />
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="168" />
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="181" />
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="106" />
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="106" />
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="106" />
        <source>Exported by</source>
        <translation>导出人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="106" />
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="106" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="107" />
        <source>About this export</source>
        <translation>导出说明</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="108" />
        <source>Exporting {name}…</source>
        <translation>正在导出{name}…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="109" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="143" />
        <source>{done} of {total} rows written…</source>
        <translation>已写入 {done} / {total} 行…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="146" />
        <source>{done} rows written…</source>
        <translation>已写入 {done} 行…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="167" />
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="177" />
        <source>{rows} rows exported to
{path}</source>
        <translation>已导出 {rows} 行到
{path}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="179" />
        <source>More rows than an Excel sheet holds: they continue on {count} sheets.</source>
        <translation>行数超过一个 Excel 工作表的上限，分在 {count} 个工作表中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/export.py" line="184" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../src/deskapp/ui/pages.py" line="224" />
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/pages.py" line="254" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/login.py" line="81" />
        <source>deskapp — log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../forms/login_form.ui" line="6" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../forms/login_form.ui" line="25" />
        <source>Log in with your staff number and password.</source>
        <translation>请输入工号和密码登录。</translation>
    </message>
    <message>
        <location filename="../../forms/login_form.ui" line="40" />
        <source>&amp;Staff number</source>
        <translation>工号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/login_form.ui" line="57" />
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/login_form.ui" line="101" />
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/login_form.ui" line="111" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="223" />
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="229" />
        <location filename="../../src/deskapp/ui/tabs/phone.py" line="73" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="229" />
        <source>Requests</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="237" />
        <source>Residents</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="241" />
        <source>Move-out passes</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="246" />
        <source>Control room</source>
        <translation>监控（消防）中心</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="251" />
        <source>Cards</source>
        <translation>业户卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="255" />
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="261" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="264" />
        <source>Staff</source>
        <translation>员工管理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="275" />
        <source>{staff_no} {name} ({roles}) · station {station} · {database}</source>
        <translation>{staff_no} {name}（{roles}）· 工作站 {station} · {database}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="278" />
        <source>{site} — deskapp</source>
        <translation>{site} — 前台与监控中心系统</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="312" />
        <source>Control room: {events} open event(s), {faults} open fault(s)</source>
        <translation>监控（消防）中心：未关闭事件 {events} 起，未修复故障 {faults} 项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="316" />
        <source>REAL FIRE</source>
        <translation>真实火警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="318" />
        <source>{count} fire alarm(s) being confirmed</source>
        <translation>{count} 起火警正在现场确认</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="333" />
        <source>F2 starts a call at the front desk; your role does not take calls.</source>
        <translation>F2 用于前台接听来电；您的角色不接听来电。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="377" />
        <source>Your role has no page for this record.</source>
        <translation>您的身份没有查看此记录的页面。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="459" />
        <source>Your role has no page for this list.</source>
        <translation>您的角色没有这个列表的页面。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="471" />
        <source>Locked after {minutes} idle minutes. {name}, enter your password, or another staff member logs in.</source>
        <translation>已闲置 {minutes} 分钟，屏幕已锁定。{name}，请输入密码解锁；或由其他员工登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="474" />
        <location filename="../../src/deskapp/ui/main_window.py" line="485" />
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="520" />
        <source>Your password was set by an administrator. Choose your own now.</source>
        <translation>您的密码由管理员设置，请现在设置您自己的密码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="536" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="537" />
        <source>&amp;Verify the record…</source>
        <translation>校验记录(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="540" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="541" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="542" />
        <source>&amp;Station settings…</source>
        <translation>工作站设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="543" />
        <source>S&amp;ite settings…</source>
        <translation>项目设置(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="544" />
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="546" />
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="547" />
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="548" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="549" />
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="550" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="551" />
        <source>&amp;About deskapp</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="558" />
        <source>The new language is used from the next start of deskapp.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="600" />
        <source>Daily backup made.</source>
        <translation>每日备份已完成。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="608" />
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="617" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="618" />
        <source>{status}

Backup folder: {folder}
Settings → Backup and restore… makes one now and sets the folder.</source>
        <translation>{status}

备份文件夹：{folder}
在 设置 → 备份与恢复… 中可立即备份并设置文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="669" />
        <source>About deskapp</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="670" />
        <source>deskapp {version}
Front desk and control room of a residential property-service centre.
Database: {database}</source>
        <translation>deskapp {version}
物业服务中心前台与监控（消防）中心系统。
数据库：{database}</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="127" />
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="128" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <location filename="../../forms/note_form.ui" line="6" />
        <source>Note or hold</source>
        <translation>备注/警示</translation>
    </message>
    <message>
        <location filename="../../forms/note_form.ui" line="21" />
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/note_form.ui" line="34" />
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OutgoingCallDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="154" />
        <source>Appointment (book the visit)</source>
        <translation>预约（约定上门时间）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="155" />
        <source>Follow-up (progress to the owner)</source>
        <translation>跟踪反馈（向业主说明进度）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="158" />
        <source>Reached the owner</source>
        <translation>已联系到业主</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="159" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="160" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
</context>
<context>
    <name>OutgoingCallForm</name>
    <message>
        <location filename="../../forms/outgoing_call_form.ui" line="6" />
        <source>Outgoing call</source>
        <translation>去电</translation>
    </message>
    <message>
        <location filename="../../forms/outgoing_call_form.ui" line="24" />
        <source>&amp;Why</source>
        <translation>目的(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/outgoing_call_form.ui" line="37" />
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/outgoing_call_form.ui" line="50" />
        <source>&amp;Note</source>
        <translation>记录(&amp;N)</translation>
    </message>
</context>
<context>
    <name>OverrideForm</name>
    <message>
        <location filename="../../forms/override_form.ui" line="6" />
        <source>Supervisor override</source>
        <translation>主管放行</translation>
    </message>
    <message>
        <location filename="../../forms/override_form.ui" line="25" />
        <source>Only a supervisor may let this guest in, with their own staff number and password. The override is recorded with the reason.</source>
        <translation>只有主管可以放行此访客，需输入主管本人的工号和密码。放行将连同原因一并记录。</translation>
    </message>
    <message>
        <location filename="../../forms/override_form.ui" line="37" />
        <source>Supervisor's &amp;staff number</source>
        <translation>主管工号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/override_form.ui" line="54" />
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/override_form.ui" line="74" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PassGatePage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="87" />
        <source>Expected today, not yet collected: {count}</source>
        <translation>今日待放行：{count} 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="102" />
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="223" />
        <source>REFUSED</source>
        <translation>拒绝放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="120" />
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Scan a pass</source>
        <translation>请扫描放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="127" />
        <source>Check the load against the items, then release it (Ctrl+Enter) and keep the red copy for the desk.</source>
        <translation>请按物品清单核对货物，核对无误后放行（Ctrl+Enter），收回放行联交回前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="151" />
        <source>Pass {number} · unit {room} · {state}</source>
        <translation>放行条 {number} · {room} · {state}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="153" />
        <source>Valid {window}</source>
        <translation>有效时间 {window}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="154" />
        <source>Applicant {name} ({document} {masked})</source>
        <translation>申请人 {name}（{document} {masked}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="158" />
        <source>Vehicle {plate}</source>
        <translation>车辆 {plate}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="160" />
        <source>Movers: {movers}</source>
        <translation>搬运：{movers}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="162" />
        <source>Remarks: {remarks}</source>
        <translation>备注：{remarks}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="163" />
        <source>Issued by {name} at {time}</source>
        <translation>{name} 于 {time} 开具</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="196" />
        <source>RELEASED</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="196" />
        <source>Pass {number} collected at {time}: keep the red copy for the desk.</source>
        <translation>放行条 {number} 已于 {time} 放行：放行联请交回前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="212" />
        <source>NOT RELEASED</source>
        <translation>不予放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="213" />
        <source>Goods don't match pass {number}: the load stays; a new pass is needed from the desk.</source>
        <translation>货物与放行条 {number} 不符：不予放行，须到前台重新开具。</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Gate check</source>
        <translation>门岗查验</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Pass &amp;number</source>
        <translation>放行条号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Scan the QR code or type the number, then Enter</source>
        <translation>扫描二维码或输入编号后按回车</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Check the load against these items:</source>
        <translation>请按以下物品核对货物：</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>At the gate</source>
        <translation>门岗处理</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Mover's I&amp;D</source>
        <translation>搬运人证件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Optional: stored masked</source>
        <translation>可不填；只保存遮蔽后的号码</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>How the load differs, if it does</source>
        <translation>货物与清单不符时写明差异</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>&amp;Release: the load matches</source>
        <translation>核对无误，放行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>&amp;Goods don't match</source>
        <translation>货物不符(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Expected today</source>
        <translation>今日待放行</translation>
    </message>
</context>
<context>
    <name>PassIssuePage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="62" />
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="134" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="133" />
        <source>Someone else (mover, tenant's agent …)</source>
        <translation>其他人（搬运人员、租户代理人等）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="152" />
        <source>Type a unit to see its residents, warnings and passes.</source>
        <translation>输入房号，查看住户、提醒和放行条。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="156" />
        <source>owners: {names}</source>
        <translation>业主：{names}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="156" />
        <source>none on file</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="235" />
        <source>Pass {number} issued for {room}: print it, the applicant signs the stub and takes the red copy.</source>
        <translation>已为 {room} 开具放行条 {number}：请打印，申请人在存根联签字并领取放行联。</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Issue</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Issue a move-out pass</source>
        <translation>开具大件物品放行条</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>O&amp;wner was told of the arrears hold</source>
        <translation>已告知业主欠费情况(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>A&amp;pplicant</source>
        <translation>申请人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Phon&amp;e</source>
        <translation>电话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>I&amp;D document</source>
        <translation>证件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Number as on the document (stored masked)</source>
        <translation>证件号码（只保存遮蔽后的号码）</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Owner's consent (the applicant is not an owner)</source>
        <translation>业主同意（申请人不是业主）</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>&amp;Owner</source>
        <translation>业主(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Number &amp;called</source>
        <translation>拨打的号码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>&amp;Given at</source>
        <translation>同意时间(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>&amp;Items</source>
        <translation>物品(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>One line each: name, quantity, measure word — 双人床 1 张 / 纸箱 12 箱</source>
        <translation>每行一项：名称 数量 单位，如 双人床 1 张 / 纸箱 12 箱</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Moving da&amp;y</source>
        <translation>搬出日期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>valid for</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Vehicle p&amp;late</source>
        <translation>车牌(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Mo&amp;vers</source>
        <translation>搬运(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Moving company, number of movers</source>
        <translation>搬家公司、搬运人数</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Remar&amp;ks</source>
        <translation>备注(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Issue and prin&amp;t</source>
        <translation>开具并打印(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Clea&amp;r</source>
        <translation>清空(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>This unit's passes</source>
        <translation>本户放行条</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Card handed &amp;back…</source>
        <translation>交回业户卡(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../forms/pass_issue_page.ui" line="4" />
        <source>Record a card of this unit handed back at move-out (退卡)</source>
        <translation>登记本户搬出时交回的业户卡（退卡）</translation>
    </message>
</context>
<context>
    <name>PassListPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="45" />
        <source>All passes</source>
        <translation>全部放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="46" />
        <source>Expected today</source>
        <translation>今日待放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="47" />
        <source>Red copy not back</source>
        <translation>放行联未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="48" />
        <source>Never collected</source>
        <translation>过期未使用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="49" />
        <source>Issued on these days</source>
        <translation>这些天开具的</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="50" />
        <source>Collected on these days</source>
        <translation>这些天放行的</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="143" />
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="145" />
        <source>moving days {first} to {last}</source>
        <translation>搬迁日期 {first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="148" />
        <source>search “{text}”</source>
        <translation>查找“{text}”</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="153" />
        <source>{count}+ passes, scroll for more</source>
        <translation>{count}+ 张，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="154" />
        <source>1 pass</source>
        <translation>1 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="154" />
        <source>{count} passes</source>
        <translation>{count} 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="219" />
        <source>Pick a pass to see its details.</source>
        <translation>选择一张放行条查看详情。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="224" />
        <source>Pass {number} · unit {room} · {state}</source>
        <translation>放行条 {number} · {room} · {state}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="226" />
        <source>Valid {window}</source>
        <translation>有效时间 {window}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="227" />
        <source>Applicant {name} ({document} {masked})</source>
        <translation>申请人 {name}（{document} {masked}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="229" />
        <source>owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="230" />
        <source>Items: {items}</source>
        <translation>物品：{items}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="233" />
        <source>Consent: {owner}, {method}, {time}, taken by {staff}</source>
        <translation>业主同意：{owner}，{method}，{time}，经办 {staff}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="239" />
        <source>Remarks: {remarks}</source>
        <translation>备注：{remarks}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="240" />
        <source>Issued by {name} at {time} ({station})</source>
        <translation>{name} 于 {time} 开具（{station}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="242" />
        <source>reprinted {count}×</source>
        <translation>补打 {count} 次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="244" />
        <source>Refused at {gate} by {name} at {time}</source>
        <translation>{gate} {name} 于 {time} 拒绝放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="245" />
        <source>Collected at {gate} by {name} at {time}</source>
        <translation>{gate} {name} 于 {time} 放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="250" />
        <source>Red copy filed by {name} at {time}</source>
        <translation>{name} 于 {time} 收回放行联归档</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="253" />
        <source>Void since {time}: {reason}</source>
        <translation>{time} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="271" />
        <source>Void pass {number} of {room}? It stays in the list, marked void, and the gate refuses it.</source>
        <translation>作废 {room} 的放行条 {number}？它仍留在列表中并标为作废，门岗将拒绝放行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="292" />
        <source>✓ Red copy of {number} ({room}) filed.</source>
        <translation>✓ 放行条 {number}（{room}）放行联已归档。</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Look &amp;up</source>
        <translation>查找(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Number, unit, applicant, phone, plate</source>
        <translation>编号、房号、申请人、电话、车牌</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Toda&amp;y</source>
        <translation>今天(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Re&amp;print (补打)</source>
        <translation>补打(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Re&amp;conciliation…</source>
        <translation>核对表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Red copy returned by a guard</source>
        <translation>门岗交回的放行联</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Red copy &amp;back</source>
        <translation>放行联交回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Scan its number</source>
        <translation>扫描其编号</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Chec&amp;k in</source>
        <translation>登记归档(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/pass_list_page.ui" line="4" />
        <source>Find and reconcile</source>
        <translation>查询与核对</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <location filename="../../forms/password_form.ui" line="6" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../forms/password_form.ui" line="24" />
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/password_form.ui" line="44" />
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/password_form.ui" line="64" />
        <source>New password &amp;again</source>
        <translation>再次输入新密码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PhoneTab</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/phone.py" line="75" />
        <source> (callbacks {count}: due soon {soon}, overdue {overdue})</source>
        <translation>（回访 {count}：即将到期 {soon}，逾期 {overdue}）</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/print_preview.py" line="153" />
        <source>No printer is installed on this PC. Save the printout as a PDF instead.</source>
        <translation>本机未安装打印机，请改为另存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/print_preview.py" line="158" />
        <source>The printer {name} could not be used. Check that it is on and try again.</source>
        <translation>无法使用打印机 {name}，请检查打印机是否开启后重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/print_preview.py" line="168" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/print_preview.py" line="177" />
        <source>The file could not be saved: {reason}</source>
        <translation>文件无法保存：{reason}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewForm</name>
    <message>
        <location filename="../../forms/print_preview_form.ui" line="6" />
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../forms/print_preview_form.ui" line="24" />
        <source>P&amp;rinter</source>
        <translation>打印机(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/print_preview_form.ui" line="37" />
        <source>Pa&amp;ge</source>
        <translation>纸张(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/print_preview_form.ui" line="57" />
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/print_preview_form.ui" line="67" />
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../forms/print_preview_form.ui" line="74" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <location filename="../../forms/reason_form.ui" line="6" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/reason_form.ui" line="24" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../forms/request_form.ui" line="6" />
        <source>New request</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="14" />
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="34" />
        <source>or public &amp;area</source>
        <translation>或公共区域(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="51" />
        <source>Contact &amp;name</source>
        <translation>联系人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="68" />
        <source>Contact &amp;phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="85" />
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="98" />
        <source>D&amp;escription</source>
        <translation>内容(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="243" />
        <source>Booked &amp;visit</source>
        <translation>预约上门(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="121" />
        <source>&amp;Department</source>
        <translation>负责部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="144" />
        <source>Ur&amp;gent</source>
        <translation>紧急(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="151" />
        <source>Promised &amp;by</source>
        <translation>承诺完成(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="192" />
        <source>Paid &amp;item</source>
        <translation>有偿服务项目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="209" />
        <source>&amp;Fee (yuan)</source>
        <translation>收费（元）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/request_form.ui" line="226" />
        <source>Service pro&amp;mise</source>
        <translation>服务承诺(&amp;M)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../forms/requests_page.ui" line="6" />
        <source>Requests</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="14" />
        <source>Number, unit, phone or a word</source>
        <translation>工单号、房号、电话或关键词</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="24" />
        <source>Show &amp;closed and cancelled</source>
        <translation>显示已关闭和已取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="34" />
        <source>Only the requests of these days (from the board): click to show them all again</source>
        <translation>只显示这些天的报事（来自看板）：点击重新显示全部</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="97" />
        <source>Progress notes</source>
        <translation>跟单记录</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="139" />
        <source>New &amp;request…</source>
        <translation>新建工单(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="146" />
        <source>Call the o&amp;wner…</source>
        <translation>致电业主(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="153" />
        <source>&amp;Dispatch…</source>
        <translation>派工(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="160" />
        <source>S&amp;tart</source>
        <translation>开始处理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="167" />
        <source>Co&amp;mplete…</source>
        <translation>完成(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="174" />
        <source>&amp;Note…</source>
        <translation>记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="181" />
        <source>Re&amp;port to owner…</source>
        <translation>向业主反馈(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="188" />
        <source>Cance&amp;l…</source>
        <translation>取消(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="195" />
        <source>Cl&amp;ose…</source>
        <translation>关闭(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="209" />
        <source>Print wor&amp;k order…</source>
        <translation>打印派工单(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="227" />
        <source>Paid: {item} ¥{fee:.2f} {promise}</source>
        <translation>有偿服务：{item} ¥{fee:.2f} {promise}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="238" />
        <source>A progress report to the owner is due: call, then “Report to owner…”.</source>
        <translation>需要向业主反馈进度：致电后点“向业主反馈…”。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="44" />
        <source>Taking it up</source>
        <translation>受理响应</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="45" />
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="46" />
        <source>The promised time</source>
        <translation>承诺时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="47" />
        <source>The callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="155" />
        <source>Registered {days} ✕</source>
        <translation>{days} 登记 ✕</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="156" />
        <source>Completed {days} ✕</source>
        <translation>{days} 完成 ✕</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="231" />
        <source>Dispatched to {who}</source>
        <translation>派工给 {who}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="232" />
        <source>promised by {time}</source>
        <translation>承诺 {time} 前完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="325" />
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="325" />
        <source>What was done? The callback is due within 24 hours.</source>
        <translation>做了什么？需在 24 小时内回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="329" />
        <source>What was the owner told about the progress?</source>
        <translation>向业主反馈了什么进度？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="330" />
        <source>The progress note (kept with the time and your name).</source>
        <translation>跟单记录（连同时间和您的姓名一并保存）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="331" />
        <source>Report to owner</source>
        <translation>向业主反馈</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="331" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="338" />
        <source>Cancel request {number}? It stays listed with your reason.</source>
        <translation>取消工单 {number}？记录会连同原因保留。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/staff.py" line="96" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/staff.py" line="97" />
        <source>A temporary password for {staff_no} {name}. They must change it when they next log in; a lock-out is lifted.</source>
        <translation>为 {staff_no} {name} 设置临时密码。对方下次登录时必须修改；账号锁定同时解除。</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <location filename="../../forms/resident_form.ui" line="6" />
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="14" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="31" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="48" />
        <source>&amp;Type</source>
        <translation>身份(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="61" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="81" />
        <source>Phone &amp;2</source>
        <translation>电话 2(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="98" />
        <source>Phone &amp;3</source>
        <translation>电话 3(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="115" />
        <source>Moved &amp;in</source>
        <translation>入住日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="156" />
        <source>Moved &amp;out</source>
        <translation>迁出日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/resident_form.ui" line="197" />
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../forms/setup_form.ui" line="6" />
        <source>Set up this site</source>
        <translation>项目初始设置</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="12" />
        <source>This database is new. Enter the site's details and the first administrator's account; you can change them later in the settings.</source>
        <translation>这是一个新数据库。请填写项目信息和第一个管理员账号，以后可在设置中修改。</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="22" />
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="28" />
        <source>Site &amp;name</source>
        <translation>项目名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="48" />
        <source>Service &amp;centre</source>
        <translation>服务中心(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="68" />
        <source>Centre &amp;phone</source>
        <translation>服务中心电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="88" />
        <source>C&amp;ompany</source>
        <translation>公司(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="41" />
        <source>e.g. 青禾苑</source>
        <translation>例如：青禾苑</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="61" />
        <source>e.g. 青禾苑服务中心</source>
        <translation>例如：青禾苑服务中心</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="101" />
        <source>e.g. 澄湾物业</source>
        <translation>例如：澄湾物业</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="111" />
        <source>First administrator</source>
        <translation>第一个管理员</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="117" />
        <source>S&amp;taff number</source>
        <translation>工号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="134" />
        <source>N&amp;ame</source>
        <translation>姓名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="151" />
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/setup_form.ui" line="171" />
        <source>Password a&amp;gain</source>
        <translation>再次输入密码(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="60" />
        <location filename="../../forms/shift_page.ui" line="4" />
        <source>Shift and handover</source>
        <translation>值班与交接班</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="72" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="121" />
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Daily check of the fire alarm controller</source>
        <translation>火灾报警控制器日检查</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="123" />
        <source>{title}: done today at {time} ({name})</source>
        <translation>{title}：今日 {time} 已完成（{name}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="129" />
        <source>Only the operators of the shift on duty record its daily check.</source>
        <translation>只有当班值班人员才能记录日检查。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="139" />
        <source>No equipment record yet: record it before the handover.</source>
        <translation>尚无设备运行记录：请在交接班前记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="140" />
        <source>Recorded at {time} by {name}: controller {controller}, linkage {linkage}.</source>
        <translation>{name} 于 {time} 记录：火灾报警控制器 {controller}，消防联动控制器 {linkage}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="145" />
        <source>All other systems as they should be.</source>
        <translation>其他系统均处于应处状态。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="161" />
        <source>Nothing open to carry over.</source>
        <translation>无需移交的未完成事项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="166" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="166" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="167" />
        <source>(overdue)</source>
        <translation>（已超时）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="209" />
        <source>Shift {number} on duty: {names}.</source>
        <translation>第 {number} 班值班：{names}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="226" />
        <source>Daily check recorded at {time}.</source>
        <translation>日检查已于 {time} 记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="260" />
        <source>Handed over at {time} to {names}; {count} item(s) carried over. The shift's duty log is picked below, ready to print.</source>
        <translation>已于 {time} 交班给 {names}；移交 {count} 项。下方已选中本班值班记录表，可直接打印。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="270" />
        <source>Duty log {day}</source>
        <translation>值班记录表 {day}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/shift_page.py" line="278" />
        <source>Duty log of shift {number}</source>
        <translation>第 {number} 班值班记录表</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Sign on: no shift is on duty</source>
        <translation>接班：当前无人值班</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Operator</source>
        <translation>值班人员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Se&amp;cond operator</source>
        <translation>第二值班人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Third operator (optional)</source>
        <translation>第三值班人员（可选）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Length of the shift</source>
        <translation>值班时长(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Sig&amp;n on</source>
        <translation>接班(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Self-&amp;test</source>
        <translation>自检(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Silen&amp;ce</source>
        <translation>消音(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Reset</source>
        <translation>复位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Main power</source>
        <translation>主电源(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Backup power</source>
        <translation>备用电源(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;What was found and done</source>
        <translation>发现问题及处理情况(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Record daily chec&amp;k</source>
        <translation>记录日检查(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Outgoing operator</source>
        <translation>交班人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Incoming operators</source>
        <translation>接班人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Equipment state</source>
        <translation>设备运行状态</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Carried it&amp;ems (Space ticks each)</source>
        <translation>移交事项（按空格键逐项勾选）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Handover &amp;notes</source>
        <translation>交接班说明(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Length of the next shift</source>
        <translation>下一班值班时长(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Hand o&amp;ver</source>
        <translation>交班(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>&amp;Print the day's log</source>
        <translation>打印当日记录表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/shift_page.ui" line="5" />
        <source>Print the shift's lo&amp;g</source>
        <translation>打印本班记录表(&amp;G)</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../forms/site_form.ui" line="6" />
        <source>Site settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="14" />
        <source>Site &amp;name</source>
        <translation>项目名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="31" />
        <source>Service &amp;centre</source>
        <translation>服务中心(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="48" />
        <source>Centre &amp;phone</source>
        <translation>服务中心电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="65" />
        <source>C&amp;ompany</source>
        <translation>公司(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="82" />
        <source>&amp;Lock after idle (minutes)</source>
        <translation>闲置自动锁定（分钟）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="105" />
        <source>&amp;Response target (minutes)</source>
        <translation>响应时限（分钟）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="128" />
        <source>Pro&amp;gress report every (days)</source>
        <translation>进度反馈间隔（天）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="151" />
        <source>Compla&amp;int classifications (one per line)</source>
        <translation>投诉分类（每行一个）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="174" />
        <source>Fire alarm confirmed on site in (min&amp;utes)</source>
        <translation>火警现场确认时限（分钟）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="197" />
        <source>&amp;Detectors installed (for the false-alarm rate)</source>
        <translation>已安装探测器数量（用于计算误报率）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="219" />
        <source>Room numbers</source>
        <translation>房号规则</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="225" />
        <source>&amp;Buildings</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="238" />
        <source>such as 1-20, A, B (empty: any building)</source>
        <translation>如 1-20, A, B（留空：任意楼栋）</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="245" />
        <source>&amp;Entrances per building</source>
        <translation>每栋单元数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="258" />
        <source>Base&amp;ment floors (B1 …)</source>
        <translation>地下层数（B1 …）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="281" />
        <source>&amp;Top floor</source>
        <translation>最高楼层(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="304" />
        <source>Rooms per &amp;floor</source>
        <translation>每层户数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="327" />
        <source>Also rooms &amp;without a floor in their number (A1, shops)</source>
        <translation>也允许号码中不含楼层的房号（如 A1、商铺）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="340" />
        <source>Access cards</source>
        <translation>业户卡</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="346" />
        <source>Li&amp;ve cards per unit</source>
        <translation>每户有效卡上限(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="369" />
        <source>Card fee (&amp;yuan)</source>
        <translation>卡费（元）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="392" />
        <source>Re&amp;quirements told to applicants (one per line)</source>
        <translation>告知申请人的办卡须知（每行一条）(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/staff.py" line="40" />
        <source>Use “Reset password” to change it</source>
        <translation>请用“重置密码”修改</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../forms/staff_form.ui" line="6" />
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="14" />
        <source>&amp;Staff number</source>
        <translation>工号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="31" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="48" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="60" />
        <source>&amp;Receptionist</source>
        <translation>前台客服(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="67" />
        <source>&amp;Control operator</source>
        <translation>监控中心值班员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="74" />
        <source>&amp;Guard</source>
        <translation>安防员(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="81" />
        <source>S&amp;upervisor</source>
        <translation>主管(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="88" />
        <source>A&amp;dministrator</source>
        <translation>管理员(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="107" />
        <source>Ac&amp;tive</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_form.ui" line="117" />
        <source>Initial &amp;password</source>
        <translation>初始密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../forms/staff_tab.ui" line="6" />
        <source>Staff</source>
        <translation>员工管理</translation>
    </message>
    <message>
        <location filename="../../forms/staff_tab.ui" line="30" />
        <source>&amp;New staff member…</source>
        <translation>新增员工(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_tab.ui" line="37" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_tab.ui" line="44" />
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <location filename="../../forms/station_form.ui" line="6" />
        <source>Station settings</source>
        <translation>工作站设置</translation>
    </message>
    <message>
        <location filename="../../forms/station_form.ui" line="12" />
        <source>These settings belong to this PC only.</source>
        <translation>这些设置只对本电脑有效。</translation>
    </message>
    <message>
        <location filename="../../forms/station_form.ui" line="24" />
        <source>Station &amp;name</source>
        <translation>工作站名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/station_form.ui" line="41" />
        <source>&amp;Profile</source>
        <translation>岗位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/station_form.ui" line="54" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/station_form.ui" line="69" />
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../forms/station_form.ui" line="75" />
        <source>Slips and work orders print on an &amp;80 mm receipt roll at this station</source>
        <translation>本工作站的访客单和派工单用 80 mm 小票纸打印(&amp;8)</translation>
    </message>
    <message>
        <location filename="../../forms/station_form.ui" line="82" />
        <source>&amp;Unit card</source>
        <translation>住户信息卡(&amp;U)</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="149" />
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="234" />
        <source>Not classified yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="236" />
        <source>Not closed yet</source>
        <translation>尚未结案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="238" />
        <source>(no zone)</source>
        <translation>（无报警区域）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="243" />
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="244" />
        <source>all buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="247" />
        <source>no records in these days.</source>
        <translation>这些天没有记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="256" />
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="256" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="256" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="257" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="257" />
        <source>Zone</source>
        <translation>报警区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="258" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/statistics.py" line="270" />
        <source>(the {count} zones with the most; every zone in the table)</source>
        <translation>（误报最多的 {count} 个防区；表中列出全部防区）</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="6" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="14" />
        <source>S&amp;tatistic</source>
        <translation>统计项(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="46" />
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="66" />
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="99" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="102" />
        <source>Print this statistic with its chart and figures (Ctrl+P)</source>
        <translation>打印本项统计的图表和数字（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="113" />
        <source>This mo&amp;nth</source>
        <translation>本月(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="120" />
        <source>&amp;Last 12 months</source>
        <translation>最近 12 个月(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="127" />
        <source>Ten &amp;years</source>
        <translation>十年(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/statistics_page.ui" line="134" />
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../forms/step_form.ui" line="6" />
        <source>Request</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../forms/step_form.ui" line="24" />
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/step_form.ui" line="43" />
        <source>Ctrl+Enter saves; Enter starts a new line.</source>
        <translation>按 Ctrl+Enter 保存；按 Enter 换行。</translation>
    </message>
</context>
<context>
    <name>UnitCardsLine</name>
    <message>
        <location filename="../../src/deskapp/ui/widgets/unit_cards.py" line="23" />
        <source> (lost)</source>
        <translation>（挂失）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/widgets/unit_cards.py" line="26" />
        <source>{count} more</source>
        <translation>另有 {count} 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/widgets/unit_cards.py" line="28" />
        <source>1 application in hand</source>
        <translation>在办申请 1 件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/widgets/unit_cards.py" line="29" />
        <source>{count} applications in hand</source>
        <translation>在办申请 {count} 件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/widgets/unit_cards.py" line="31" />
        <source>No access cards.</source>
        <translation>无业户卡。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/widgets/unit_cards.py" line="32" />
        <source>Access cards ({live} of {limit})</source>
        <translation>业户卡（{live}/{limit} 张）</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../forms/unit_form.ui" line="6" />
        <source>New unit</source>
        <translation>新增房屋</translation>
    </message>
    <message>
        <location filename="../../forms/unit_form.ui" line="14" />
        <source>&amp;Unit number</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/unit_form.ui" line="34" />
        <source>&amp;Area (m²)</source>
        <translation>面积（m²）(&amp;A)</translation>
    </message>
</context>
<context>
    <name>VerifyLogDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/verify_log.py" line="78" />
        <source>Checking the audit chain and every record…</source>
        <translation>正在校验审计链和每一条记录…</translation>
    </message>
</context>
<context>
    <name>VerifyLogForm</name>
    <message>
        <location filename="../../forms/verify_log_form.ui" line="6" />
        <source>Verify the record</source>
        <translation>校验记录</translation>
    </message>
    <message>
        <location filename="../../forms/verify_log_form.ui" line="24" />
        <source>&amp;Entry written down</source>
        <translation>已抄录的条目(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/verify_log_form.ui" line="34" />
        <source>number:hash from the duty log (optional)</source>
        <translation>值班记录上抄录的 编号:哈希（可不填）</translation>
    </message>
    <message>
        <location filename="../../forms/verify_log_form.ui" line="44" />
        <source>Check &amp;again</source>
        <translation>重新校验(&amp;A)</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../forms/visit_page.ui" line="6" />
        <source>Residents' visits</source>
        <translation>业户来访</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="26" />
        <source>New visit</source>
        <translation>新来访登记</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="32" />
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="55" />
        <source>&amp;Visitor</source>
        <translation>来访人(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="68" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="85" />
        <source>Phon&amp;e</source>
        <translation>电话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="148" />
        <source>&amp;Important details repeated back and confirmed</source>
        <translation>重要信息已复述确认(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="213" />
        <source>Follow-up &amp;by (request)</source>
        <translation>跟进部门（生成工单）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="258" />
        <source>Save visit (Ctrl+S)</source>
        <translation>保存登记（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="350" />
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="370" />
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="406" />
        <source>Toda&amp;y</source>
        <translation>今天(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="447" />
        <source>V&amp;oid…</source>
        <translation>作废(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="102" />
        <source>&amp;Purpose</source>
        <translation>事由(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="115" />
        <source>&amp;Content</source>
        <translation>内容(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="155" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="167" />
        <source>&amp;Resolved on the spot</source>
        <translation>当场解决(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="174" />
        <source>Follo&amp;w-up needed</source>
        <translation>需要跟进(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="190" />
        <source>What was &amp;done</source>
        <translation>处理情况(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="251" />
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="37" />
        <source>Five ones: {five}
Before they leave: {closing}</source>
        <translation>五个一：{five}
结束前：{closing}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="101" />
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="103" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="102" />
        <source>All purposes</source>
        <translation>全部事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="104" />
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="145" />
        <source>Other visitor (not in the directory)</source>
        <translation>其他来访人（不在住户档案中）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="151" />
        <location filename="../../forms/visit_page.ui" line="274" />
        <source>Type a unit to see its residents, warnings and latest visits.</source>
        <translation>输入房号后，这里显示住户、警示和最近来访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="154" />
        <source>1 resident</source>
        <translation>1 位住户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="155" />
        <source>{count} residents</source>
        <translation>{count} 位住户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="190" />
        <source>Saved: {room} {name}, {purpose}.</source>
        <translation>已保存：{room} {name}，{purpose}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="193" />
        <source>Request {number} created.</source>
        <translation>已生成工单 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="251" />
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="255" />
        <source>search “{text}”</source>
        <translation>查找“{text}”</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="281" />
        <source>{count}+ visits, scroll for more</source>
        <translation>{count}+ 条来访，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="282" />
        <source>{count} visits</source>
        <translation>{count} 条来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="282" />
        <source>1 visit</source>
        <translation>1 条来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="308" />
        <source>Void the visit of {name} ({room})? It stays in the list, marked void, with your reason.</source>
        <translation>作废 {name}（{room}）的来访登记？记录仍在列表中，标为作废并附上原因。</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="300" />
        <source>Latest visits, calls and requests of this unit</source>
        <translation>本户最近的来访、来电和工单</translation>
    </message>
    <message>
        <location filename="../../forms/visit_page.ui" line="390" />
        <source>Unit, name, phone (or last 4 digits) or a word of the content</source>
        <translation>房号、姓名、电话（或后4位）或内容中的词</translation>
    </message>
</context>
<context>
    <name>WatchlistDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/guests.py" line="73" />
        <source>Take {who} off the list? The entry stays in the history with your reason.</source>
        <translation>将 {who} 移出名单？记录会连同原因保留在历史中。</translation>
    </message>
</context>
<context>
    <name>WatchlistForm</name>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="6" />
        <source>Do-not-admit list</source>
        <translation>禁止进入名单</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="28" />
        <source>Add someone</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="34" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="51" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="68" />
        <source>&amp;ID last digits</source>
        <translation>证件号后几位(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="85" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="102" />
        <source>&amp;Until</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="158" />
        <source>Re&amp;move…</source>
        <translation>移出(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="172" />
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/watchlist_form.ui" line="179" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="29" />
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="30" />
        <source>Recorded as found</source>
        <translation>按现状登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="31" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="32" />
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="33" />
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="34" />
        <source>Number revealed</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="38" />
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="39" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="40" />
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="41" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="42" />
        <location filename="../../src/deskapp/services/audit_view.py" line="75" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="43" />
        <location filename="../../src/deskapp/services/audit_view.py" line="76" />
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="44" />
        <source>Resident's phone</source>
        <translation>住户电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="45" />
        <source>Unit note</source>
        <translation>房屋提醒</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="46" />
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="47" />
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="48" />
        <source>Watch list entry</source>
        <translation>禁止进入名单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="49" />
        <source>Request</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="50" />
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="51" />
        <source>Move-out pass</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="52" />
        <source>Pass item</source>
        <translation>放行物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="53" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="54" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="55" />
        <source>Alarm or event</source>
        <translation>报警事件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="56" />
        <source>Event note</source>
        <translation>事件备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="57" />
        <source>Fire system</source>
        <translation>消防系统</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="58" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="59" />
        <source>Equipment record</source>
        <translation>设备运行记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="60" />
        <source>Daily check</source>
        <translation>日检查</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="61" />
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="62" />
        <source>Card application</source>
        <translation>办卡申请</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="63" />
        <source>Access card</source>
        <translation>业户卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="68" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="69" />
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="70" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="71" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="72" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="73" />
        <source>Must change password</source>
        <translation>需修改密码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="74" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="77" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="78" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="79" />
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="80" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="81" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="82" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="83" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="84" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="85" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="86" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="87" />
        <source>Assigned to</source>
        <translation>派给</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="88" />
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="89" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="90" />
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="91" />
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="92" />
        <source>Visitor's phone</source>
        <translation>来访人电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="93" />
        <source>Visited at</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="94" />
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="95" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="96" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="97" />
        <source>Resolution</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="98" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="99" />
        <source>Caller's phone</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="100" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="101" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="102" />
        <source>Visiting unit</source>
        <translation>被访房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="103" />
        <source>Slip number</source>
        <translation>访客单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="104" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="105" />
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="106" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="107" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="108" />
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="109" />
        <source>Created by (staff id)</source>
        <translation>创建人（员工 id）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="110" />
        <source>Created at station</source>
        <translation>创建工作站</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="111" />
        <source>Voided at</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="112" />
        <source>Voided by (staff id)</source>
        <translation>作废人（员工 id）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="113" />
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="25" />
        <location filename="../../src/deskapp/ui/models/audit.py" line="31" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="36" />
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="56" />
        <source>removed, was: {fields}</source>
        <translation>已删除，原为：{fields}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="57" />
        <source>created with: {fields}</source>
        <translation>新建：{fields}</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="42" />
        <location filename="../../src/deskapp/domain/cards.py" line="76" />
        <source>Requirements told</source>
        <translation>告知办卡须知</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="43" />
        <location filename="../../src/deskapp/domain/cards.py" line="77" />
        <source>Identity checked</source>
        <translation>核验身份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="44" />
        <source>Owner's consent</source>
        <translation>业主同意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="45" />
        <source>Registered, receipt printed</source>
        <translation>登记并打印回执</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="46" />
        <source>Paid or exempt</source>
        <translation>缴费或免费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="47" />
        <source>Card authorised</source>
        <translation>开卡授权</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="48" />
        <source>Applicant notified</source>
        <translation>通知领卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="49" />
        <source>Collected and signed for</source>
        <translation>领卡签收</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="78" />
        <source>Owner's consent recorded</source>
        <translation>已登记业主同意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="79" />
        <source>Registered, awaiting payment</source>
        <translation>已登记，待缴费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="80" />
        <source>Paid, awaiting authorisation</source>
        <translation>已缴费，待授权</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="81" />
        <source>Authorised, applicant to be told</source>
        <translation>已授权，待通知领卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="82" />
        <source>Ready to collect</source>
        <translation>待领卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="83" />
        <source>Collected</source>
        <translation>已领卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="84" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="198" />
        <source>Resident card</source>
        <translation>业户卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="199" />
        <source>Temporary card</source>
        <translation>临时卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="213" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="214" />
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="215" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="216" />
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="230" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="231" />
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="232" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="233" />
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="315" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="316" />
        <source>Reported lost (deactivated)</source>
        <translation>挂失（已停用）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="317" />
        <source>Replaced (deactivated)</source>
        <translation>已补卡（已停用）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="318" />
        <location filename="../../src/deskapp/domain/cards.py" line="339" />
        <source>Returned</source>
        <translation>已退卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="319" />
        <location filename="../../src/deskapp/domain/cards.py" line="340" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="335" />
        <source>Authorised</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="336" />
        <source>Reported lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="337" />
        <source>Found again</source>
        <translation>解挂</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="338" />
        <source>Replaced</source>
        <translation>补卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="360" />
        <source>reported lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="361" />
        <source>marked found</source>
        <translation>解挂</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="362" />
        <source>replaced</source>
        <translation>补卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="363" />
        <source>returned</source>
        <translation>退卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="364" />
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="365" />
        <source>authorised</source>
        <translation>授权</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../src/deskapp/domain/consent.py" line="23" />
        <source>In person at the desk</source>
        <translation>本人到前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/consent.py" line="24" />
        <source>By phone, to a number on file</source>
        <translation>电话（档案中的号码）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/consent.py" line="25" />
        <source>Written authorisation (委托书)</source>
        <translation>书面委托书</translation>
    </message>
</context>
<context>
    <name>control</name>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="39" />
        <source>Fire alarm panel</source>
        <translation>火灾报警控制器</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="40" />
        <source>CCTV</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="41" />
        <source>Intrusion alarm</source>
        <translation>入侵报警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="42" />
        <source>Elevator</source>
        <translation>电梯</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="43" />
        <source>Water leak sensor</source>
        <translation>漏水报警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="44" />
        <source>Phone report</source>
        <translation>电话报警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="45" />
        <source>Found on patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="46" />
        <source>Other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="67" />
        <source>Fire alarm</source>
        <translation>火警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="68" />
        <location filename="../../src/deskapp/domain/control.py" line="93" />
        <source>Fault</source>
        <translation>故障报警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="69" />
        <source>Supervisory</source>
        <translation>监管报警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="70" />
        <source>Linkage feedback</source>
        <translation>联动反馈</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="71" />
        <source>Isolation</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="72" />
        <source>CCTV event</source>
        <translation>视频监控事件</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="73" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="91" />
        <source>Real fire</source>
        <translation>真实火警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="92" />
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="94" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="114" />
        <source>Unwanted: environment (cooking smoke, steam, dust)</source>
        <translation>非火灾报警：环境因素（油烟、水汽、粉尘）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="115" />
        <source>Unwanted: fire-like phenomenon</source>
        <translation>非火灾报警：类似火灾的现象</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="116" />
        <source>Unwanted: inappropriate action</source>
        <translation>非火灾报警：人为不当操作</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="117" />
        <source>Unwanted: accidental damage</source>
        <translation>非火灾报警：意外损坏</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="118" />
        <source>Equipment false alarm</source>
        <translation>设备误报</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="119" />
        <source>Malicious</source>
        <translation>恶意报警</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="120" />
        <source>Good intent</source>
        <translation>善意误报</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="121" />
        <source>Cause unknown</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="141" />
        <source>Dispatch a guard</source>
        <translation>待派安防员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="142" />
        <source>Confirming on site</source>
        <translation>现场确认中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="143" />
        <source>REAL FIRE: steps to do</source>
        <translation>真实火警：处置未完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="144" />
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="145" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="183" />
        <source>the address</source>
        <translation>起火地址</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="184" />
        <source>where it started</source>
        <translation>起火部位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="185" />
        <source>what is burning</source>
        <translation>燃烧物</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="186" />
        <source>how large it is</source>
        <translation>火势大小</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="187" />
        <source>the caller's name</source>
        <translation>报警人姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="188" />
        <source>the caller's phone</source>
        <translation>报警人电话</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="17" />
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="18" />
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="19" />
        <source>Family</source>
        <translation>家属</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="47" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="48" />
        <source>Hold: arrears</source>
        <translation>警示：欠费</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="49" />
        <source>Hold: dispute</source>
        <translation>警示：纠纷</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="50" />
        <source>Hold: safety / special care</source>
        <translation>警示：安全/特别关照</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/directory.py" line="51" />
        <source>Hold: other</source>
        <translation>警示：其他</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="13" />
        <source>The database is busy with another station. Nothing was saved; try again in a moment.</source>
        <translation>数据库正被其他工作站占用，未保存任何内容，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="16" />
        <source>The database is read-only. Nothing was saved; ask the administrator to check the data folder.</source>
        <translation>数据库为只读，未保存任何内容，请联系管理员检查数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="19" />
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容，请清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="20" />
        <source>The database server cannot be reached. Nothing was saved; check the network and try again.</source>
        <translation>无法连接数据库服务器，未保存任何内容，请检查网络后重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/errors.py" line="23" />
        <source>The database file could not be read or written (disk error).</source>
        <translation>数据库文件无法读写（磁盘错误）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/db/migrate.py" line="24" />
        <source>The database was written by a newer deskapp (revision {revision}). Update this station first.</source>
        <translation>数据库由更新版本的程序写入（版本 {revision}），请先升级本工作站。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="17" />
        <source>A password needs at least {min} characters.</source>
        <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="18" />
        <source>A password has at most {max} characters.</source>
        <translation>密码最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="19" />
        <source>A password cannot contain control characters (such as a tab, a line break or an invisible mark).</source>
        <translation>密码不能包含控制字符（如制表符、换行或不可见符号）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="22" />
        <source>The password must not be the staff number.</source>
        <translation>密码不能与工号相同。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="23" />
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/accounts.py" line="24" />
        <source>A staff number has 1 to 16 letters or digits, such as 1024 or KF01.</source>
        <translation>工号为 1 到 16 位字母或数字，例如 1024 或 KF01。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/dates.py" line="11" />
        <source>“{text}” is not a date; write it as 2024-03-15.</source>
        <translation>“{text}”不是日期，请写成 2024-03-15。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/phones.py" line="10" />
        <source>“{text}” is not a phone number: a mobile has 11 digits starting with 1, a landline starts with its area code such as 020-12345678.</source>
        <translation>“{text}”不是电话号码：手机号为 1 开头的 11 位数字，固话需带区号，如 020-12345678。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="105" />
        <source>Your role does not allow this ({permission}).</source>
        <translation>您的角色无权进行此操作（{permission}）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="106" />
        <source>Only a supervisor can lift a safety or dispute hold. Ask a supervisor; the hold stays.</source>
        <translation>只有主管可以解除安全/特别关照或纠纷警示。请联系主管；警示保留。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="108" />
        <source>This request has been dispatched: only a supervisor can cancel it now. Nothing was changed.</source>
        <translation>该工单已派工，现在只有主管可以取消。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="116" />
        <source>An administrator has deactivated your account. Nothing was saved; another member can log in.</source>
        <translation>管理员已停用您的账号。未保存任何内容；可由其他员工登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="118" />
        <source>An administrator has changed your roles. Nothing was saved; log in again to go on.</source>
        <translation>管理员已更改您的角色。未保存任何内容；请重新登录后继续。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="120" />
        <source>An administrator has reset your password. Nothing was saved; log in again with the new one.</source>
        <translation>管理员已重置您的密码。未保存任何内容；请用新密码重新登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/text.py" line="10" />
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/text.py" line="11" />
        <source>Too long: at most {max} characters ({length} typed).</source>
        <translation>内容过长：最多 {max} 个字（已输入 {length} 个）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/text.py" line="12" />
        <source>Contains a control character that cannot be saved.</source>
        <translation>含有无法保存的控制字符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/text.py" line="13" />
        <source>Contains an emoji or a symbol that cannot be printed: {char}</source>
        <translation>含有无法打印的表情或符号：{char}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/text.py" line="16" />
        <source>A name may contain only letters, spaces and the marks · ' . -</source>
        <translation>姓名只能包含文字、空格以及 · ' . - 符号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="14" />
        <source>Enter a room number such as 3-2-1502.</source>
        <translation>请输入房号，例如 3-2-1502。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="15" />
        <source>“{text}” is not a room number: write building-entrance-room such as 3-2-1502 (or building-room such as 3-1502).</source>
        <translation>“{text}”不是房号：请按 栋-单元-室 填写，如 3-2-1502（无单元时写 栋-室，如 3-1502）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="20" />
        <source>“{text}” is not a room number: write building-entrance-room such as {example}.</source>
        <translation>“{text}”不是房号：请按 栋-单元-室 填写，如 {example}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="22" />
        <source>“{text}” is not a room number: this site's buildings have no entrances, write building-room such as {example}.</source>
        <translation>“{text}”不是房号：本项目的楼栋不分单元，请按 栋-室 填写，如 {example}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="25" />
        <source>“{text}” is not a room here: there is no building {building} (the buildings are {buildings}). A room is written such as {example}.</source>
        <translation>“{text}”不是本项目的房号：没有 {building} 栋（楼栋为 {buildings}）。房号写法如 {example}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="28" />
        <source>“{text}” is not a room here: a building has entrances 1 to {max}, not {entrance}. A room is written such as {example}.</source>
        <translation>“{text}”不是本项目的房号：每栋有 1 至 {max} 单元，没有 {entrance} 单元。房号写法如 {example}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="31" />
        <source>“{text}” is not a room here: the floors are {lowest} to {highest}, not {floor}. A room is written such as {example}.</source>
        <translation>“{text}”不是本项目的房号：楼层为 {lowest} 至 {highest}，没有 {floor} 层。房号写法如 {example}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="34" />
        <source>“{text}” is not a room here: a floor has rooms 01 to {max}, not {number}. A room is written such as {example}.</source>
        <translation>“{text}”不是本项目的房号：每层为 01 至 {max} 号，没有 {number} 号。房号写法如 {example}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="37" />
        <source>“{text}” is not a room here: a room number is its floor and its number on the floor. A room is written such as {example}.</source>
        <translation>“{text}”不是本项目的房号：室号由楼层和该层的户号组成。房号写法如 {example}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="40" />
        <source>List the buildings as numbers, letters or ranges, such as 1-20, A, B (empty: any building).</source>
        <translation>楼栋请写数字、字母或范围，如 1-20, A, B（留空：任意楼栋）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/auth.py" line="24" />
        <source>Wrong staff number or password. {count} wrong tries in a row lock the account for 15 minutes.</source>
        <translation>工号或密码错误。连续输错 {count} 次将锁定账号 15 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/auth.py" line="26" />
        <source>This account is locked after {count} wrong passwords. Try again after {until} or ask an administrator.</source>
        <translation>密码连续错误 {count} 次，账号已锁定。请在 {until} 之后再试，或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/auth.py" line="29" />
        <source>This account is not active. Ask an administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/auth.py" line="30" />
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="38" />
        <source>There is no unit {room} in the directory.</source>
        <translation>住户档案中没有房屋 {room}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="39" />
        <source>Unit {room} is already in the directory.</source>
        <translation>房屋 {room} 已在住户档案中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="40" />
        <source>This resident record no longer exists.</source>
        <translation>该住户记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="41" />
        <source>This note no longer exists.</source>
        <translation>该备注已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="42" />
        <source>This resident record was voided by {name} at {time}: {reason}. A void record cannot be changed.</source>
        <translation>该住户记录已由{name}于 {time} 作废：{reason}。作废的记录不能修改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="44" />
        <source>This resident record was already voided by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>该住户记录已由{name}于 {time} 作废：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="46" />
        <source>This hold was already lifted by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>该警示已由{name}于 {time} 解除：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="48" />
        <source>This note was already withdrawn by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>该备注已由{name}于 {time} 撤回：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/base.py" line="33" />
        <source>Give the reason for voiding.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/base.py" line="34" />
        <source>This record was already voided by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>该记录已由{name}于 {time} 作废：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="50" />
        <source>Choose owner, tenant or family.</source>
        <translation>请选择业主、租户或家属。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="51" />
        <source>Choose what kind of note this is.</source>
        <translation>请选择备注类别。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="52" />
        <source>The move-out date is before the move-in date.</source>
        <translation>迁出日期早于入住日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory.py" line="53" />
        <source>At most {max} phone numbers per resident.</source>
        <translation>每位住户最多 {max} 个电话号码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="39" />
        <source>Choose the column with the room number, or the building, entrance and room columns.</source>
        <translation>请选择房号所在的列，或楼栋、单元、室号各列。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="42" />
        <source>Choose the column with the resident's name.</source>
        <translation>请选择住户姓名所在的列。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="43" />
        <source>“{text}” is not a resident type: write 业主, 租户 or 家属.</source>
        <translation>“{text}”不是住户身份：请填写 业主、租户 或 家属。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="46" />
        <source>The same resident as row {row}.</source>
        <translation>与第 {row} 行是同一住户。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="47" />
        <source>{count} rows have errors. Correct them in the file and import again; nothing was saved.</source>
        <translation>有 {count} 行存在错误。请在文件中改正后重新导入；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="50" />
        <source>Column “{column}” is chosen for more than one field.</source>
        <translation>列“{column}”被同时选作多个字段。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="51" />
        <source>The cell holds a formula saved without its result: open the file in Excel, save it and choose it again.</source>
        <translation>该单元格是公式，但文件中没有保存计算结果：请用 Excel 打开并保存该文件后重新选择。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="21" />
        <source>The file {name} cannot be opened: {reason}</source>
        <translation>无法打开文件 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="22" />
        <source>The file is {size} MB; at most {max} MB can be imported.</source>
        <translation>文件大小为 {size} MB，最多只能导入 {max} MB。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="23" />
        <source>The sheet has more than {max} rows; split it into smaller files.</source>
        <translation>表格超过 {max} 行，请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="26" />
        <source>The sheet has more than {max} columns; is it the right sheet?</source>
        <translation>表格超过 {max} 列，请确认是否选对了表格。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="27" />
        <source>{name} is not a readable Excel .xlsx workbook.</source>
        <translation>{name} 不是可读取的 Excel .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="28" />
        <source>{name} is in the old Excel .xls format: open it in Excel, save it as .xlsx and import that.</source>
        <translation>{name} 是旧版 Excel .xls 格式：请用 Excel 打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="31" />
        <source>{name} is not a spreadsheet: choose an Excel .xlsx or a .csv file.</source>
        <translation>{name} 不是表格文件：请选择 Excel .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="34" />
        <source>{name} is not a text .csv file (it contains binary data).</source>
        <translation>{name} 不是文本 .csv 文件（含有二进制数据）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/sheets.py" line="35" />
        <source>{name} has no rows to import.</source>
        <translation>{name} 中没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/site.py" line="32" />
        <source>This database is already set up.</source>
        <translation>此数据库已完成初始设置。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/site.py" line="33" />
        <source>This database has not been set up yet.</source>
        <translation>此数据库尚未完成初始设置。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/site.py" line="34" />
        <source>Enter a number of minutes from {min} to {max}.</source>
        <translation>请输入 {min} 到 {max} 之间的分钟数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="42" />
        <location filename="../../src/deskapp/services/site.py" line="35" />
        <source>Enter a number from {min} to {max}.</source>
        <translation>请输入 {min} 到 {max} 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/site.py" line="36" />
        <source>Give at least one complaint classification, one per line.</source>
        <translation>请至少填写一个投诉分类，每行一个。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/staff.py" line="19" />
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/staff.py" line="20" />
        <source>Staff number {staff_no} is already in use.</source>
        <translation>工号 {staff_no} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/staff.py" line="21" />
        <source>This staff member no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/staff.py" line="22" />
        <source>At least one active administrator must remain; this change would leave none.</source>
        <translation>必须至少保留一个启用的管理员，此修改会导致没有管理员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="50" />
        <source>Enter how many people, from 1 to {max}.</source>
        <translation>请输入人数，1 到 {max} 人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="51" />
        <source>Choose how long the guest expects to stay.</source>
        <translation>请选择预计停留时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="52" />
        <source>“{text}” is not a slip number (V and 8 digits, as printed).</source>
        <translation>“{text}”不是访客单号（V 加 8 位数字，与打印的一致）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="53" />
        <location filename="../../src/deskapp/services/passes.py" line="63" />
        <source>“{text}” is mistyped: its last digit does not match the others. Type the number again as printed.</source>
        <translation>“{text}”有误：最后一位校验数字与前面不符，可能输错或两位数字颠倒，请按访客单上的号码重新输入。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="55" />
        <source>There is no guest slip {slip}.</source>
        <translation>没有访客单 {slip}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="56" />
        <source>Slip {slip} was voided by {name} at {time}: {reason}</source>
        <translation>访客单 {slip} 已由{name}于 {time} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="57" />
        <source>Slip {slip} was already checked out at {time} at {station} by {name}.</source>
        <translation>访客单 {slip} 已于 {time} 在{station}由{name}办理离场。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="58" />
        <source>This guest's slip was already voided by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>该访客单已由{name}于 {time} 作废：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="60" />
        <source>Slip {slip} was checked in at {time}; a check-out cannot be earlier. Check this PC's clock.</source>
        <translation>访客单 {slip} 的进入时间为 {time}，离场时间不能更早。请检查本机时钟。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="63" />
        <source>Give a name, a phone number or the last digits of an ID number.</source>
        <translation>请填写姓名、电话或证件号后几位。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="73" />
        <source>Wrong staff number or password of the supervisor.</source>
        <translation>主管工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="74" />
        <source>Wrong staff number or password of the supervisor. Too many wrong tries at this station: the next one is taken in {seconds} seconds.</source>
        <translation>主管工号或密码错误。本工作站输错次数过多：{seconds} 秒后才能再试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="77" />
        <source>Too many wrong supervisor passwords at this station: the next try is taken in {seconds} seconds.</source>
        <translation>本工作站主管密码输错次数过多：{seconds} 秒后才能再试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="64" />
        <source>The end date is already past.</source>
        <translation>截止日期已过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="65" />
        <source>This watchlist entry no longer exists.</source>
        <translation>该黑名单记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="66" />
        <source>This entry was already taken off the list by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>该条目已由{name}于 {time} 移出名单：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="68" />
        <source>On the do-not-admit list: {who} — {reason}. Only a supervisor can let this guest in.</source>
        <translation>在禁止进入名单上：{who} — {reason}。只有主管可以放行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="71" />
        <source>{name} is not a supervisor and cannot let a listed guest in.</source>
        <translation>{name} 不是主管，不能放行名单上的访客。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/guests.py" line="72" />
        <source>Give the reason for letting this guest in.</source>
        <translation>请填写放行原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="32" />
        <source>Enter the unit the visit is about, such as 3-2-1502.</source>
        <translation>请输入来访涉及的房号，例如 3-2-1502。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="33" />
        <source>Choose what the visitor came for.</source>
        <translation>请选择来访事由。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="34" />
        <source>Choose whether it was resolved or needs follow-up.</source>
        <translation>请选择当场解决还是需要跟进。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="35" />
        <source>Say what was done, since it was resolved on the spot.</source>
        <translation>当场解决的，请填写处理情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="36" />
        <source>That resident does not live in {room}.</source>
        <translation>该住户不住在 {room}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="37" />
        <source>This visit record no longer exists.</source>
        <translation>该来访记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="38" />
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="65" />
        <source>A request that is “{state}” cannot be {step}.</source>
        <translation>状态为“{state}”的工单不能{step}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="60" />
        <source>Request {number} does not exist.</source>
        <translation>工单 {number} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="61" />
        <source>Choose the department responsible.</source>
        <translation>请选择负责部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="62" />
        <source>Choose what kind of request this is.</source>
        <translation>请选择工单类别。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="63" />
        <source>Give the unit, or where in the estate for a public area.</source>
        <translation>请填写房号；公共区域请填写具体位置。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="64" />
        <source>The promised time is already past.</source>
        <translation>承诺时间已经过去。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="65" />
        <source>“{text}” is not a fee: give a positive amount such as 80 or 35.50.</source>
        <translation>“{text}”不是有效金额：请填写正数，例如 80 或 35.50。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="66" />
        <source>“{text}” is not a fee: write yuan with a decimal point, such as 35.50 (not 35,50).</source>
        <translation>“{text}”不是金额：请用小数点写元，如 35.50（不是 35,50）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="68" />
        <source>“{text}” is not a fee: at most 2 decimals (fen), such as 35.50.</source>
        <translation>“{text}”不是金额：最多两位小数（分），如 35.50。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="69" />
        <source>A fee of more than ¥{max} is not taken at the desk; check the amount.</source>
        <translation>前台不收取超过 ¥{max} 的费用，请核对金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="70" />
        <source>A paid service needs the item and its fee.</source>
        <translation>有偿服务需要填写服务项目和收费金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="71" />
        <source>Say who the request is dispatched to.</source>
        <translation>请填写派工对象。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="76" />
        <source>A complaint closes only with its classification, the cause analysis and the accountability note.</source>
        <translation>投诉需要填写分类、原因分析和问责意见后才能关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="79" />
        <source>Choose one of the complaint classifications.</source>
        <translation>请选择投诉分类。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="80" />
        <source>Choose where the complaint's cause lies.</source>
        <translation>请选择投诉原因的归属。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="81" />
        <source>Record how satisfied the owner was.</source>
        <translation>请记录业主满意度。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="82" />
        <source>This visit was resolved on the spot; it needs no request.</source>
        <translation>该来访已当场解决，不需要建工单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="83" />
        <source>This visit already has request {number}.</source>
        <translation>该来访已有工单 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="87" />
        <source>This request was dispatched to {assignee} by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 派工给{assignee}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="88" />
        <source>This request was started by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 开始处理。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="89" />
        <source>This request was completed by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 完成。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="90" />
        <source>This request was called back by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="91" />
        <source>This request was reopened after a callback by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 回访后重新处理。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="92" />
        <source>This request was closed by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="93" />
        <source>This request was cancelled by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 取消。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/calls.py" line="28" />
        <source>Choose what the call is about.</source>
        <translation>请选择来电事由。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/calls.py" line="29" />
        <source>Choose whether the call was answered or needs a request.</source>
        <translation>请选择当场答复还是生成工单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/calls.py" line="30" />
        <source>Choose why you are calling: appointment, follow-up or callback.</source>
        <translation>请选择去电目的：预约、跟踪反馈或回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="84" />
        <source>The call cannot end before it started.</source>
        <translation>通话结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="45" />
        <source>A resident ID number has 18 characters: 17 digits, then a digit or X.</source>
        <translation>居民身份证号码为 18 位：17 位数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="47" />
        <source>This ID number does not start with a region of China (its first six digits).</source>
        <translation>该证件号码的前六位不是有效的行政区划代码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="49" />
        <source>The birth date in this ID number (digits 7 to 14) is not a real date.</source>
        <translation>该证件号码中的出生日期（第 7 至 14 位）不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="50" />
        <source>The birth date in this ID number is in the future.</source>
        <translation>该证件号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="51" />
        <source>The birth date in this ID number is more than {years} years ago.</source>
        <translation>该证件号码中的出生日期早于 {years} 年前。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="53" />
        <source>This ID number's last character does not fit the others (check digit): a character was mistyped.</source>
        <translation>该证件号码的校验位与前面不符：有字符输错。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="55" />
        <source>Give the full 18-character resident ID number, or only the last 4 to 6 characters of an ID.</source>
        <translation>请输入完整的 18 位身份证号码，或只输入证件号后 4 至 6 位。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="57" />
        <source>This is not a number of that kind of document (letters and digits, as printed on it).</source>
        <translation>这不是该类证件的号码（请按证件上印的字母和数字填写）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/plates.py" line="10" />
        <source>“{text}” is not a licence plate: write the province, the city letter and 5 characters, such as 粤B12345 (a new-energy plate has 6: 粤BD12345).</source>
        <translation>“{text}”不是车牌号：请写省份简称、城市字母和 5 位字符，如 粤B12345（新能源车牌为 6 位：粤BD12345）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="54" />
        <source>A pass that is “{state}” cannot be {step}.</source>
        <translation>状态为“{state}”的放行条不能{step}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="106" />
        <source>The end of the time window must be after its start.</source>
        <translation>放行时段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="107" />
        <source>The moving day is already past.</source>
        <translation>搬出日期已过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="108" />
        <source>The moving day is more than {days} days ahead.</source>
        <translation>搬出日期超过 {days} 天之后。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="109" />
        <source>A pass is valid for 1 to {days} days.</source>
        <translation>放行条有效期为 1 至 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="144" />
        <source>List at least one item that leaves the estate.</source>
        <translation>请至少填写一项搬出的物品。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="145" />
        <source>A pass lists at most {max} item lines; issue a second pass.</source>
        <translation>一张放行条最多 {max} 行物品；请另开一张。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="146" />
        <source>Item line {line}: name the item.</source>
        <translation>第 {line} 行物品：请填写物品名称。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="147" />
        <source>Item line {line}: the quantity is a whole number from 1 to {max}.</source>
        <translation>第 {line} 行物品：数量须为 1 至 {max} 的整数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="148" />
        <source>Item line {line}: choose a unit (件, 箱, 台, …).</source>
        <translation>第 {line} 行物品：请选择单位（件、箱、台……）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/consent.py" line="31" />
        <source>The applicant is not an owner of this unit: record the owner's consent first.</source>
        <translation>申请人不是本户业主：请先登记业主的同意。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/consent.py" line="33" />
        <source>The consent must come from an owner of this unit.</source>
        <translation>同意必须来自本户的业主。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/consent.py" line="34" />
        <source>Consent by phone counts only when given on a number on file for that owner.</source>
        <translation>电话同意仅在业主使用档案中登记的号码时有效。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/consent.py" line="36" />
        <source>The consent's time is in the future.</source>
        <translation>同意的时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/consent.py" line="37" />
        <source>The consent is more than {days} days old: ask the owner again.</source>
        <translation>该同意已超过 {days} 天：请重新征得业主同意。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="211" />
        <source>This unit has an arrears hold: confirm the owner was told before issuing the pass.</source>
        <translation>本户有欠费警示：开具放行条前请确认已告知业主。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="62" />
        <source>“{text}” is not a pass number (P and 8 digits, as printed).</source>
        <translation>“{text}”不是放行条号（P 加 8 位数字，以放行条上印的为准）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="65" />
        <source>There is no pass {number}.</source>
        <translation>没有放行条 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="66" />
        <source>Pass {number} was voided by {name} at {time}: {reason}</source>
        <translation>放行条 {number} 已由{name}于 {time} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="67" />
        <source>Pass {number} was already collected at {time} at {gate} by {name}.</source>
        <translation>放行条 {number} 已于 {time} 在{gate}由{name}收回放行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="69" />
        <source>Pass {number} was refused at {time} at {gate} by {name}: {note}. A new pass is needed.</source>
        <translation>放行条 {number} 已于 {time} 在{gate}被{name}拒绝放行：{note}。需要重新开具放行条。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="71" />
        <source>Pass {number} was valid until {until}: it has expired.</source>
        <translation>放行条 {number} 有效期至 {until}，已过期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="72" />
        <source>Pass {number} is valid from {since}: not yet.</source>
        <translation>放行条 {number} 自 {since} 起有效，尚未生效。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="73" />
        <source>Pass {number} was already voided by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>放行条 {number} 已由{name}于 {time} 作废：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="75" />
        <source>Only a supervisor, or the member who issued it before it is collected, can void pass {number}.</source>
        <translation>只有主管，或开具人在放行前，才能作废放行条 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="77" />
        <source>Pass {number}'s red copy is filed: it can no longer be voided.</source>
        <translation>放行条 {number} 的放行联已归档，不能再作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="78" />
        <source>Pass {number} has not been collected at a gate: there is no red copy to check in.</source>
        <translation>放行条 {number} 尚未在门岗放行，没有可交回的放行联。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="80" />
        <source>The red copy of pass {number} was already checked in by {name} at {time}.</source>
        <translation>放行条 {number} 的放行联已由{name}于 {time} 登记交回。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="82" />
        <source>Name the gate (this station's gate in its settings).</source>
        <translation>请填写门岗名称（在本工作站设置中）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="83" />
        <source>Say how the load differs from the pass.</source>
        <translation>请说明所运物品与放行条有何不符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="76" />
        <source>There is no card application {number}.</source>
        <translation>没有办卡申请 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="77" />
        <source>“{text}” is not a receipt number (K and 8 digits, as printed on the receipt).</source>
        <translation>“{text}”不是回执号（K 加 8 位数字，以办卡回执上印的为准）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="79" />
        <source>“{text}” is mistyped: its last digit does not match the others. Scan or type the receipt again.</source>
        <translation>“{text}”有误：最后一位校验数字与前面不符。请重新扫描或输入回执号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="81" />
        <source>Receipt {scanned} belongs to another application, not {number}: take back this applicant's receipt.</source>
        <translation>回执 {scanned} 属于其他申请，不是 {number}：请收回本申请人的办卡回执。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="83" />
        <source>No card {card_no} has been authorised here.</source>
        <translation>本项目未授权过卡号 {card_no}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="84" />
        <source>There is no such card (it may have been removed).</source>
        <translation>没有这张卡（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="85" />
        <source>Card {card_no} is already live for unit {room} ({holder}): use another card, or deal with that card first (returned or replaced).</source>
        <translation>卡 {card_no} 已在 {room}（{holder}）名下有效：请换一张卡，或先处理该卡（退卡或补卡）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="88" />
        <location filename="../../src/deskapp/services/passes.py" line="84" />
        <source>This resident is not a current resident of unit {room}.</source>
        <translation>此人不是 {room} 的现住户。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="89" />
        <source>A temporary card needs its last day: from today to {days} days ahead.</source>
        <translation>临时卡须填写有效截止日期：今天至 {days} 天后。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="91" />
        <source>A resident card has no end date; choose a temporary card for one.</source>
        <translation>业户卡没有截止日期；如需截止日期，请选择临时卡。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="92" />
        <source>Agree a pick-up time from now to 60 days ahead.</source>
        <translation>请约定取卡时间：从现在起 60 天以内。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="93" />
        <source>Give the cashier's receipt number or the payment's transaction number.</source>
        <translation>请填写收款收据号或支付交易号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="95" />
        <source>Only a supervisor can go past the unit's limit of cards ({permission}).</source>
        <translation>只有主管可以超出本户的卡数上限（{permission}）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="97" />
        <source>Say who reported the card lost.</source>
        <translation>请填写挂失人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="400" />
        <location filename="../../src/deskapp/services/cards.py" line="620" />
        <source>Choose how it was paid.</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="487" />
        <source>Choose how the applicant was told.</source>
        <translation>请选择通知申请人的方式。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="774" />
        <source>This unit no longer exists.</source>
        <translation>该房屋已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/cards.py" line="864" />
        <source>Choose the kind of card.</source>
        <translation>请选择卡类型。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="87" />
        <source>Application {number}: “{missing}” must be done first. Nothing was changed.</source>
        <translation>申请 {number}：须先完成“{missing}”。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="89" />
        <source>Application {number}: “{step}” was already done by {name} at {time}. Nothing was changed.</source>
        <translation>申请 {number}：“{step}”已由{name}于 {time} 完成。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="91" />
        <source>Application {number}: “{step}” is done already. Nothing was changed.</source>
        <translation>申请 {number}：“{step}”已完成。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="92" />
        <source>Application {number}: the applicant is an owner of the unit; no consent is needed.</source>
        <translation>申请 {number}：申请人是本户业主，无需业主同意。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="94" />
        <source>Application {number}: print the receipt for the applicant first (it is taken back at collection). Nothing was changed.</source>
        <translation>申请 {number}：请先为申请人打印办卡回执（取卡时收回）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="97" />
        <source>Application {number} was cancelled by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>申请 {number} 已由{name}于 {time} 取消：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="99" />
        <source>Application {number} was cancelled. Nothing was changed.</source>
        <translation>申请 {number} 已取消。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="100" />
        <source>Application {number} is complete: the card was collected. Nothing was changed.</source>
        <translation>申请 {number} 已办结：卡已领取。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="175" />
        <source>Give 1 to {max} requirements, one per line.</source>
        <translation>请填写 1 至 {max} 条办卡须知，每行一条。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="176" />
        <source>Tell the applicant every requirement and tick each one ({missing} not ticked).</source>
        <translation>请向申请人逐条告知办卡须知并逐项勾选（{missing} 项未勾选）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="239" />
        <source>Enter an amount in yuan from 0 to 100000, at most two decimals (e.g. 20 or 20.50).</source>
        <translation>请输入 0 至 100000 元的金额，最多两位小数（如 20 或 20.50）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="240" />
        <source>A payment is more than ¥0; for no charge, record it as exempt with a reason.</source>
        <translation>收费金额须大于 ¥0；不收费请登记为免收并填写原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="275" />
        <source>A card number is 4 to 20 letters and digits, as printed on the card or read by the reader.</source>
        <translation>卡号为 4 至 20 位字母和数字，以卡面印的或读卡器读出的为准。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="358" />
        <source>Card {card_no} is “{state}”: it cannot be {event}. Nothing was changed.</source>
        <translation>卡 {card_no} 状态为“{state}”，不能{event}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="398" />
        <source>The applicant has not signed: ask them to sign in the box.</source>
        <translation>申请人尚未签名：请其在签名框内签名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="399" />
        <source>The signature could not be read; clear it and sign again.</source>
        <translation>无法识别签名，请清除后重新签名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/cards.py" line="458" />
        <source>Unit {room} already has {count} live cards and applications (the limit is {limit}): a supervisor may override it with a reason.</source>
        <translation>{room} 已有有效卡和在办申请共 {count} 张（上限 {limit} 张）：主管可填写原因后超限办理。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="164" />
        <source>Choose where the event came from.</source>
        <translation>请选择事件来源。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="165" />
        <source>Choose the type of event.</source>
        <translation>请选择事件类型。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="166" />
        <source>Say where (building, floor, zone or device) or what happened.</source>
        <translation>请填写地点（楼栋、楼层、报警区域或设备）或事件情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="167" />
        <source>A device address has letters, digits and the marks - . / : only (as the panel shows it).</source>
        <translation>设备地址只能包含字母、数字和 - . / : 符号（以控制器显示的为准）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="169" />
        <source>The received time was changed from {taken}: give the reason.</source>
        <translation>接警时间已从 {taken} 改动：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="171" />
        <source>The received time is in the future.</source>
        <translation>接警时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="172" />
        <source>The received time is more than {days} days ago.</source>
        <translation>接警时间早于 {days} 天前。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="173" />
        <source>This time is in the future.</source>
        <translation>该时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="174" />
        <source>This time is before the event was received ({received}).</source>
        <translation>该时间早于接警时间（{received}）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="175" />
        <source>A false alarm needs its cause.</source>
        <translation>误报须选择原因分类。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="176" />
        <source>Only a false alarm has a cause class.</source>
        <translation>只有误报才有原因分类。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="177" />
        <source>Choose what was found on site.</source>
        <translation>请选择现场确认结果。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="178" />
        <source>Say what was told to 119: {item}.</source>
        <translation>请填写向 119 报告的内容：{item}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="179" />
        <source>Enter a number of minutes from 1 to {max}.</source>
        <translation>请输入 1 到 {max} 之间的分钟数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="180" />
        <source>Enter the number of detectors, from 0 to {max}.</source>
        <translation>请输入探测器数量，0 到 {max}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="192" />
        <source>Event {number} cannot close: record what was found on site first.</source>
        <translation>事件 {number} 不能关闭：请先登记现场确认结果。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="194" />
        <source>Event {number} is a real fire: it cannot close until the call to 119 is recorded (time and the five items).</source>
        <translation>事件 {number} 为真实火警：须登记 119 报警（时间及五项内容）后才能关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="196" />
        <source>Event {number} is a real fire: it cannot close until linkage is confirmed in automatic.</source>
        <translation>事件 {number} 为真实火警：须确认联动处于自动状态后才能关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="198" />
        <source>Event {number} is a real fire: it cannot close until the fire plan is recorded as started.</source>
        <translation>事件 {number} 为真实火警：须登记已启动应急预案后才能关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/control.py" line="200" />
        <source>Event {number} is a real fire: it cannot close until the person responsible is notified (who, when).</source>
        <translation>事件 {number} 为真实火警：须登记已通知消防安全责任人（通知何人、何时）后才能关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="134" />
        <source>A shift needs at least {min} operators, each signing with their own password ({count} signed).</source>
        <translation>每班至少 {min} 名值班员，各自用本人密码签到（已签到 {count} 名）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="136" />
        <source>At most {max} operators sign on to one shift.</source>
        <translation>每班最多 {max} 名值班员签到。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="137" />
        <source>{name} signed twice: each operator signs once, with their own password.</source>
        <translation>{name} 重复签到：每名值班员用本人密码签到一次。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="138" />
        <source>A shift lasts from {min} to {max} hours.</source>
        <translation>每班时长为 {min} 至 {max} 小时。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="139" />
        <source>{what}: say why (found {state}).</source>
        <translation>{what}：请说明原因（当前为{state}）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="140" />
        <source>The linkage controller is in manual: explain why (it should be in automatic).</source>
        <translation>消防联动控制器处于手动状态：请说明原因（应处于自动状态）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="142" />
        <source>The fire alarm controller is in fault: describe the fault.</source>
        <translation>火灾报警控制器处于故障状态：请描述故障情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="143" />
        <source>Record the control and running state of {name}.</source>
        <translation>请登记{name}的控制状态和运行状态。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="144" />
        <source>A system that is not in the list was recorded; reload the page.</source>
        <translation>登记了不在列表中的系统，请重新加载页面。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="145" />
        <source>Choose {what}.</source>
        <translation>请选择{what}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="146" />
        <source>Record the result of the {item} check.</source>
        <translation>请登记{item}检查结果。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="147" />
        <source>A check found a fault: describe it and what was done.</source>
        <translation>检查发现故障：请描述故障及处理情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="148" />
        <source>Name the system.</source>
        <translation>请填写系统名称。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/card_printouts.py" line="28" />
        <source>Application {number} has not been collected yet: there is no hand-over record to print.</source>
        <translation>申请 {number} 尚未领卡：没有可打印的领卡交接记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="78" />
        <source>There is no control-room event {number}.</source>
        <translation>没有监控中心事件 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="79" />
        <source>Event {number} was closed by {name} at {time}: it is not edited any more. Add a note to amend it.</source>
        <translation>事件 {number} 已由{name}于 {time} 关闭，不能再编辑。如需更正，请添加备注。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="81" />
        <source>The result of event {number} was recorded by {name} at {time}. Add a note to correct it.</source>
        <translation>事件 {number} 的现场确认结果已由{name}于 {time} 登记。如需更正，请添加备注。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="83" />
        <source>Write the note: what, and why.</source>
        <translation>请填写备注：更正什么、为什么更正。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="84" />
        <source>Give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="85" />
        <source>Name the guard sent to confirm on site.</source>
        <translation>请填写派往现场确认的安防员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="86" />
        <source>Name the person responsible who was notified.</source>
        <translation>请填写已通知的消防安全责任人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="87" />
        <source>Give the device's type (smoke detector, call point, …).</source>
        <translation>请填写设备类型（感烟探测器、手动报警按钮…）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="88" />
        <source>Give the device's address as the panel shows it.</source>
        <translation>请按控制器显示填写设备地址。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="89" />
        <source>Address {address} is already listed.</source>
        <translation>地址 {address} 已在列表中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="90" />
        <source>This device is no longer listed.</source>
        <translation>该设备已不在列表中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="91" />
        <source>There is no fault record {number}.</source>
        <translation>没有故障记录 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="92" />
        <source>Describe the fault.</source>
        <translation>请描述故障情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="93" />
        <source>Say who found the fault.</source>
        <translation>请填写故障发现人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="94" />
        <source>Fault {number} was already recorded as repaired at {time}. Nothing was changed.</source>
        <translation>故障 {number} 已于 {time} 登记为已修复。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="96" />
        <source>Fault {number} is not repaired yet: nothing to confirm.</source>
        <translation>故障 {number} 尚未修复，无法确认。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="97" />
        <source>The repair of fault {number} was already confirmed by {name} at {time}.</source>
        <translation>故障 {number} 的修复已由{name}于 {time} 确认。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="99" />
        <source>Say who repaired it.</source>
        <translation>请填写维修人。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/control.py" line="100" />
        <source>Say how it was repaired.</source>
        <translation>请填写维修情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="88" />
        <source>A shift is already on duty (since {time}, {names}): the next one takes over by the handover.</source>
        <translation>已有班次在岗（自 {time} 起，{names}）：下一班须通过交接班接班。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="90" />
        <source>No shift is on duty: sign the operators on first.</source>
        <translation>当前没有在岗班次：请先由值班员签到。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="91" />
        <source>You are not an operator of the shift on duty: only its operators record for it.</source>
        <translation>您不是当班值班员：只有当班值班员才能登记。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="93" />
        <source>{name} is not a control-room operator and cannot sign on to a shift.</source>
        <translation>{name} 不是监控中心值班员，不能签到值班。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="94" />
        <source>Staff number {who}: wrong staff number or password. {count} wrong tries in a row lock the account for 15 minutes.</source>
        <translation>工号 {who}：工号或密码错误。连续输错 {count} 次将锁定账号 15 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="97" />
        <source>Staff number {who}: the account is locked after {count} wrong passwords. Try again after {until} or ask an administrator.</source>
        <translation>工号 {who}：密码连续错误 {count} 次，账号已锁定。请在 {until} 之后再试，或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="100" />
        <source>Staff number {who}: this account is not active.</source>
        <translation>工号 {who}：此账号已停用。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="101" />
        <source>Staff number {who}: type the password.</source>
        <translation>工号 {who}：请输入密码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="103" />
        <source>An operator of the outgoing shift signs the handover with their password.</source>
        <translation>交接班须由交班值班员用本人密码签名确认。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="104" />
        <source>{name} is not an operator of the outgoing shift.</source>
        <translation>{name} 不是交班班次的值班员。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="105" />
        <source>{name} was on the outgoing shift: an operator takes at most one shift of 8 hours in a row.</source>
        <translation>{name} 是交班班次的值班员：值班员不得连续值班，每班最长 8 小时。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="107" />
        <source>The daily check (self-test, silence, reset, main and backup power) has not been recorded in the last 24 hours: record it before the handover.</source>
        <translation>近 24 小时内未登记每日检查（自检、消音、复位、主电源和备用电源）：请在交接班前登记。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="110" />
        <source>The equipment record is overdue (due at {time}): record the equipment's state before the handover.</source>
        <translation>设备运行记录已超时（应于 {time} 登记）：请在交接班前登记设备状态。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="112" />
        <source>The incoming shift has not acknowledged {count} carried item(s): {items}.</source>
        <translation>接班人员尚未确认 {count} 项移交事项：{items}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="114" />
        <source>This shift was already handed over at {time} by {name}.</source>
        <translation>该班次已由{name}于 {time} 交班。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="115" />
        <source>There is no shift {number}.</source>
        <translation>没有班次 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="116" />
        <source>There is no such fire system; reload the list.</source>
        <translation>没有该消防系统，请重新加载列表。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="117" />
        <source>“{name}” is already in the list.</source>
        <translation>“{name}”已在列表中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="118" />
        <source>The list holds at most {max} systems.</source>
        <translation>列表最多 {max} 个系统。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="119" />
        <source>The list of fire systems has changed since the form was opened: reload it and record again.</source>
        <translation>打开表单后消防系统列表已有变动：请重新加载后再登记。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="121" />
        <source>Choose a day from the past, at most {days} days back.</source>
        <translation>请选择过去的日期，最早 {days} 天前。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/shifts.py" line="123" />
        <source>Staff number {name} signed twice: each operator signs once.</source>
        <translation>工号 {name} 重复签到：每名值班员只能签到一次。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="93" />
        <source>Write the entry as number:hash, e.g. 1234:9f86d081… (the hash in full, 64 characters).</source>
        <translation>请按 编号:哈希 填写，如 1234:9f86d081…（完整哈希，64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="52" />
        <source>{tool} was not found. Install the PostgreSQL client tools on this PC, or give their folder (Backup and restore, or --pg-bin). Nothing was backed up.</source>
        <translation>找不到 {tool}。请在本机安装 PostgreSQL 客户端工具，或指定其所在文件夹（备份与恢复，或 --pg-bin）。未进行备份。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="55" />
        <source>{tool} failed: {reason}</source>
        <translation>{tool} 运行失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="56" />
        <source>The backup folder {folder} cannot be written: {reason}</source>
        <translation>备份文件夹 {folder} 无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="57" />
        <source>The backup copy failed its check: {reason}. It was not kept.</source>
        <translation>备份副本未通过校验：{reason}。该副本未保留。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="58" />
        <source>The database file is in use by another window or station. Close deskapp everywhere else, then restore. Nothing was changed.</source>
        <translation>数据库文件正被其他窗口或工作站使用。请先关闭其他所有 deskapp，再进行恢复。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="61" />
        <source>{count} other connections are open on the database (stations: {who}). Close deskapp on every other station, then restore. Nothing was changed.</source>
        <translation>数据库上还有 {count} 个其他连接（工作站：{who}）。请先关闭其他所有工作站上的 deskapp，再进行恢复。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="64" />
        <source>The backup {name} is not there any more.</source>
        <translation>备份 {name} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="65" />
        <source>The backup {name} is not a backup of this kind of database.</source>
        <translation>备份 {name} 不是此类数据库的备份。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="66" />
        <source>The backup {name} is damaged ({reason}); it cannot be restored.</source>
        <translation>备份 {name} 已损坏（{reason}），无法恢复。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="67" />
        <source>The backup {name} was made by a newer deskapp (revision {revision}). Update this station first.</source>
        <translation>备份 {name} 由更新版本的 deskapp 生成（版本 {revision}）。请先升级本工作站。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="24" />
        <source>No history is kept for records of the kind '{table}'.</source>
        <translation>“{table}”类记录不保存修改记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/audit_view.py" line="25" />
        <source>There is no history for {kind} {record}: no such record.</source>
        <translation>{kind} {record} 没有修改记录：无此记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/export.py" line="38" />
        <source>{file} could not be written: it is open in another program (Excel?) or the folder is read-only. Close it, or choose another name.</source>
        <translation>无法写入 {file}：文件已被其他程序（Excel？）打开，或文件夹只读。请关闭它，或换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/export.py" line="41" />
        <source>{file} could not be written: the disk is full.</source>
        <translation>无法写入 {file}：磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/export.py" line="42" />
        <source>{file} could not be written: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="65" />
        <source>The first day comes after the last day; swap them.</source>
        <translation>开始日期晚于结束日期，请对调。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="66" />
        <source>Choose at most ten years ({days} days chosen).</source>
        <translation>最多选择十年（已选 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="67" />
        <source>Choose the first and the last day.</source>
        <translation>请选择开始和结束日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="68" />
        <source>There is no statistic called “{name}”.</source>
        <translation>没有名为“{name}”的统计项。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/timeutil.py" line="11" />
        <source>Choose days from {first} to {last}.</source>
        <translation>请选择 {first} 至 {last} 之间的日期。</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../src/deskapp/services/history.py" line="18" />
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/history.py" line="19" />
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/history.py" line="20" />
        <source>Outgoing call</source>
        <translation>去电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/history.py" line="21" />
        <source>Request</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/history.py" line="22" />
        <source>Move-out pass</source>
        <translation>放行条</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="29" />
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="30" />
        <source>Mainland travel permit (Hong Kong / Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="31" />
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="32" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/identity.py" line="33" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="78" />
        <source>Room number (3-2-1502)</source>
        <translation>房号（3-2-1502）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="79" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="80" />
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="81" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="82" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="83" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="84" />
        <source>ID number (kept masked in the notes)</source>
        <translation>证件号码（仅以遮盖形式存入备注）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="85" />
        <source>Owner / tenant / family</source>
        <translation>身份（业主/租户/家属）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="86" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="87" />
        <source>Phone 2</source>
        <translation>电话2</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="88" />
        <source>Phone 3</source>
        <translation>电话3</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="89" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="90" />
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="91" />
        <source>Moved out</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="92" />
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/directory_import.py" line="93" />
        <source>Status (void rows are skipped)</source>
        <translation>状态（作废行将跳过）</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="57" />
        <source>Audit entry #{seq} was changed behind the app's back: its content no longer matches its hash.</source>
        <translation>审计条目 #{seq} 被绕过本系统改动：其内容与哈希不符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="59" />
        <source>Audit entry #{seq} was removed behind the app's back: the chain goes on from #{after} without it.</source>
        <translation>审计条目 #{seq} 被绕过本系统删除：链条从 #{after} 之后缺失了它。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="62" />
        <source>Audit entry #{seq} was inserted behind the app's back: the entry after it links to #{after}.</source>
        <translation>审计条目 #{seq} 是绕过本系统插入的：其后的条目链接到 #{after}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="64" />
        <source>Audit entry #{seq} now has the hash {found}, not {expected} as written down: the trail was rewritten up to there.</source>
        <translation>审计条目 #{seq} 现在的哈希为 {found}，而不是抄录的 {expected}：到该条目为止的记录被改写过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="67" />
        <source>Audit entry #{seq}, written down with the hash {expected}, is not in the trail any more.</source>
        <translation>已抄录（哈希 {expected}）的审计条目 #{seq} 已不在记录中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="69" />
        <source>{table} #{record}: {field} is “{found}”, its audit trail says “{expected}” (changed behind the app's back).</source>
        <translation>{table} #{record}：{field} 为“{found}”，审计记录为“{expected}”（被绕过本系统改动）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="72" />
        <source>{table} #{record}: {field} was changed behind the app's back (a secret: not shown).</source>
        <translation>{table} #{record}：{field} 被绕过本系统改动（保密字段，不显示）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="74" />
        <source>{table} #{record} was deleted behind the app's back: its audit trail says it exists.</source>
        <translation>{table} #{record} 被绕过本系统删除：审计记录显示它应当存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="76" />
        <source>{table} #{record} was inserted behind the app's back: it has no audit entry.</source>
        <translation>{table} #{record} 是绕过本系统插入的：没有审计条目。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="78" />
        <source>{table} #{record} is there though its audit trail says it was deleted.</source>
        <translation>{table} #{record} 仍然存在，但审计记录显示它已被删除。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="80" />
        <source>The record is intact: {entries} audit entries in an unbroken chain; {records} records in {tables} tables agree with their audit trail.</source>
        <translation>记录完整：{entries} 条审计条目链条完整；{tables} 张表中的 {records} 条记录与审计记录一致。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="83" />
        <source>The record is NOT intact: {count} findings. {entries} audit entries, {records} records in {tables} tables read.</source>
        <translation>记录不完整：发现 {count} 处问题。已读取 {entries} 条审计条目、{tables} 张表中的 {records} 条记录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="86" />
        <source>… and {count} more findings.</source>
        <translation>……另有 {count} 处问题。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="87" />
        <source>Last verified entry: #{seq} {hash}. Write it in the duty log: a later check given it (deskapp verify-log --expect {seq}:{hash}) tells whether the trail was rewritten up to there.</source>
        <translation>最后校验的条目：#{seq} {hash}。请抄录在值班记录上：日后校验时提供它（deskapp verify-log --expect {seq}:{hash}），可查出到该条目为止的记录是否被改写。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/integrity.py" line="90" />
        <source>Last entry verified: #{seq} {hash}. The record is not intact: find out what happened before writing anything in the duty log.</source>
        <translation>最后校验的条目：#{seq} {hash}。记录不完整：请先查明原因，再在值班记录上填写。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/deskapp/app.py" line="170" />
        <source>The database {database} cannot be opened: {reason}</source>
        <translation>无法打开数据库 {database}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/messages.py" line="21" />
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/messages.py" line="37" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/messages.py" line="38" />
        <source>Something went wrong that should not have. Nothing that was already saved is lost. Please tell the administrator; the details are in {path}.</source>
        <translation>程序出现了意外错误。已保存的记录不会丢失。请告知管理员，详细信息记录在 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="70" />
        <source>No backup has been made yet.</source>
        <translation>尚未进行过备份。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="71" />
        <source>The last backup is from {time}: more than {hours} hours ago.</source>
        <translation>最近一次备份在 {time}，已超过 {hours} 小时。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="72" />
        <source>The last backup, at {time}, failed: {reason}</source>
        <translation>最近一次备份（{time}）失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/backup.py" line="73" />
        <source>The last backup, at {time}, is good.</source>
        <translation>最近一次备份（{time}）完好。</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="16" />
        <location filename="../../src/deskapp/ui/models/history.py" line="16" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="18" />
        <source>Moved out {date}</source>
        <translation>已迁出 {date}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="32" />
        <source>card {card_no}</source>
        <translation>卡 {card_no}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="43" />
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="69" />
        <source>Staff</source>
        <translation>员工管理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="70" />
        <location filename="../../src/deskapp/ui/models/cards.py" line="45" />
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="72" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="73" />
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="46" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="57" />
        <source>Receipt</source>
        <translation>回执号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="58" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="24" />
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="30" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="38" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="67" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="68" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="121" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="187" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="27" />
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="62" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="63" />
        <source>Pick-up</source>
        <translation>取卡时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="25" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="44" />
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="31" />
        <location filename="../../src/deskapp/ui/models/staff.py" line="28" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="102" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="67" />
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="26" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="45" />
        <source>Type</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="70" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="71" />
        <location filename="../../src/deskapp/ui/models/control.py" line="152" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="73" />
        <source>What happened</source>
        <translation>事件情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="149" />
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="151" />
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="153" />
        <source>Fault</source>
        <translation>故障情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="154" />
        <source>Reported for repair</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="156" />
        <source>Repaired</source>
        <translation>修复时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="158" />
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="175" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="177" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="178" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="179" />
        <source>Zone</source>
        <translation>报警区域</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="180" />
        <source>False alarms (12 months)</source>
        <translation>误报次数（12 个月）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="181" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="27" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="46" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="40" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="67" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="29" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="61" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="103" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="72" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="28" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="49" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="29" />
        <source>Hold</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="47" />
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="50" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="69" />
        <location filename="../../src/deskapp/ui/models/control.py" line="176" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="63" />
        <location filename="../../src/deskapp/ui/models/history.py" line="32" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="64" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="174" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="65" />
        <source>Entered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="66" />
        <source>Lifted / withdrawn</source>
        <translation>解除/撤回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="13" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="14" />
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="15" />
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="16" />
        <source>Skipped (void)</source>
        <translation>跳过（作废）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="17" />
        <source>No resident (the unit only)</source>
        <translation>无住户（仅建房屋）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="18" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="29" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="71" />
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="32" />
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="34" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/staff.py" line="17" />
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/staff.py" line="19" />
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/staff.py" line="21" />
        <source>Must change password</source>
        <translation>需修改密码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/staff.py" line="22" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/staff.py" line="27" />
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/staff.py" line="29" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/passes.py" line="36" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="65" />
        <source>Pass</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/passes.py" line="37" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="66" />
        <source>Valid</source>
        <translation>有效时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="59" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="39" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/passes.py" line="42" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="69" />
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="60" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="44" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="124" />
        <location filename="../../src/deskapp/ui/models/shifts.py" line="64" />
        <location filename="../../src/deskapp/ui/models/staff.py" line="30" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="65" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/staff.py" line="31" />
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="68" />
        <location filename="../../src/deskapp/ui/models/cards.py" line="41" />
        <location filename="../../src/deskapp/ui/models/history.py" line="30" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="63" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="170" />
        <location filename="../../src/deskapp/ui/models/shifts.py" line="38" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="25" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/history.py" line="33" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="69" />
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="28" />
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="18" />
        <source>Answered</source>
        <translation>当场答复</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="19" />
        <source>Request created</source>
        <translation>已生成工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="20" />
        <source>Reached</source>
        <translation>已联系到</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="21" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="22" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="70" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="122" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="30" />
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="71" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="31" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="108" />
        <source> · report due</source>
        <translation> · 待反馈</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/history.py" line="34" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="72" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="127" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="190" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="32" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="28" />
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="29" />
        <source>Follow-up</source>
        <translation>跟踪反馈</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="30" />
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="33" />
        <source>Incoming</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="34" />
        <source>Outgoing</source>
        <translation>去电</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="65" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="76" />
        <source>{days} d {hours} h overdue</source>
        <translation>超时 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="77" />
        <source>{hours} h {minutes} min overdue</source>
        <translation>超时 {hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="78" />
        <source>{minutes} min overdue</source>
        <translation>超时 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="79" />
        <source>due in {days} d {hours} h</source>
        <translation>还剩 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="80" />
        <source>due in {hours} h {minutes} min</source>
        <translation>还剩 {hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="81" />
        <source>due in {minutes} min</source>
        <translation>还剩 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/control.py" line="66" />
        <location filename="../../src/deskapp/ui/models/control.py" line="148" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="118" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="186" />
        <location filename="../../src/deskapp/ui/models/shifts.py" line="61" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="119" />
        <source>Registered</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="123" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="125" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="185" />
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="126" />
        <source>Dispatched to</source>
        <translation>派工给</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/cards.py" line="44" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="172" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="173" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="183" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="188" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/shifts.py" line="40" />
        <source>Controller</source>
        <translation>火灾报警控制器</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/shifts.py" line="41" />
        <source>Linkage</source>
        <translation>联动控制器</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/shifts.py" line="42" />
        <source>Exceptions</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/shifts.py" line="43" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="34" />
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/shifts.py" line="52" />
        <source>On duty</source>
        <translation>值班中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/shifts.py" line="53" />
        <source>Handed over {time}</source>
        <translation>已于 {time} 交班</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/shifts.py" line="62" />
        <source>Started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/shifts.py" line="65" />
        <source>Operators</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="51" />
        <source>Left {time}</source>
        <translation>已于 {time} 离场</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="52" />
        <source>On site</source>
        <translation>在场</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="57" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="82" />
        <source>Slip</source>
        <translation>访客单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="58" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="86" />
        <source>In</source>
        <translation>进入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="60" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="83" />
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="62" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="84" />
        <source>Host unit</source>
        <translation>到访房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="63" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="85" />
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/passes.py" line="43" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="68" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="64" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="88" />
        <source>Valid until</source>
        <translation>有效至</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="104" />
        <source>ID last digits</source>
        <translation>证件号后几位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/audit.py" line="74" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="105" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="106" />
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/control_stats_page.py" line="30" />
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/control_stats_page.py" line="31" />
        <source>False alarms</source>
        <translation>误报次数</translation>
    </message>
</context>
<context>
    <name>passes</name>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="30" />
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="31" />
        <source>Collected at the gate</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="32" />
        <source>Red copy filed</source>
        <translation>放行联已归档</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="33" />
        <source>Refused at the gate</source>
        <translation>门岗拒绝放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="34" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="56" />
        <source>collected</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="57" />
        <source>refused</source>
        <translation>拒绝放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="58" />
        <source>checked in as returned</source>
        <translation>登记交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="59" />
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="239" />
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="240" />
        <source>REFUSED: expired (outside its time window)</source>
        <translation>拒绝：已过期（不在放行时段内）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="241" />
        <source>REFUSED: not yet valid</source>
        <translation>拒绝：尚未生效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="242" />
        <source>REFUSED: void</source>
        <translation>拒绝：已作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="243" />
        <source>REFUSED: already collected</source>
        <translation>拒绝：已放行过</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="244" />
        <source>REFUSED: refused at the gate before; a new pass is needed</source>
        <translation>拒绝：此前已被门岗拒绝，需要重新开具</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="245" />
        <source>REFUSED: unknown number</source>
        <translation>拒绝：无此号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="246" />
        <source>REFUSED: mistyped number, type it again</source>
        <translation>拒绝：号码有误，请重新输入</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="30" />
        <source>Registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="31" />
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="32" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="33" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="34" />
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="35" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="36" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="67" />
        <source>dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="68" />
        <source>started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="69" />
        <source>completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="70" />
        <source>called back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="71" />
        <source>reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="72" />
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="73" />
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="104" />
        <source>Staff service</source>
        <translation>人员服务</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="105" />
        <source>Procedure or management</source>
        <translation>管理流程</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="106" />
        <source>Facilities and equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="107" />
        <source>Left by the developer</source>
        <translation>开发遗留</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="108" />
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="109" />
        <source>The resident's own side</source>
        <translation>业户自身</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="110" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="126" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="127" />
        <source>Mostly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="128" />
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="146" />
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="147" />
        <source>Security</source>
        <translation>安防部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="148" />
        <source>Cleaning</source>
        <translation>保洁部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="149" />
        <source>Landscaping</source>
        <translation>绿化部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="150" />
        <source>Customer service</source>
        <translation>客服部</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="25" />
        <source>Receptionist</source>
        <translation>前台客服</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="26" />
        <source>Control operator</source>
        <translation>监控中心值班员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="27" />
        <source>Guard</source>
        <translation>安防员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="28" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="29" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="30" />
        <source>Type a room, a name, a phone (or its last 4 digits), a plate, or a V…, P…, R…, K…, E… number.</source>
        <translation>请输入房号、姓名、电话（或后 4 位）、车牌，或 V…、P…、R…、K…、E… 编号。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="32" />
        <source>Nothing found for “{text}”.</source>
        <translation>未找到“{text}”。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="33" />
        <source>Only the first {count} characters were searched for.</source>
        <translation>只查找了前 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="50" />
        <source>Residents</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="51" />
        <source>Move-out passes</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="52" />
        <source>Requests</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="53" />
        <source>Guests</source>
        <translation>访客出入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="54" />
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="55" />
        <source>Access cards</source>
        <translation>业户卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="56" />
        <source>Card applications</source>
        <translation>办卡申请</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/search_all.py" line="57" />
        <source>Control-room events</source>
        <translation>监控中心事件</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="35" />
        <source>Front desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="36" />
        <source>Control room</source>
        <translation>监控（消防）中心</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="37" />
        <source>Gate</source>
        <translation>安防卡口</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="38" />
        <source>Supervisor's office (the board first)</source>
        <translation>主管办公室（首先显示看板）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="45" />
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="56" />
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="161" />
        <source>Standard ({page})</source>
        <translation>标准（{page}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="63" />
        <source>Unit card</source>
        <translation>住户信息卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="64" />
        <source>Visitor slip</source>
        <translation>访客单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="65" />
        <source>On-site roll call</source>
        <translation>在场访客名单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="66" />
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="67" />
        <source>Move-out pass</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="68" />
        <source>Move-out pass reconciliation</source>
        <translation>放行条核对表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="69" />
        <source>Control-room duty log</source>
        <translation>监控中心值班记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="70" />
        <source>Control-room event report</source>
        <translation>监控中心事件报告</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="71" />
        <source>Fault and repair record</source>
        <translation>故障维修记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="72" />
        <source>Access card receipt</source>
        <translation>业户卡办卡回执</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="73" />
        <source>Access card hand-over record</source>
        <translation>业户卡领卡交接记录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="74" />
        <source>Door system daily list</source>
        <translation>门禁系统每日清单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="75" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="123" />
        <source>Test print…</source>
        <translation>打印测试页…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="206" />
        <source>Any (with or without an entrance)</source>
        <translation>任意（有无单元均可）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="207" />
        <source>None: building-room, such as A3-1502</source>
        <translation>不分单元：栋-室，如 A3-1502</translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="117" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="118" />
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="119" />
        <location filename="../../src/deskapp/domain/shifts.py" line="121" />
        <location filename="../../src/deskapp/domain/shifts.py" line="128" />
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="120" />
        <location filename="../../src/deskapp/domain/shifts.py" line="122" />
        <location filename="../../src/deskapp/domain/shifts.py" line="129" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="123" />
        <source>Self-test</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="124" />
        <source>Silence</source>
        <translation>消音</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="125" />
        <source>Reset</source>
        <translation>复位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="126" />
        <source>Main power</source>
        <translation>主电源</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/shifts.py" line="127" />
        <source>Backup power</source>
        <translation>备用电源</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="88" />
        <source>Calls and visits by hour of day</source>
        <translation>来电与来访（按时段）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="89" />
        <source>Calls and visits by category</source>
        <translation>来电与来访（按类别）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="90" />
        <source>Requests by department</source>
        <translation>报事（按部门）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="91" />
        <source>Response and completion times</source>
        <translation>响应与完成时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="92" />
        <source>Complaints by class, month by month</source>
        <translation>投诉分类（逐月）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="93" />
        <source>Complaints by cause, month by month</source>
        <translation>投诉原因（逐月）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="94" />
        <source>Callback satisfaction and reopen rate</source>
        <translation>回访满意度与返单率</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="95" />
        <source>False alarms by zone</source>
        <translation>按报警区域统计误报</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="96" />
        <source>False alarms by cause</source>
        <translation>按原因统计误报</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="97" />
        <source>Passes and cards, month by month</source>
        <translation>放行条与业户卡（逐月）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="141" />
        <source>Calls</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="142" />
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="143" />
        <source>Requests</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="144" />
        <source>Responded within target (%)</source>
        <translation>按时响应率（%）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="145" />
        <source>Median response (min)</source>
        <translation>响应时间中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="146" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="147" />
        <source>Median completion (h)</source>
        <translation>完成时间中位数（小时）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="148" />
        <source>Completed by the promised time (%)</source>
        <translation>按承诺时间完成率（%）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="149" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="150" />
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="151" />
        <source>Reopen rate (%)</source>
        <translation>返单率（%）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="152" />
        <source>False alarms</source>
        <translation>误报统计</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="153" />
        <source>Per 100 detectors per year</source>
        <translation>每百个探测器每年</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="154" />
        <source>Move-out passes</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="155" />
        <source>Card applications</source>
        <translation>办卡申请</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="156" />
        <source>Cards authorised</source>
        <translation>授权业户卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/statistics.py" line="157" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="147" />
        <source>Registered</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="148" />
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="149" />
        <source>Started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="150" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="151" />
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="152" />
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="153" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="154" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="155" />
        <source>Callback: no answer</source>
        <translation>回访：无人接听</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="156" />
        <source>Callback: wrong number</source>
        <translation>回访：号码错误</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="157" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="158" />
        <source>Reported to owner</source>
        <translation>已向业主反馈</translation>
    </message>
</context>
<context>
    <name>visits</name>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="30" />
        <source>Report</source>
        <translation>报事</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="31" />
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="32" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="33" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="34" />
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="35" />
        <source>Errand: access card</source>
        <translation>办事：业户卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="36" />
        <source>Errand: move-out pass</source>
        <translation>办事：大件物品放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="37" />
        <source>Errand: renovation</source>
        <translation>办事：装修</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="38" />
        <source>Errand: parking</source>
        <translation>办事：停车</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="39" />
        <source>Errand: other</source>
        <translation>办事：其他</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="49" />
        <source>Resolved on the spot</source>
        <translation>当场解决</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/visits.py" line="50" />
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
</context>
</TS>