<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="53" />
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="54" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="111" />
        <source>Call started at {time}</source>
        <translation>来电开始于 {time}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="145" />
        <source>Not in the directory</source>
        <translation>不在住户档案中</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="191" />
        <source>Saved the call{request}.</source>
        <translation>来电已保存{request}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/call_page.py" line="192" />
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
        <location filename="../../src/deskapp/ui/tabs/callbacks_page.py" line="56" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/callbacks_page.py" line="124" />
        <source>{number}: {state}.</source>
        <translation>{number}：{state}。</translation>
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
        <source>A complaint closes with its classification, the cause analysis and the accountability note (投诉有问责).</source>
        <translation>投诉需填写分类、原因分析和问责意见后关闭（投诉有问责）。</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="24" />
        <source>&amp;Classification</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="37" />
        <source>Ca&amp;use analysis</source>
        <translation>原因分析(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_close_form.ui" line="54" />
        <source>&amp;Accountability</source>
        <translation>问责意见(&amp;A)</translation>
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
    <name>DirectoryTab</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="110" />
        <source>{count}+ rows, scroll for more</source>
        <translation>{count}+ 条，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="111" />
        <source>{count} rows</source>
        <translation>{count} 条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="111" />
        <source>1 row</source>
        <translation>1 条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="173" />
        <source>floor {floor}</source>
        <translation>{floor}层</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="232" />
        <source>Void the record of {name}? It stays visible, marked void, with your reason. For a resident who moved away, edit the record and set the move-out date instead.</source>
        <translation>作废 {name} 的登记？记录仍会显示，标为作废并附上原因。住户搬走请改为编辑记录并填写迁出日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="248" />
        <source>Lift this hold or withdraw this note? It stays in the unit's history with your reason.</source>
        <translation>解除此警示或撤回此备注？它会连同原因保留在房屋历史中。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="274" />
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="285" />
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="288" />
        <source>Export residents</source>
        <translation>导出住户档案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="286" />
        <source>The file could not be written: {reason}</source>
        <translation>文件无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="289" />
        <source>1 row written to {path}.</source>
        <translation>已写入 1 条到 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/directory.py" line="290" />
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
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="34" />
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="35" />
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="36" />
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="37" />
        <source>8 hours</source>
        <translation>8 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="38" />
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="196" />
        <source>✓ {slip} {name} ({room}) left at {time}, after {hours} h {minutes} min.</source>
        <translation>✓ {slip} {name}（{room}）已于 {time} 离场，停留 {hours} 小时 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="215" />
        <source>On site now (longest first): {groups}, {people}</source>
        <translation>当前在场（停留最久的在前）：{groups}，{people}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="216" />
        <source>1 group</source>
        <translation>1 批</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="216" />
        <source>{count} groups</source>
        <translation>{count} 批</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="217" />
        <source>1 person</source>
        <translation>共 1 人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="217" />
        <source>{count} people</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="236" />
        <source>{count}+ guests, scroll for more</source>
        <translation>{count}+ 位访客，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="237" />
        <source>{count} guests</source>
        <translation>{count} 位访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="237" />
        <source>1 guest</source>
        <translation>1 位访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/guest_page.py" line="263" />
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
        <location filename="../../src/deskapp/ui/main_window.py" line="164" />
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="170" />
        <location filename="../../src/deskapp/ui/tabs/phone.py" line="71" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="170" />
        <source>Requests</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="177" />
        <source>Residents</source>
        <translation>住户档案</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="181" />
        <source>Move-out passes</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="184" />
        <source>Staff</source>
        <translation>员工管理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="187" />
        <source>{staff_no} {name} ({roles}) · station {station} · {database}</source>
        <translation>{staff_no} {name}（{roles}）· 工作站 {station} · {database}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="190" />
        <source>{site} — deskapp</source>
        <translation>{site} — 前台与监控中心系统</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="220" />
        <source>F2 starts a call at the front desk; your role does not take calls.</source>
        <translation>F2 用于前台接听来电；您的角色不接听来电。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="253" />
        <source>Locked after {minutes} idle minutes. {name}, enter your password, or another staff member logs in.</source>
        <translation>已闲置 {minutes} 分钟，屏幕已锁定。{name}，请输入密码解锁；或由其他员工登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="256" />
        <location filename="../../src/deskapp/ui/main_window.py" line="267" />
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="297" />
        <source>Your password was set by an administrator. Choose your own now.</source>
        <translation>您的密码由管理员设置，请现在设置您自己的密码。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="313" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="314" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="315" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="316" />
        <source>&amp;Station settings…</source>
        <translation>工作站设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="317" />
        <source>S&amp;ite settings…</source>
        <translation>项目设置(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="318" />
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="319" />
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="320" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="321" />
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="322" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="323" />
        <source>&amp;About deskapp</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="330" />
        <source>The new language is used from the next start of deskapp.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="343" />
        <source>About deskapp</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/main_window.py" line="344" />
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
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="122" />
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="123" />
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
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="149" />
        <source>Appointment (book the visit)</source>
        <translation>预约（约定上门时间）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="150" />
        <source>Follow-up (progress to the owner)</source>
        <translation>跟踪反馈（向业主说明进度）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="153" />
        <source>Reached the owner</source>
        <translation>已联系到业主</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="154" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/requests.py" line="155" />
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
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="86" />
        <source>Expected today, not yet collected: {count}</source>
        <translation>今日待放行：{count} 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="101" />
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="217" />
        <source>REFUSED</source>
        <translation>拒绝放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="119" />
        <location filename="../../forms/pass_gate_page.ui" line="4" />
        <source>Scan a pass</source>
        <translation>请扫描放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="126" />
        <source>Check the load against the items, then release it (Ctrl+Enter) and keep the red copy for the desk.</source>
        <translation>请按物品清单核对货物，核对无误后放行（Ctrl+Enter），收回放行联交回前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="150" />
        <source>Pass {number} · unit {room} · {state}</source>
        <translation>放行条 {number} · {room} · {state}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="152" />
        <source>Valid {window}</source>
        <translation>有效时间 {window}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="153" />
        <source>Applicant {name} ({document} {masked})</source>
        <translation>申请人 {name}（{document} {masked}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="157" />
        <source>Vehicle {plate}</source>
        <translation>车辆 {plate}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="159" />
        <source>Movers: {movers}</source>
        <translation>搬运：{movers}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="161" />
        <source>Remarks: {remarks}</source>
        <translation>备注：{remarks}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="162" />
        <source>Issued by {name} at {time}</source>
        <translation>{name} 于 {time} 开具</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="189" />
        <source>RELEASED</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="189" />
        <source>Pass {number} collected at {time}: keep the red copy for the desk.</source>
        <translation>放行条 {number} 已于 {time} 放行：放行联请交回前台。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="206" />
        <source>NOT RELEASED</source>
        <translation>不予放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_gate_page.py" line="207" />
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
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="59" />
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="141" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="140" />
        <source>Someone else (mover, tenant's agent …)</source>
        <translation>其他人（搬运人员、租户代理人等）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="158" />
        <source>Type a unit to see its residents, warnings and passes.</source>
        <translation>输入房号，查看住户、提醒和放行条。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="162" />
        <source>owners: {names}</source>
        <translation>业主：{names}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="162" />
        <source>none on file</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_issue_page.py" line="210" />
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
</context>
<context>
    <name>PassListPage</name>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="42" />
        <source>All passes</source>
        <translation>全部放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="43" />
        <source>Expected today</source>
        <translation>今日待放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="44" />
        <source>Red copy not back</source>
        <translation>放行联未交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="45" />
        <source>Never collected</source>
        <translation>过期未使用</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="123" />
        <source>{count}+ passes, scroll for more</source>
        <translation>{count}+ 张，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="124" />
        <source>1 pass</source>
        <translation>1 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="124" />
        <source>{count} passes</source>
        <translation>{count} 张</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="146" />
        <source>Pick a pass to see its details.</source>
        <translation>选择一张放行条查看详情。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="151" />
        <source>Pass {number} · unit {room} · {state}</source>
        <translation>放行条 {number} · {room} · {state}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="153" />
        <source>Valid {window}</source>
        <translation>有效时间 {window}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="154" />
        <source>Applicant {name} ({document} {masked})</source>
        <translation>申请人 {name}（{document} {masked}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="156" />
        <source>owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="157" />
        <source>Items: {items}</source>
        <translation>物品：{items}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="160" />
        <source>Consent: {owner}, {method}, {time}, taken by {staff}</source>
        <translation>业主同意：{owner}，{method}，{time}，经办 {staff}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="166" />
        <source>Remarks: {remarks}</source>
        <translation>备注：{remarks}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="167" />
        <source>Issued by {name} at {time} ({station})</source>
        <translation>{name} 于 {time} 开具（{station}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="169" />
        <source>reprinted {count}×</source>
        <translation>补打 {count} 次</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="171" />
        <source>Refused at {gate} by {name} at {time}</source>
        <translation>{gate} {name} 于 {time} 拒绝放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="172" />
        <source>Collected at {gate} by {name} at {time}</source>
        <translation>{gate} {name} 于 {time} 放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="177" />
        <source>Red copy filed by {name} at {time}</source>
        <translation>{name} 于 {time} 收回放行联归档</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="180" />
        <source>Void since {time}: {reason}</source>
        <translation>{time} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="198" />
        <source>Void pass {number} of {room}? It stays in the list, marked void, and the gate refuses it.</source>
        <translation>作废 {room} 的放行条 {number}？它仍留在列表中并标为作废，门岗将拒绝放行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/pass_list_page.py" line="219" />
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
        <location filename="../../src/deskapp/ui/tabs/phone.py" line="73" />
        <source> (callbacks {count}: due soon {soon}, overdue {overdue})</source>
        <translation>（回访 {count}：即将到期 {soon}，逾期 {overdue}）</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/print_preview.py" line="139" />
        <source>No printer is installed on this PC. Save the printout as a PDF instead.</source>
        <translation>本机未安装打印机，请改为另存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/print_preview.py" line="144" />
        <source>The printer {name} could not be used. Check that it is on and try again.</source>
        <translation>无法使用打印机 {name}，请检查打印机是否开启后重试。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/print_preview.py" line="154" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/print_preview.py" line="163" />
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
        <location filename="../../forms/requests_page.ui" line="87" />
        <source>Progress notes</source>
        <translation>跟单记录</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="129" />
        <source>New &amp;request…</source>
        <translation>新建工单(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="136" />
        <source>Call the o&amp;wner…</source>
        <translation>致电业主(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="143" />
        <source>&amp;Dispatch…</source>
        <translation>派工(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="150" />
        <source>S&amp;tart</source>
        <translation>开始处理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="157" />
        <source>Co&amp;mplete…</source>
        <translation>完成(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="164" />
        <source>&amp;Note…</source>
        <translation>记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="171" />
        <source>Re&amp;port to owner…</source>
        <translation>向业主反馈(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="178" />
        <source>Cance&amp;l…</source>
        <translation>取消(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="185" />
        <source>Cl&amp;ose…</source>
        <translation>关闭(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="199" />
        <source>Print wor&amp;k order…</source>
        <translation>打印派工单(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="167" />
        <source>Paid: {item} ¥{fee:.2f} {promise}</source>
        <translation>有偿服务：{item} ¥{fee:.2f} {promise}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="178" />
        <source>A progress report to the owner is due: call, then “Report to owner…”.</source>
        <translation>需要向业主反馈进度：致电后点“向业主反馈…”。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="42" />
        <source>Taking it up</source>
        <translation>受理响应</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="43" />
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="44" />
        <source>The promised time</source>
        <translation>承诺时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="45" />
        <source>The callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="171" />
        <source>Dispatched to {who}</source>
        <translation>派工给 {who}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="172" />
        <source>promised by {time}</source>
        <translation>承诺 {time} 前完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="265" />
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="265" />
        <source>What was done? The callback is due within 24 hours.</source>
        <translation>做了什么？需在 24 小时内回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="269" />
        <source>What was the owner told about the progress?</source>
        <translation>向业主反馈了什么进度？</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="270" />
        <source>The progress note (kept with the time and your name).</source>
        <translation>跟单记录（连同时间和您的姓名一并保存）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="271" />
        <source>Report to owner</source>
        <translation>向业主反馈</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="271" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/requests_page.py" line="278" />
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
        <location filename="../../forms/site_form.ui" line="176" />
        <source>Room numbers</source>
        <translation>房号规则</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="182" />
        <source>&amp;Buildings</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="195" />
        <source>such as 1-20, A, B (empty: any building)</source>
        <translation>如 1-20, A, B（留空：任意楼栋）</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="202" />
        <source>&amp;Entrances per building</source>
        <translation>每栋单元数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="215" />
        <source>Base&amp;ment floors (B1 …)</source>
        <translation>地下层数（B1 …）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="238" />
        <source>&amp;Top floor</source>
        <translation>最高楼层(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="261" />
        <source>Rooms per &amp;floor</source>
        <translation>每层户数(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/site_form.ui" line="284" />
        <source>Also rooms &amp;without a floor in their number (A1, shops)</source>
        <translation>也允许号码中不含楼层的房号（如 A1、商铺）(&amp;W)</translation>
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
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="34" />
        <source>Five ones: {five}
Before they leave: {closing}</source>
        <translation>五个一：{five}
结束前：{closing}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="95" />
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="97" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="96" />
        <source>All purposes</source>
        <translation>全部事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="98" />
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="153" />
        <source>Other visitor (not in the directory)</source>
        <translation>其他来访人（不在住户档案中）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="159" />
        <location filename="../../forms/visit_page.ui" line="274" />
        <source>Type a unit to see its residents, warnings and latest visits.</source>
        <translation>输入房号后，这里显示住户、警示和最近来访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="162" />
        <source>1 resident</source>
        <translation>1 位住户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="163" />
        <source>{count} residents</source>
        <translation>{count} 位住户</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="196" />
        <source>Saved: {room} {name}, {purpose}.</source>
        <translation>已保存：{room} {name}，{purpose}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="199" />
        <source>Request {number} created.</source>
        <translation>已生成工单 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="256" />
        <source>{count}+ visits, scroll for more</source>
        <translation>{count}+ 条来访，向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="257" />
        <source>{count} visits</source>
        <translation>{count} 条来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="257" />
        <source>1 visit</source>
        <translation>1 条来访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/tabs/visit_page.py" line="283" />
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
        <location filename="../../src/deskapp/db/migrate.py" line="23" />
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
        <location filename="../../src/deskapp/domain/roles.py" line="85" />
        <source>Your role does not allow this ({permission}).</source>
        <translation>您的角色无权进行此操作（{permission}）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="86" />
        <source>Only a supervisor can lift a safety or dispute hold. Ask a supervisor; the hold stays.</source>
        <translation>只有主管可以解除安全/特别关照或纠纷警示。请联系主管；警示保留。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="88" />
        <source>This request has been dispatched: only a supervisor can cancel it now. Nothing was changed.</source>
        <translation>该工单已派工，现在只有主管可以取消。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="96" />
        <source>An administrator has deactivated your account. Nothing was saved; another member can log in.</source>
        <translation>管理员已停用您的账号。未保存任何内容；可由其他员工登录。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="98" />
        <source>An administrator has changed your roles. Nothing was saved; log in again to go on.</source>
        <translation>管理员已更改您的角色。未保存任何内容；请重新登录后继续。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/roles.py" line="100" />
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
        <location filename="../../src/deskapp/services/site.py" line="22" />
        <source>This database is already set up.</source>
        <translation>此数据库已完成初始设置。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/site.py" line="23" />
        <source>This database has not been set up yet.</source>
        <translation>此数据库尚未完成初始设置。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/site.py" line="24" />
        <source>Enter a number of minutes from {min} to {max}.</source>
        <translation>请输入 {min} 到 {max} 之间的分钟数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/units.py" line="42" />
        <location filename="../../src/deskapp/services/site.py" line="25" />
        <source>Enter a number from {min} to {max}.</source>
        <translation>请输入 {min} 到 {max} 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/site.py" line="26" />
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
        <location filename="../../src/deskapp/services/passes.py" line="53" />
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
        <location filename="../../src/deskapp/services/visits.py" line="31" />
        <source>Enter the unit the visit is about, such as 3-2-1502.</source>
        <translation>请输入来访涉及的房号，例如 3-2-1502。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="32" />
        <source>Choose what the visitor came for.</source>
        <translation>请选择来访事由。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="33" />
        <source>Choose whether it was resolved or needs follow-up.</source>
        <translation>请选择当场解决还是需要跟进。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="34" />
        <source>Say what was done, since it was resolved on the spot.</source>
        <translation>当场解决的，请填写处理情况。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="35" />
        <source>That resident does not live in {room}.</source>
        <translation>该住户不住在 {room}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="36" />
        <source>This visit record no longer exists.</source>
        <translation>该来访记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/visits.py" line="37" />
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="65" />
        <source>A request that is “{state}” cannot be {step}.</source>
        <translation>状态为“{state}”的工单不能{step}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="46" />
        <source>Request {number} does not exist.</source>
        <translation>工单 {number} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="47" />
        <source>Choose the department responsible.</source>
        <translation>请选择负责部门。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="48" />
        <source>Choose what kind of request this is.</source>
        <translation>请选择工单类别。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="49" />
        <source>Give the unit, or where in the estate for a public area.</source>
        <translation>请填写房号；公共区域请填写具体位置。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="50" />
        <source>The promised time is already past.</source>
        <translation>承诺时间已经过去。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="51" />
        <source>“{text}” is not a fee: give a positive amount such as 80 or 35.50.</source>
        <translation>“{text}”不是有效金额：请填写正数，例如 80 或 35.50。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="52" />
        <source>“{text}” is not a fee: write yuan with a decimal point, such as 35.50 (not 35,50).</source>
        <translation>“{text}”不是金额：请用小数点写元，如 35.50（不是 35,50）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="54" />
        <source>“{text}” is not a fee: at most 2 decimals (fen), such as 35.50.</source>
        <translation>“{text}”不是金额：最多两位小数（分），如 35.50。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="55" />
        <source>A fee of more than ¥{max} is not taken at the desk; check the amount.</source>
        <translation>前台不收取超过 ¥{max} 的费用，请核对金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="56" />
        <source>A paid service needs the item and its fee.</source>
        <translation>有偿服务需要填写服务项目和收费金额。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="57" />
        <source>Say who the request is dispatched to.</source>
        <translation>请填写派工对象。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="62" />
        <source>A complaint closes only with its classification, the cause analysis and the accountability note.</source>
        <translation>投诉需要填写分类、原因分析和问责意见后才能关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="65" />
        <source>Choose one of the complaint classifications.</source>
        <translation>请选择投诉分类。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="66" />
        <source>Record how satisfied the owner was.</source>
        <translation>请记录业主满意度。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="67" />
        <source>This visit was resolved on the spot; it needs no request.</source>
        <translation>该来访已当场解决，不需要建工单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="68" />
        <source>This visit already has request {number}.</source>
        <translation>该来访已有工单 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="72" />
        <source>This request was dispatched to {assignee} by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 派工给{assignee}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="73" />
        <source>This request was started by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 开始处理。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="74" />
        <source>This request was completed by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 完成。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="75" />
        <source>This request was called back by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="76" />
        <source>This request was reopened after a callback by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 回访后重新处理。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="77" />
        <source>This request was closed by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 关闭。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="78" />
        <source>This request was cancelled by {name} at {time}.</source>
        <translation>该工单已由{name}于 {time} 取消。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/calls.py" line="27" />
        <source>Choose what the call is about.</source>
        <translation>请选择来电事由。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/calls.py" line="28" />
        <source>Choose whether the call was answered or needs a request.</source>
        <translation>请选择当场答复还是生成工单。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/calls.py" line="29" />
        <source>Choose why you are calling: appointment, follow-up or callback.</source>
        <translation>请选择去电目的：预约、跟踪反馈或回访。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/requests.py" line="69" />
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
        <location filename="../../src/deskapp/domain/passes.py" line="56" />
        <source>A pass that is “{state}” cannot be {step}.</source>
        <translation>状态为“{state}”的放行条不能{step}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="133" />
        <source>The end of the time window must be after its start.</source>
        <translation>放行时段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="134" />
        <source>The moving day is already past.</source>
        <translation>搬出日期已过。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="135" />
        <source>The moving day is more than {days} days ahead.</source>
        <translation>搬出日期超过 {days} 天之后。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="136" />
        <source>A pass is valid for 1 to {days} days.</source>
        <translation>放行条有效期为 1 至 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="171" />
        <source>List at least one item that leaves the estate.</source>
        <translation>请至少填写一项搬出的物品。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="172" />
        <source>A pass lists at most {max} item lines; issue a second pass.</source>
        <translation>一张放行条最多 {max} 行物品；请另开一张。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="173" />
        <source>Item line {line}: name the item.</source>
        <translation>第 {line} 行物品：请填写物品名称。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="174" />
        <source>Item line {line}: the quantity is a whole number from 1 to {max}.</source>
        <translation>第 {line} 行物品：数量须为 1 至 {max} 的整数。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="175" />
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
        <location filename="../../src/deskapp/domain/passes.py" line="238" />
        <source>This unit has an arrears hold: confirm the owner was told before issuing the pass.</source>
        <translation>本户有欠费警示：开具放行条前请确认已告知业主。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="52" />
        <source>“{text}” is not a pass number (P and 8 digits, as printed).</source>
        <translation>“{text}”不是放行条号（P 加 8 位数字，以放行条上印的为准）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="55" />
        <source>There is no pass {number}.</source>
        <translation>没有放行条 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="56" />
        <source>Pass {number} was voided by {name} at {time}: {reason}</source>
        <translation>放行条 {number} 已由{name}于 {time} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="57" />
        <source>Pass {number} was already collected at {time} at {gate} by {name}.</source>
        <translation>放行条 {number} 已于 {time} 在{gate}由{name}收回放行。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="59" />
        <source>Pass {number} was refused at {time} at {gate} by {name}: {note}. A new pass is needed.</source>
        <translation>放行条 {number} 已于 {time} 在{gate}被{name}拒绝放行：{note}。需要重新开具放行条。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="61" />
        <source>Pass {number} was valid until {until}: it has expired.</source>
        <translation>放行条 {number} 有效期至 {until}，已过期。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="62" />
        <source>Pass {number} is valid from {since}: not yet.</source>
        <translation>放行条 {number} 自 {since} 起有效，尚未生效。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="63" />
        <source>Pass {number} was already voided by {name} at {time}: {reason}. Nothing was changed.</source>
        <translation>放行条 {number} 已由{name}于 {time} 作废：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="65" />
        <source>Only a supervisor, or the member who issued it before it is collected, can void pass {number}.</source>
        <translation>只有主管，或开具人在放行前，才能作废放行条 {number}。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="67" />
        <source>Pass {number}'s red copy is filed: it can no longer be voided.</source>
        <translation>放行条 {number} 的放行联已归档，不能再作废。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="68" />
        <source>Pass {number} has not been collected at a gate: there is no red copy to check in.</source>
        <translation>放行条 {number} 尚未在门岗放行，没有可交回的放行联。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="70" />
        <source>The red copy of pass {number} was already checked in by {name} at {time}.</source>
        <translation>放行条 {number} 的放行联已由{name}于 {time} 登记交回。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="72" />
        <source>Name the gate (this station's gate in its settings).</source>
        <translation>请填写门岗名称（在本工作站设置中）。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="73" />
        <source>Say how the load differs from the pass.</source>
        <translation>请说明所运物品与放行条有何不符。</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/services/passes.py" line="74" />
        <source>This resident is not a current resident of unit {room}.</source>
        <translation>此人不是 {room} 的现住户。</translation>
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
    <name>messages</name>
    <message>
        <location filename="../../src/deskapp/app.py" line="122" />
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
        <location filename="../../src/deskapp/ui/models/directory.py" line="24" />
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="30" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="38" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="67" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="67" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="119" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="183" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="26" />
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="25" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="44" />
        <location filename="../../src/deskapp/ui/models/import_plan.py" line="31" />
        <location filename="../../src/deskapp/ui/models/staff.py" line="28" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="98" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="26" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="45" />
        <source>Type</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="27" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="46" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="40" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="66" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="28" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="59" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="99" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="28" />
        <location filename="../../src/deskapp/ui/models/directory.py" line="48" />
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
        <location filename="../../src/deskapp/ui/models/directory.py" line="49" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="62" />
        <location filename="../../src/deskapp/ui/models/history.py" line="31" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="63" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="171" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="64" />
        <source>Entered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/directory.py" line="65" />
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
        <location filename="../../src/deskapp/ui/models/passes.py" line="44" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="122" />
        <location filename="../../src/deskapp/ui/models/staff.py" line="30" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="63" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/staff.py" line="31" />
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/history.py" line="30" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="63" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="168" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="25" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/history.py" line="32" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="68" />
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="27" />
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
        <location filename="../../src/deskapp/ui/models/requests.py" line="69" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="120" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="29" />
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="70" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="30" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="107" />
        <source> · report due</source>
        <translation> · 待反馈</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/history.py" line="33" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="71" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="125" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="186" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="31" />
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
        <location filename="../../src/deskapp/ui/models/requests.py" line="64" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="75" />
        <source>{days} d {hours} h overdue</source>
        <translation>超时 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="76" />
        <source>{hours} h {minutes} min overdue</source>
        <translation>超时 {hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="77" />
        <source>{minutes} min overdue</source>
        <translation>超时 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="78" />
        <source>due in {days} d {hours} h</source>
        <translation>还剩 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="79" />
        <source>due in {hours} h {minutes} min</source>
        <translation>还剩 {hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="80" />
        <source>due in {minutes} min</source>
        <translation>还剩 {minutes} 分</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="117" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="182" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="118" />
        <source>Registered</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="121" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="123" />
        <location filename="../../src/deskapp/ui/models/requests.py" line="181" />
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="124" />
        <source>Dispatched to</source>
        <translation>派工给</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="169" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="170" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="180" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="184" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="33" />
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="50" />
        <source>Left {time}</source>
        <translation>已于 {time} 离场</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="51" />
        <source>On site</source>
        <translation>在场</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="56" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="80" />
        <source>Slip</source>
        <translation>访客单号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="57" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="84" />
        <source>In</source>
        <translation>进入</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="58" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="81" />
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="60" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="82" />
        <source>Host unit</source>
        <translation>到访房号</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="61" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="83" />
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/passes.py" line="43" />
        <location filename="../../src/deskapp/ui/models/passes.py" line="68" />
        <location filename="../../src/deskapp/ui/models/visits.py" line="62" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="85" />
        <source>Valid until</source>
        <translation>有效至</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="100" />
        <source>ID last digits</source>
        <translation>证件号后几位</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="101" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/visits.py" line="102" />
        <source>Until</source>
        <translation>截止</translation>
    </message>
</context>
<context>
    <name>passes</name>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="32" />
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="33" />
        <source>Collected at the gate</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="34" />
        <source>Red copy filed</source>
        <translation>放行联已归档</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="35" />
        <source>Refused at the gate</source>
        <translation>门岗拒绝放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="36" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="58" />
        <source>collected</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="59" />
        <source>refused</source>
        <translation>拒绝放行</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="60" />
        <source>checked in as returned</source>
        <translation>登记交回</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="61" />
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="266" />
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="267" />
        <source>REFUSED: expired (outside its time window)</source>
        <translation>拒绝：已过期（不在放行时段内）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="268" />
        <source>REFUSED: not yet valid</source>
        <translation>拒绝：尚未生效</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="269" />
        <source>REFUSED: void</source>
        <translation>拒绝：已作废</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="270" />
        <source>REFUSED: already collected</source>
        <translation>拒绝：已放行过</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="271" />
        <source>REFUSED: refused at the gate before; a new pass is needed</source>
        <translation>拒绝：此前已被门岗拒绝，需要重新开具</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="272" />
        <source>REFUSED: unknown number</source>
        <translation>拒绝：无此号码</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/passes.py" line="273" />
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
        <location filename="../../src/deskapp/domain/requests.py" line="97" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="98" />
        <source>Mostly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="99" />
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="117" />
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="118" />
        <source>Security</source>
        <translation>安防部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="119" />
        <source>Cleaning</source>
        <translation>保洁部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="120" />
        <source>Landscaping</source>
        <translation>绿化部</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/domain/requests.py" line="121" />
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
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="44" />
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="55" />
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="153" />
        <source>Standard ({page})</source>
        <translation>标准（{page}）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="62" />
        <source>Unit card</source>
        <translation>住户信息卡</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="63" />
        <source>Visitor slip</source>
        <translation>访客单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="64" />
        <source>On-site roll call</source>
        <translation>在场访客名单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="65" />
        <source>Work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="66" />
        <source>Move-out pass</source>
        <translation>放行条</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="67" />
        <source>Move-out pass reconciliation</source>
        <translation>放行条核对表</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="115" />
        <source>Test print…</source>
        <translation>打印测试页…</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="196" />
        <source>Any (with or without an entrance)</source>
        <translation>任意（有无单元均可）</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/dialogs/settings.py" line="197" />
        <source>None: building-room, such as A3-1502</source>
        <translation>不分单元：栋-室，如 A3-1502</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="145" />
        <source>Registered</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="146" />
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="147" />
        <source>Started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="148" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="149" />
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="150" />
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="151" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="152" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="153" />
        <source>Callback: no answer</source>
        <translation>回访：无人接听</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="154" />
        <source>Callback: wrong number</source>
        <translation>回访：号码错误</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="155" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/deskapp/ui/models/requests.py" line="156" />
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