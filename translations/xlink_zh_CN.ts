<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodeDetailHtml</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>the corrected text is shown above</source>
        <translation>上方显示的是更正后的文本</translation>
    </message>
    <message>
        <source>differs from the built-in text</source>
        <translation>与内置文本不同</translation>
    </message>
    <message>
        <source>the platform published both messages for this code</source>
        <translation>平台为此错误码发布过两条消息</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2：%3</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>排查建议</translation>
    </message>
    <message>
        <source>Also published as</source>
        <translation>其他已发布文本</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布页面</translation>
    </message>
    <message>
        <source>Known only from an imported page, not from the built-in catalogue.</source>
        <translation>仅见于导入的页面，不在内置错误码表中。</translation>
    </message>
    <message>
        <source>This code is not in the catalogue.</source>
        <translation>此错误码不在错误码表中。</translation>
    </message>
    <message>
        <source>Its class</source>
        <translation>所属类别</translation>
    </message>
    <message>
        <source>How codes are built</source>
        <translation>错误码的构成</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Developer console for the XLink (云智易) IoT platform: error codes, API calls, failure log.</source>
        <translation>云智易（XLink）物联网平台开发者控制台：错误码、API 调用、失败日志。</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been shown (for measuring startup time).</source>
        <translation>窗口显示后立即退出（用于测量启动时间）。</translation>
    </message>
</context>
<context>
    <name>xlink::ApiConsoleWidget</name>
    <message>
        <source>The login failed; the answer is shown below.</source>
        <translation>登录失败；响应显示在下方。</translation>
    </message>
    <message>
        <source>API Console</source>
        <translation>API 控制台</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Reopened from the history: below is the answer this call got at %1.</source>
        <translation>从历史重新打开：下面是此调用在 %1 得到的应答。</translation>
    </message>
    <message>
        <source>Opened from the failure log: below is the answer this call got at %1.</source>
        <translation>从失败日志打开：下面是此调用在 %1 得到的应答。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Opened from the run: below is the answer this request got in it.</source>
        <translation>从运行中打开：下方是该请求在运行中收到的应答。</translation>
    </message>
    <message>
        <source>Open a collection folder first.</source>
        <translation>请先打开一个集合文件夹。</translation>
    </message>
    <message>
        <source>A run is under way: stop it or wait for its end.</source>
        <translation>正在运行：请先停止或等待其结束。</translation>
    </message>
    <message>
        <source>The collection has no request to run.</source>
        <translation>该集合中没有可运行的请求。</translation>
    </message>
    <message>
        <source>%1 has no request to run (or does not parse).</source>
        <translation>%1 中没有可运行的请求（或无法解析）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the collection do not parse and were left out: %1</source>
        <translation>
            <numerusform>集合中有 %n 个文件无法解析，已跳过：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain did not give the value of %1.</source>
        <translation>钥匙串未提供 %1 的值。</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
</context>
<context>
    <name>xlink::Assertion</name>
    <message>
        <source>not an assertion (it does not start with “??”)</source>
        <translation>不是断言（不以“??”开头）</translation>
    </message>
    <message>
        <source>no condition (==, !=, &lt;, &lt;=, &gt;, &gt;=, includes, startsWith, exists)</source>
        <translation>缺少条件（==、!=、&lt;、&lt;=、&gt;、&gt;=、includes、startsWith、exists）</translation>
    </message>
    <message>
        <source>the condition “%1” is not supported</source>
        <translation>不支持条件“%1”</translation>
    </message>
    <message>
        <source>“%1” takes no field name</source>
        <translation>“%1”不带字段名</translation>
    </message>
    <message>
        <source>a header assertion names the header</source>
        <translation>响应头断言须写明响应头名称</translation>
    </message>
    <message>
        <source>“%1” is not a path into the body (name.name[0])</source>
        <translation>“%1”不是响应体中的路径（name.name[0]）</translation>
    </message>
    <message>
        <source>only a path after response.parsedBody is supported in js assertions, not “%1”</source>
        <translation>js 断言只支持 response.parsedBody 之后的路径，不支持“%1”</translation>
    </message>
    <message>
        <source>“%1” assertions are not supported (status, header, body, duration, js)</source>
        <translation>不支持“%1”断言（支持 status、header、body、duration、js）</translation>
    </message>
    <message>
        <source>js assertions compare with a number, a string, true, false or null</source>
        <translation>js 断言只能与数字、字符串、true、false 或 null 比较</translation>
    </message>
</context>
<context>
    <name>xlink::AssertionEvaluator</name>
    <message>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>%1: not supported: %2</source>
        <translation>%1：不支持：%2</translation>
    </message>
    <message>
        <source>to exist (not missing, empty, 0, false or null)</source>
        <translation>存在（不是缺失、空、0、false 或 null）</translation>
    </message>
    <message>
        <source>%1: %2 as expected</source>
        <translation>%1：%2，符合预期</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1：预期 %2，实际 %3</translation>
    </message>
</context>
<context>
    <name>xlink::BodySearchModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Byte Offset</source>
        <translation>字节偏移</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>xlink::CallHistoryModel</name>
    <message>
        <source>[login] </source>
        <translation>[登录] </translation>
    </message>
    <message>
        <source>[refresh] </source>
        <translation>[刷新] </translation>
    </message>
    <message>
        <source>[replay] </source>
        <translation>[重放] </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>xlink::CallHistoryPane</name>
    <message>
        <source>Filter the calls of this session</source>
        <translation>筛选本次会话的调用</translation>
    </message>
    <message>
        <source>Save to Collection…</source>
        <translation>保存到集合…</translation>
    </message>
</context>
<context>
    <name>xlink::CallWorkspace</name>
    <message>
        <source>There is no environment with the id %1.</source>
        <translation>没有 ID 为 %1 的环境。</translation>
    </message>
</context>
<context>
    <name>xlink::CodeBrowserWidget</name>
    <message>
        <source>code %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <source>the messages of %1</source>
        <translation>错误码 %1 的消息</translation>
    </message>
    <message>
        <source>%1 as JSON</source>
        <translation>错误码 %1 的 JSON</translation>
    </message>
    <message>
        <source>%1 as a Markdown table row</source>
        <translation>错误码 %1 的 Markdown 表格行</translation>
    </message>
    <message>
        <source>The error-code catalogue could not be loaded.</source>
        <translation>无法加载错误码表。</translation>
    </message>
    <message>
        <source>No code with HTTP status %1 matches “%2”.</source>
        <translation>没有 HTTP 状态码为 %1 的错误码匹配“%2”。</translation>
    </message>
    <message>
        <source>No code matches “%1”.</source>
        <translation>没有匹配“%1”的错误码。</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue.</source>
        <translation>%1 不在错误码表中。</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>已复制%1。</translation>
    </message>
    <message>
        <source>%1 of %2 codes</source>
        <translation>%1 / %2 个错误码</translation>
    </message>
    <message>
        <source>All HTTP statuses</source>
        <translation>全部 HTTP 状态码</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n codes)</source>
        <translation>
            <numerusform>%1 %2（%n 个错误码）</numerusform>
        </translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Search by code, part of a code, HTTP status, or text in Chinese or English (Ctrl+K)</source>
        <translation>按错误码、部分错误码、HTTP 状态码或中英文文本搜索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Show only the codes of one HTTP status</source>
        <translation>只显示某一 HTTP 状态码下的错误码</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制错误码</translation>
    </message>
    <message>
        <source>Copy messages</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Copy as Markdown row</source>
        <translation>复制为 Markdown 表格行</translation>
    </message>
    <message>
        <source>Not seen in the failure log.</source>
        <translation>失败日志中未出现过。</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) in the failure log</source>
        <translation>
            <numerusform>在失败日志中出现过 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Not seen in the team log.</source>
        <translation>团队日志中未出现。</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) in the team log</source>
        <translation>
            <numerusform>在团队日志中出现 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::CodeCountModel</name>
    <message>
        <source>(not in the catalogue)</source>
        <translation>（不在错误码表中）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>xlink::CodeTableModel</name>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionFileEditor</name>
    <message>
        <source>%1 has unsaved changes: save or revert them to see %2.</source>
        <translation>%1 有未保存的修改：请保存或还原后再查看 %2。</translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 无法解析：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Unsaved Collection File</source>
        <translation>集合文件未保存</translation>
    </message>
    <message>
        <source>%1 has edits that are not saved. Save them before closing?</source>
        <translation>%1 有尚未保存的修改。关闭前保存吗？</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>文件在磁盘上已被修改</translation>
    </message>
    <message>
        <source>%1 changed on disk while you were editing it.</source>
        <translation>你编辑 %1 时，它在磁盘上被修改了。</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk while you were editing it.</source>
        <translation>你编辑 %1 时，它在磁盘上被删除或移走了。</translation>
    </message>
    <message>
        <source>Keep your text (saving it replaces the file on disk) or load the file from disk (your changes are lost)?</source>
        <translation>保留你的文本（保存时会替换磁盘上的文件），还是从磁盘载入文件（你的修改会丢失）？</translation>
    </message>
    <message>
        <source>Keep your text (saving it writes the file again) or close it (your changes are lost)?</source>
        <translation>保留你的文本（保存时会重新写入文件），还是关闭它（你的修改会丢失）？</translation>
    </message>
    <message>
        <source>Keep My Text</source>
        <translation>保留我的文本</translation>
    </message>
    <message>
        <source>Load from Disk</source>
        <translation>从磁盘载入</translation>
    </message>
    <message>
        <source>Close It</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 changed on disk; your unsaved text is kept.</source>
        <translation>%1 在磁盘上已被修改；你未保存的文本已保留。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionFolder</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>No collection folder is open.</source>
        <translation>没有打开集合文件夹。</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a name: no slashes, no leading dot or spaces.</source>
        <translation>“%1”不能用作名称：不能含斜杠，不能以点或空格开头。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>%1 changed on disk and was read again: nothing was changed; look at it and try again.</source>
        <translation>%1 在磁盘上已被修改并已重新读取：未做任何更改；请查看后再试。</translation>
    </message>
    <message>
        <source>%1 cannot be changed here until it parses: %2</source>
        <translation>%1 能被解析之前无法在这里修改：%2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>%1 has a request named %2 already.</source>
        <translation>%1 中已有名为 %2 的请求。</translation>
    </message>
    <message>
        <source>“%1” cannot name a request: letters, digits, _ and - only.</source>
        <translation>“%1”不能用作请求名：只能使用字母、数字、_ 和 -。</translation>
    </message>
    <message>
        <source>A collection file ends in .http: %1</source>
        <translation>集合文件须以 .http 结尾：%1</translation>
    </message>
    <message>
        <source>That request is no longer in %1.</source>
        <translation>该请求已不在 %1 中。</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法把 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>A folder cannot go into itself.</source>
        <translation>文件夹不能移到它自己里面。</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>无法把 %1 移到 %2。</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionItemActions</name>
    <message>
        <source>Save or revert the text of %1 first.</source>
        <translation>请先保存或还原 %1 的文本。</translation>
    </message>
    <message>
        <source>Select the file the request goes into (or make one with New File).</source>
        <translation>请选择请求要放入的文件（或用“新建文件”创建一个）。</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>新请求</translation>
    </message>
    <message>
        <source>Name of the request (letters, digits, _ and -):</source>
        <translation>请求名（字母、数字、_ 和 -）：</translation>
    </message>
    <message>
        <source>Request %1 added to %2.</source>
        <translation>已把请求 %1 添加到 %2。</translation>
    </message>
    <message>
        <source>Open a collection folder first.</source>
        <translation>请先打开一个集合文件夹。</translation>
    </message>
    <message>
        <source>New File</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>Name of the .http file:</source>
        <translation>.http 文件名：</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the folder:</source>
        <translation>文件夹名：</translation>
    </message>
    <message>
        <source>Rename Request</source>
        <translation>重命名请求</translation>
    </message>
    <message>
        <source>New name of the request:</source>
        <translation>请求的新名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>There is nowhere else to move it.</source>
        <translation>没有其他可移动到的位置。</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>Move the request to the file:</source>
        <translation>把请求移到文件：</translation>
    </message>
    <message>
        <source>Move to the folder:</source>
        <translation>移到文件夹：</translation>
    </message>
    <message>
        <source>Delete the request %1 from %2?</source>
        <translation>从 %2 中删除请求 %1？</translation>
    </message>
    <message>
        <source>Delete the file %1 and its requests?</source>
        <translation>删除文件 %1 及其中的请求？</translation>
    </message>
    <message>
        <source>Delete the folder %1 and everything in it?</source>
        <translation>删除文件夹 %1 及其中的全部内容？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New Request…</source>
        <translation>新建请求…</translation>
    </message>
    <message>
        <source>New File…</source>
        <translation>新建文件…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move To…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionPostmanActions</name>
    <message>
        <source>Open a collection folder first.</source>
        <translation>请先打开一个集合文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported into %1.</source>
        <translation>
            <numerusform>已把 %n 个请求导入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Exported to %1 for Postman and newman.</source>
        <translation>已导出到 %1，可用于 Postman 和 newman。</translation>
    </message>
    <message>
        <source>Import Postman Collection</source>
        <translation>导入 Postman 集合</translation>
    </message>
    <message>
        <source>Postman collection (*.json)</source>
        <translation>Postman 集合 (*.json)</translation>
    </message>
    <message>
        <source>Export as Postman Collection</source>
        <translation>导出为 Postman 集合</translation>
    </message>
    <message>
        <source>Import Postman Collection…</source>
        <translation>导入 Postman 集合…</translation>
    </message>
    <message>
        <source>Export as Postman Collection…</source>
        <translation>导出为 Postman 集合…</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionRequestSaver</name>
    <message>
        <source>The request this tab was opened from is not in the open collection any more: save it with Save Request in the Collections tab.</source>
        <translation>这个标签页打开时所用的请求已不在当前集合中：请在“集合”标签页中用“保存请求”保存它。</translation>
    </message>
    <message>
        <source>Open a collection folder first (the folder icon above the tree).</source>
        <translation>请先打开集合文件夹（树上方的文件夹图标）。</translation>
    </message>
    <message>
        <source>Replace Request</source>
        <translation>替换请求</translation>
    </message>
    <message>
        <source>%1 has a request named %2 already. Replace it?</source>
        <translation>%1 中已有名为 %2 的请求。要替换它吗？</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>已把 %1 保存到 %2。</translation>
    </message>
    <message>
        <source>Saved %1 in %2 without %3: a credential is not written into a file (the session&apos;s token is added when the request runs).</source>
        <translation>已把 %1 保存到 %2，但不含 %3：凭据不会写入文件（运行请求时会加上会话的令牌）。</translation>
    </message>
    <message>
        <source>Save Request…</source>
        <translation>保存请求…</translation>
    </message>
    <message>
        <source>Save the composer&apos;s request into a file of the collection</source>
        <translation>把编辑器中的请求保存到集合的文件中</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionRunActions</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the selected request, or every request of the selected file or folder (%1)</source>
        <translation>运行所选请求，或所选文件、文件夹中的全部请求（%1）</translation>
    </message>
    <message>
        <source>Run All</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <source>Run every request of the collection (%1)</source>
        <translation>运行集合中的全部请求（%1）</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionRunner</name>
    <message numerus="yes">
        <source>%n script(s) before the request not run (no script engine)</source>
        <translation>
            <numerusform>请求前的 %n 个脚本未运行（没有脚本引擎）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response handler(s) not run (no script engine)</source>
        <translation>
            <numerusform>%n 个响应处理脚本未运行（没有脚本引擎）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the expected value has no value: %2</source>
        <translation>%1：期望值没有值：%2</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionTree</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
</context>
<context>
    <name>xlink::CollectionsSidebar</name>
    <message>
        <source>%1 changed on disk and was read again.</source>
        <translation>%1 在磁盘上已被修改，已重新读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n files changed on disk and were read again.</source>
        <translation>
            <numerusform>%n 个文件在磁盘上已被修改，已重新读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or revert the text of %1 before opening another folder.</source>
        <translation>打开其他文件夹前，请先保存或还原 %1 的文本。</translation>
    </message>
    <message>
        <source>Open Collection Folder</source>
        <translation>打开集合文件夹</translation>
    </message>
    <message>
        <source>Opened %1 from %2: Save Request writes your changes back into it.</source>
        <translation>已从 %2 打开 %1：“保存请求”会把你的修改写回其中。</translation>
    </message>
    <message>
        <source>Text •</source>
        <translation>文本 •</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Open a folder of .http files as the collection</source>
        <translation>把一个存放 .http 文件的文件夹作为集合打开</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Read the Folder Again</source>
        <translation>重新读取文件夹</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>No .http files in this folder yet: %1 makes one.</source>
        <translation>这个文件夹里还没有 .http 文件：用“%1”新建一个。</translation>
    </message>
    <message>
        <source>No folder open: %1 opens one.</source>
        <translation>没有打开文件夹：用“%1”打开一个。</translation>
    </message>
</context>
<context>
    <name>xlink::CurlCodec</name>
    <message>
        <source>A quote is not closed.</source>
        <translation>有引号未闭合。</translation>
    </message>
    <message>
        <source>This is not a curl command: it must start with &apos;curl&apos;.</source>
        <translation>这不是 curl 命令：命令必须以 &apos;curl&apos; 开头。</translation>
    </message>
    <message>
        <source>The command reads its body from a file (%1 @…): paste the body itself instead.</source>
        <translation>该命令从文件读取请求体（%1 @…）：请直接粘贴请求体内容。</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>The command names more than one URL.</source>
        <translation>该命令包含多个 URL。</translation>
    </message>
    <message>
        <source>Unsupported curl option %1.</source>
        <translation>不支持的 curl 选项 %1。</translation>
    </message>
    <message>
        <source>The command has no URL.</source>
        <translation>该命令没有 URL。</translation>
    </message>
    <message>
        <source>The URL %1 is not an absolute http(s) URL.</source>
        <translation>URL %1 不是以 http(s) 开头的绝对 URL。</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; contains characters HTTP does not allow.</source>
        <translation>请求头名称“%1”包含 HTTP 不允许的字符。</translation>
    </message>
    <message>
        <source>The value of header %1 contains a line break or a NUL character.</source>
        <translation>请求头 %1 的值包含换行符或 NUL 字符。</translation>
    </message>
</context>
<context>
    <name>xlink::DecodeWidget</name>
    <message>
        <source>Error %1, line %2, column %3</source>
        <translation>错误 %1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>in an error object</source>
        <translation>位于错误对象中</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>服务器消息：“%1”</translation>
    </message>
    <message>
        <source>The code is not a number, so the catalogue cannot explain it.</source>
        <translation>该错误码不是数字，错误码表无法解释。</translation>
    </message>
    <message>
        <source>Show in the code browser</source>
        <translation>在错误码浏览器中显示</translation>
    </message>
    <message>
        <source>Paste a response body, a log excerpt or any other text on the left: every platform error object and 7-digit error code in it is explained here.</source>
        <translation>在左侧粘贴响应体、日志片段或任意文本：其中的每个平台错误对象和 7 位错误码都会在这里得到解释。</translation>
    </message>
    <message>
        <source>No platform error found in this text.</source>
        <translation>此文本中未发现平台错误。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n platform error(s).</source>
        <translation>
            <numerusform>发现 %n 个平台错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown.</source>
        <translation>
            <numerusform>另有 %n 个未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>&amp;Text to decode:</source>
        <translation>要解码的文本(&amp;T)：</translation>
    </message>
    <message>
        <source>{&quot;error&quot;:{&quot;code&quot;:&quot;4031003&quot;,&quot;msg&quot;:&quot;...&quot;}}, a log line, any text</source>
        <translation>{&quot;error&quot;:{&quot;code&quot;:&quot;4031003&quot;,&quot;msg&quot;:&quot;...&quot;}}、一行日志或任意文本</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Replace the text with the clipboard and decode it</source>
        <translation>用剪贴板内容替换文本并解码</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>×%1 in this text; the first is here</source>
        <translation>本文本中共 ×%1 次，此处为第一次</translation>
    </message>
    <message numerus="yes">
        <source>%n different code(s).</source>
        <translation>
            <numerusform>共 %n 个不同的错误码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::EndpointPickerWidget</name>
    <message>
        <source>Search by path, method, operation ID, summary or area (中文/English)</source>
        <translation>按路径、方法、operationId、摘要或分类搜索（中文/English）</translation>
    </message>
    <message>
        <source>Down goes to the results, Enter picks, Esc comes back here</source>
        <translation>↓ 进入结果，Enter 选择，Esc 回到这里</translation>
    </message>
</context>
<context>
    <name>xlink::EntryFormatter</name>
    <message>
        <source>(imported, not in the built-in catalogue)</source>
        <translation>（导入的，不在内置错误码表中）</translation>
    </message>
    <message>
        <source>Hint (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>发布于</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>Not in catalogue</source>
        <translation>不在错误码表中</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue. Its first three digits put it in the class of HTTP %2:</source>
        <translation>%1 不在错误码表中。按其前三位数字，它属于 HTTP %2 类：</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue, and its first three digits are not an HTTP status the platform uses.</source>
        <translation>%1 不在错误码表中，其前三位数字也不是平台使用的 HTTP 状态码。</translation>
    </message>
    <message>
        <source>Code structure</source>
        <translation>错误码结构</translation>
    </message>
    <message>
        <source>imported page %1</source>
        <translation>导入的页面 %1</translation>
    </message>
    <message>
        <source>Typo on %1</source>
        <translation>%1 上的笔误</translation>
    </message>
    <message>
        <source>Also on %1</source>
        <translation>%1 上的另一条消息</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>见于 %1</translation>
    </message>
</context>
<context>
    <name>xlink::Environment</name>
    <message>
        <source>Enterprise member</source>
        <translation>企业成员</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <source>App user</source>
        <translation>应用用户</translation>
    </message>
</context>
<context>
    <name>xlink::EnvironmentBar</name>
    <message>
        <source>Not logged in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>The local sandbox starts afresh at each run: this session ends when the console quits.</source>
        <translation>本地沙箱每次运行都会重新开始：此会话在控制台退出时结束。</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain and resumes at the next start.</source>
        <translation>会话保存在系统密钥环中，下次启动时自动恢复。</translation>
    </message>
    <message>
        <source>This session lasts until the console quits.</source>
        <translation>此会话只保留到控制台退出。</translation>
    </message>
    <message>
        <source>The platform gave no expiry for this token.</source>
        <translation>平台未给出此令牌的有效期。</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>令牌已过期。</translation>
    </message>
    <message>
        <source>Token expires in %1:%2:%3</source>
        <translation>令牌将在 %1:%2:%3 后过期</translation>
    </message>
    <message>
        <source>Resumed the session saved for this environment.</source>
        <translation>已恢复为此环境保存的会话。</translation>
    </message>
    <message>
        <source>The saved session has expired: logging in again.</source>
        <translation>保存的会话已过期：正在重新登录。</translation>
    </message>
    <message>
        <source>The saved session has expired: log in again.</source>
        <translation>保存的会话已过期：请重新登录。</translation>
    </message>
    <message>
        <source>Enter both the account and its secret to log in.</source>
        <translation>请输入账号及其密码/密钥后再登录。</translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation>环境(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Add, edit, duplicate or delete environments</source>
        <translation>添加、编辑、复制或删除环境</translation>
    </message>
    <message>
        <source>Log &amp;In</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>xlink::EnvironmentFile</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（第 %2 字节处%1）</translation>
    </message>
    <message>
        <source>expected an object of environments</source>
        <translation>应为以环境为成员的对象</translation>
    </message>
    <message>
        <source>the environment “%1” is not an object of values</source>
        <translation>环境“%1”不是由变量值组成的对象</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>大于 %1 MB</translation>
    </message>
</context>
<context>
    <name>xlink::EnvironmentListModel</name>
    <message>
        <source>Starts the local sandbox on this computer.</source>
        <translation>在本机启动本地沙箱。</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>新环境</translation>
    </message>
</context>
<context>
    <name>xlink::EnvironmentNames</name>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
    <message>
        <source>XLink production</source>
        <translation>云智易生产环境</translation>
    </message>
</context>
<context>
    <name>xlink::EnvironmentStore</name>
    <message>
        <source>New environment</source>
        <translation>新环境</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>xlink::EnvironmentValidator</name>
    <message>
        <source>Give the environment a name.</source>
        <translation>请为环境命名。</translation>
    </message>
    <message>
        <source>Another environment is already called “%1”: choose another name.</source>
        <translation>已有名为“%1”的环境：请换一个名称。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host, e.g. https://api2.xlink.cn.</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头并包含主机名，例如 https://api2.xlink.cn。</translation>
    </message>
    <message>
        <source>The base URL cannot carry a query, a fragment or a user name: give only the scheme, host, port and path prefix.</source>
        <translation>基础 URL 不能带查询参数、片段或用户名：只填写协议、主机、端口和路径前缀。</translation>
    </message>
    <message>
        <source>An enterprise ID (corp_id) is 16 hexadecimal characters, e.g. 5a1f0c0de0000001.</source>
        <translation>企业 ID（corp_id）为 16 位十六进制字符，例如 5a1f0c0de0000001。</translation>
    </message>
    <message>
        <source>The timeout must be at least one second.</source>
        <translation>超时时间至少为 1 秒。</translation>
    </message>
    <message>
        <source>The pinned certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>固定的证书不是 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in environment in another language: choose another name.</source>
        <translation>“%1”是内置环境在另一种语言下的名称，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>xlink::EnvironmentsDialog</name>
    <message>
        <source>The pinned certificates cannot be read: paste one or more PEM blocks (-----BEGIN CERTIFICATE----- …), or leave the field empty.</source>
        <translation>无法读取固定的证书：请粘贴一个或多个 PEM 块（-----BEGIN CERTIFICATE----- …），或留空。</translation>
    </message>
    <message>
        <source>Delete Environment</source>
        <translation>删除环境</translation>
    </message>
    <message>
        <source>Delete the environment “%1”?</source>
        <translation>删除环境“%1”？</translation>
    </message>
    <message>
        <source>Its settings, its stored secret and its saved session are removed.</source>
        <translation>将一并删除它的设置、保存的密钥和保存的会话。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Fix this, or press Revert to discard the changes, before closing.</source>
        <translation>请先修正此项，或按“还原”放弃更改，然后再关闭。</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>https://api2.xlink.cn</source>
        <translation>https://api2.xlink.cn</translation>
    </message>
    <message>
        <source>Login &amp;kind:</source>
        <translation>登录方式(&amp;K)：</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>保存在系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>No system keychain: kept in memory until the console quits, never in a file.</source>
        <translation>没有可用的系统密钥环：只保存在内存中直到控制台退出，绝不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>默认（%1 秒）</translation>
    </message>
    <message>
        <source>Pinned &amp;certificates:</source>
        <translation>固定的证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Optional: PEM certificates (a private CA or the server&apos;s own) trusted for this environment only, in addition to the system&apos;s.</source>
        <translation>可选：仅对此环境额外信任的 PEM 证书（私有 CA 或服务器自己的证书），系统信任的证书仍然有效。</translation>
    </message>
    <message>
        <source>Built in: its name and URL are fixed and it cannot be deleted. Duplicate it to make your own variant.</source>
        <translation>内置环境：名称和 URL 固定，不能删除。复制它即可创建自己的版本。</translation>
    </message>
    <message>
        <source>Chosen when the sandbox starts</source>
        <translation>沙箱启动时确定</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>变量(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>xlink::ErrorBannerText</name>
    <message>
        <source>Platform error %1</source>
        <translation>平台错误 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <source>This code is not in the catalogue.</source>
        <translation>此错误码不在错误码表中。</translation>
    </message>
    <message>
        <source>The error object came with HTTP %1: the call failed although the status says it succeeded.</source>
        <translation>错误对象随 HTTP %1 返回：尽管状态码表示成功，调用实际失败了。</translation>
    </message>
    <message>
        <source>The code came as a JSON number, not as the documented string.</source>
        <translation>错误码以 JSON 数字返回，而非文档规定的字符串。</translation>
    </message>
    <message>
        <source>Open %1 in the code browser</source>
        <translation>在错误码浏览器中打开 %1</translation>
    </message>
    <message>
        <source>No usable answer</source>
        <translation>没有可用的响应</translation>
    </message>
    <message>
        <source>HTTP %1: an HTML page, not the platform&apos;s JSON</source>
        <translation>HTTP %1：返回的是 HTML 页面，而非平台的 JSON</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>响应体不是有效的 JSON</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>排查建议：</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>Check the host name in the URL, and that this computer can resolve names (its network and DNS server).</source>
        <translation>请检查 URL 中的主机名，以及本机能否解析域名（网络与 DNS 服务器）。</translation>
    </message>
    <message>
        <source>The page is shown as text below.</source>
        <translation>该页面以文本形式显示在下方。</translation>
    </message>
    <message>
        <source>Answer off the documented schema</source>
        <translation>响应与文档的结构不符</translation>
    </message>
</context>
<context>
    <name>xlink::ErrorPageParser</name>
    <message>
        <source>No error-code table found. A page lists codes in a Markdown table with rows such as “| 4001001 | 请求数据字段验证不通过 |”.</source>
        <translation>未找到错误码表格。错误码页面以 Markdown 表格列出错误码，行的格式如“| 4001001 | 请求数据字段验证不通过 |”。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the first column should hold a 7-digit error code, but it reads “%1”.</source>
        <translation>第一列应为 7 位错误码，实际内容为“%1”。</translation>
    </message>
    <message>
        <source>code %1 has no message in the second column.</source>
        <translation>错误码 %1 的第二列没有消息。</translation>
    </message>
    <message>
        <source>%1 is not a platform error code: a code is an HTTP status followed by a 4-digit number.</source>
        <translation>%1 不是平台错误码：错误码由 HTTP 状态码加 4 位数字组成。</translation>
    </message>
    <message>
        <source>code %1 is listed under HTTP %2 (the heading on line %3), but its first three digits say HTTP %4.</source>
        <translation>错误码 %1 列在 HTTP %2 之下（第 %3 行的标题），但其前三位数字表示 HTTP %4。</translation>
    </message>
    <message>
        <source>Line %1: code %2 repeats line %3 with the same message; the repeat is ignored.</source>
        <translation>第 %1 行：错误码 %2 与第 %3 行重复且消息相同，已忽略重复项。</translation>
    </message>
    <message>
        <source>Line %1: code %2 appears again (first on line %3) with a different message; both messages are kept.</source>
        <translation>第 %1 行：错误码 %2 再次出现（首次在第 %3 行），消息不同，两条消息均保留。</translation>
    </message>
    <message>
        <source>The file is %1 MB; an error-code page is far smaller. Is it the right file?</source>
        <translation>该文件大小为 %1 MB，错误码页面要小得多。是否选错了文件？</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save the page as UTF-8 (for example with “iconv -f GBK -t UTF-8”) and import it again.</source>
        <translation>第 %1 行：该文件不是 UTF-8 文本。请将页面另存为 UTF-8（例如使用“iconv -f GBK -t UTF-8”）后重新导入。</translation>
    </message>
</context>
<context>
    <name>xlink::ExportDialog</name>
    <message>
        <source>Export Failure Report</source>
        <translation>导出失败报告</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>HTML, prints well (.html)</source>
        <translation>HTML，适合打印 (.html)</translation>
    </message>
    <message>
        <source>PDF with charts (.pdf)</source>
        <translation>带图表的 PDF (.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (.csv)</source>
        <translation>用于电子表格的 CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>HAR 1.2 for browser developer tools (.har)</source>
        <translation>用于浏览器开发者工具的 HAR 1.2 (.har)</translation>
    </message>
    <message>
        <source>Byte order mark (for Excel)</source>
        <translation>字节顺序标记（用于 Excel）</translation>
    </message>
    <message numerus="yes">
        <source>The filtered log (%n record(s))</source>
        <translation>
            <numerusform>筛选后的日志（%n 条记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows (%n)</source>
        <translation>
            <numerusform>选中的行（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>The failure log is not available.</source>
        <translation>失败日志不可用。</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>无法准备报告：%1</translation>
    </message>
    <message>
        <source>This is exactly what will be written (%1). Secrets are replaced by [REDACTED].</source>
        <translation>以下即为将要写入的内容（%1）。机密信息会替换为 [REDACTED]。</translation>
    </message>
    <message>
        <source>… %1 more not shown here.</source>
        <translation>… 另有 %1 未在此显示。</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The filtered log</source>
        <translation>筛选后的日志</translation>
    </message>
    <message numerus="yes">
        <source>A PDF of %n page(s), %1, will be written. Secrets are replaced by [REDACTED].</source>
        <translation>
            <numerusform>将写入一个 %n 页、%1 的 PDF。密钥已替换为 [REDACTED]。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Team Failure Report</source>
        <translation>导出团队失败报告</translation>
    </message>
</context>
<context>
    <name>xlink::FailureChartWidget</name>
    <message>
        <source>No failures to chart</source>
        <translation>没有可绘制的失败记录</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>xlink::FailureClassifier</name>
    <message>
        <source>The body is not valid JSON: %1 (offset %2)</source>
        <translation>响应体不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page instead of a platform error: probably a proxy or load balancer answered</source>
        <translation>HTTP %1 返回的是 HTML 页面而非平台错误：可能是代理或负载均衡器作出的响应</translation>
    </message>
</context>
<context>
    <name>xlink::FailureLogModel</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>Platform error</source>
        <translation>平台错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Malformed body</source>
        <translation>响应体格式错误</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>%1, incomplete</source>
        <translation>%1，不完整</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>没有 HTTP 应答</translation>
    </message>
    <message>
        <source>HTTP %1 arrived, but not the whole answer</source>
        <translation>收到了 HTTP %1，但应答不完整</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that could not be parsed</source>
        <translation>HTTP %1，但响应体无法解析</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Off the documented schema</source>
        <translation>与文档结构不符</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
</context>
<context>
    <name>xlink::FailureLogWidget</name>
    <message>
        <source>Failure Log</source>
        <translation>失败日志</translation>
    </message>
    <message>
        <source>Group by code</source>
        <translation>按错误码分组</translation>
    </message>
    <message>
        <source>Show how many failures each platform code has</source>
        <translation>显示每个平台错误码的失败次数</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Open in Console</source>
        <translation>在控制台中打开</translation>
    </message>
    <message>
        <source>Load this request into the composer to send it again</source>
        <translation>将此请求载入请求编辑器以重新发送</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>The failure log is not available.</source>
        <translation>失败日志不可用。</translation>
    </message>
    <message>
        <source>Select a failure to see its decoded error, request and response.</source>
        <translation>选择一条失败记录，查看解码后的错误、请求和响应。</translation>
    </message>
    <message>
        <source>This record is no longer in the log.</source>
        <translation>此记录已不在日志中。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1+ failures (counting…)</source>
        <translation>%1+ 条失败记录（正在计数…）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s)</source>
        <translation>
            <numerusform>%Ln 条失败记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Show this machine&apos;s failures, or every sender&apos;s in the team log (%1)</source>
        <translation>显示本机的失败记录，或团队日志中所有发送者的记录（%1）</translation>
    </message>
    <message>
        <source>No team log is set up. Connect one in Settings › Team log to see every developer&apos;s and CI run&apos;s failures here.</source>
        <translation>尚未设置团队日志。请在“设置 › 团队日志”中连接一个，即可在此查看每位开发者和每次 CI 运行的失败记录。</translation>
    </message>
    <message>
        <source>The team log cannot be read: %1 This machine&apos;s log still works: switch the scope to This machine.</source>
        <translation>无法读取团队日志：%1 本机日志仍可使用：请将范围切换为“本机”。</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>The team log cannot be read.</source>
        <translation>无法读取团队日志。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in the team log</source>
        <translation>
            <numerusform>团队日志中有 %Ln 条失败记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No failures recorded yet: a call that fails in the console or xlink-cli is recorded here.</source>
        <translation>还没有失败记录：在控制台或 xlink-cli 中失败的调用会记录在这里。</translation>
    </message>
    <message>
        <source>No failures match these filters.</source>
        <translation>没有符合这些筛选条件的失败记录。</translation>
    </message>
</context>
<context>
    <name>xlink::FailureStore</name>
    <message>
        <source>Recording is off: %1.</source>
        <translation>记录已关闭：%1。</translation>
    </message>
</context>
<context>
    <name>xlink::FailureText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer does not match the documented response of %1 at %2.</source>
        <translation>响应与 %1 文档中的响应结构不符，位置：%2。</translation>
    </message>
</context>
<context>
    <name>xlink::FieldHelpModel</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation>%1 数组</translation>
    </message>
    <message>
        <source>%1 or null</source>
        <translation>%1 或 null</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>取值之一：%1</translation>
    </message>
    <message>
        <source>length %1 to %2</source>
        <translation>长度 %1 到 %2</translation>
    </message>
    <message>
        <source>length at most %1</source>
        <translation>长度最多 %1</translation>
    </message>
    <message>
        <source>length at least %1</source>
        <translation>长度至少 %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>小于 %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <source>items: at least %1</source>
        <translation>项数：至少 %1</translation>
    </message>
    <message>
        <source>items: at most %1</source>
        <translation>项数：至多 %1</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>须匹配 %1</translation>
    </message>
    <message>
        <source>secret: redacted in the history and the log</source>
        <translation>机密：在历史记录和日志中隐去</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>格式 %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>xlink::FieldHelpWidget</name>
    <message>
        <source>Fields of %1 %2 (bold: required)</source>
        <translation>%1 %2 的字段（粗体为必填）</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>xlink::HttpCollection</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
</context>
<context>
    <name>xlink::HttpExchange</name>
    <message>
        <source>The connection closed after %1 of the %2 bytes announced.</source>
        <translation>连接在收到声明的 %2 字节中的 %1 字节后关闭。</translation>
    </message>
    <message>
        <source>The response (%1) is larger than the limit of %2; the call was stopped.</source>
        <translation>响应（%1）超过了 %2 的上限，调用已停止。</translation>
    </message>
    <message>
        <source>No data for %1 ms: the call timed out.</source>
        <translation>%1 毫秒内未收到数据：调用超时。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>服务器证书被拒绝：%1</translation>
    </message>
    <message>
        <source>The server redirected from https to http; the redirect was refused.</source>
        <translation>服务器从 https 重定向到 http，已拒绝此重定向。</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved (DNS).</source>
        <translation>无法解析主机名 %1（DNS）。</translation>
    </message>
</context>
<context>
    <name>xlink::HttpFileParser</name>
    <message>
        <source>@name needs a name: # @name createProduct</source>
        <translation>@name 需要一个名称：# @name createProduct</translation>
    </message>
    <message>
        <source>“%1” cannot be a request name: use letters, digits, _ and -</source>
        <translation>“%1”不能作为请求名称：请使用字母、数字、_ 和 -</translation>
    </message>
    <message>
        <source>This request is named twice (%1 and %2)</source>
        <translation>此请求被命名了两次（%1 和 %2）</translation>
    </message>
    <message>
        <source>“%1” cannot be a variable name: use letters, digits, _, - and .</source>
        <translation>“%1”不能作为变量名：请使用字母、数字、_、- 和 .</translation>
    </message>
    <message>
        <source>Expected “=” after the variable name: @%1 = value</source>
        <translation>变量名后应为“=”：@%1 = value</translation>
    </message>
    <message>
        <source>The request line has no URL: %1 https://host/path</source>
        <translation>请求行没有 URL：%1 https://host/path</translation>
    </message>
    <message>
        <source>Expected a request line (METHOD URL), a comment, @name = value or ###; “%1” is not an HTTP method</source>
        <translation>此处应为请求行（METHOD URL）、注释、@name = value 或 ###；“%1”不是 HTTP 方法</translation>
    </message>
    <message>
        <source>Unknown HTTP version “%1” (HTTP/1.1 or HTTP/2)</source>
        <translation>未知的 HTTP 版本“%1”（应为 HTTP/1.1 或 HTTP/2）</translation>
    </message>
    <message>
        <source>Expected a header (Name: value), or a blank line before the body</source>
        <translation>此处应为请求头（Name: value），或请求体之前的空行</translation>
    </message>
    <message>
        <source>“%1” cannot be a header name</source>
        <translation>“%1”不能作为请求头名称</translation>
    </message>
    <message>
        <source>“{{” without its “}}”</source>
        <translation>“{{”缺少对应的“}}”</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>The name “%1” is already used by the request on line %2</source>
        <translation>名称“%1”已被第 %2 行的请求使用</translation>
    </message>
</context>
<context>
    <name>xlink::JUnitReport</name>
    <message>
        <source>not run: the run stopped at the first failure</source>
        <translation>未运行：运行在第一个失败处停止</translation>
    </message>
    <message>
        <source>not run: the run was cancelled</source>
        <translation>未运行：运行已取消</translation>
    </message>
</context>
<context>
    <name>xlink::JsonBodyValidator</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>xlink::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n 个键}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>xlink::JsonTreeView</name>
    <message>
        <source>Copy &amp;Value</source>
        <translation>复制值(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>复制键(&amp;K)</translation>
    </message>
    <message>
        <source>Copy JSON &amp;Path</source>
        <translation>复制 JSON 路径(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
</context>
<context>
    <name>xlink::LargeTextView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>xlink::LogDatabase</name>
    <message>
        <source>the failure log %1 cannot be written (%2)</source>
        <translation>失败日志 %1 无法写入（%2）</translation>
    </message>
    <message>
        <source>the failure log&apos;s folder %1 cannot be written (%2)</source>
        <translation>失败日志所在的文件夹 %1 无法写入（%2）</translation>
    </message>
    <message>
        <source>the failure log has schema version %1, which this version of the console cannot update while %2</source>
        <translation>失败日志的结构版本为 %1，本版本控制台在%2的情况下无法升级它</translation>
    </message>
</context>
<context>
    <name>xlink::LogDetailHtml</name>
    <message>
        <source>Showing %1 of %2 bytes.</source>
        <translation>显示了 %2 字节中的 %1 字节。</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 ms</source>
        <translation>%1 · %2 · %3 ms</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No HTTP answer.</source>
        <translation>没有 HTTP 响应。</translation>
    </message>
    <message>
        <source>%1 · HTTP %2 arrived, but not the whole answer</source>
        <translation>%1 · 收到了 HTTP %2，但应答不完整</translation>
    </message>
    <message>
        <source>Malformed body in an HTTP %1 answer</source>
        <translation>HTTP %1 应答的响应体格式错误</translation>
    </message>
    <message>
        <source>HTTP %1 (incomplete)</source>
        <translation>HTTP %1（不完整）</translation>
    </message>
    <message>
        <source>Sent to the team log by %1</source>
        <translation>由 %1 发送到团队日志</translation>
    </message>
</context>
<context>
    <name>xlink::LogFilterBar</name>
    <message>
        <source>Search URL, message, environment…</source>
        <translation>搜索 URL、消息、环境…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Platform codes or their first digits (404: every 404xxxx code), separated by commas</source>
        <translation>平台错误码或其开头几位（404：所有 404xxxx 错误码），以逗号分隔</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>HTTP statuses or classes (5xx), separated by commas (0: no answer)</source>
        <translation>HTTP 状态码或类别（5xx），以逗号分隔（0：无应答）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>起始（含）</translation>
    </message>
    <message>
        <source>Until (exclusive)</source>
        <translation>截止（不含）</translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation>任意接口</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>任意环境</translation>
    </message>
    <message>
        <source>Any sender</source>
        <translation>任意发送者</translation>
    </message>
</context>
<context>
    <name>xlink::LoginFieldLabels</name>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>访问密钥 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Email or p&amp;hone:</source>
        <translation>邮箱或手机号(&amp;H)：</translation>
    </message>
    <message>
        <source>Access key &amp;secret:</source>
        <translation>访问密钥 Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>xlink::LoginFields</name>
    <message>
        <source>&amp;Enterprise ID:</source>
        <translation>企业 ID(&amp;E)：</translation>
    </message>
    <message>
        <source>corp_id, 16 hexadecimal characters</source>
        <translation>corp_id，16 位十六进制字符</translation>
    </message>
</context>
<context>
    <name>xlink::MainWindow</name>
    <message>
        <source>XLink Developer Console</source>
        <translation>云智易开发者控制台</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Error-Code Page…</source>
        <translation>导入错误码页面(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About XLink Developer Console</source>
        <translation>关于云智易开发者控制台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About XLink Developer Console</source>
        <translation>关于云智易开发者控制台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;XLink Developer Console %1&lt;/h3&gt;&lt;p&gt;Browse the error codes of the XLink (云智易) IoT platform in Chinese and English, debug API calls, and keep a log of failed calls.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;云智易开发者控制台 %1&lt;/h3&gt;&lt;p&gt;以中英文浏览云智易（XLink）物联网平台的错误码，调试 API 调用，并记录失败的调用。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Error-Code Page</source>
        <translation>导入错误码页面</translation>
    </message>
    <message>
        <source>Error-code pages (*.md *.markdown *.txt);;All files (*)</source>
        <translation>错误码页面 (*.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>未从“%1”导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) on the page: </source>
        <translation>
            <numerusform>页面上有 %n 个错误码：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new, </source>
        <translation>
            <numerusform>%n 个新增，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a text that differs from the catalogue (both texts will be shown), </source>
        <translation>
            <numerusform>%n 个文本与错误码表不同（两种文本都会显示），</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <translation>
            <numerusform>%n 个未变。</numerusform>
        </translation>
    </message>
    <message>
        <source>A page named “%1” was imported before; this import replaces it.</source>
        <translation>之前已导入过名为“%1”的页面，本次导入将替换它。</translation>
    </message>
    <message>
        <source>The built-in catalogue stays as it is; the codes go to your own catalogue in %1.</source>
        <translation>内置错误码表保持不变；这些错误码将存入您自己的错误码表 %1。</translation>
    </message>
    <message>
        <source>Import the error codes of “%1”?</source>
        <translation>导入“%1”中的错误码？</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 new, %3 differing, %4 unchanged.</source>
        <translation>已导入“%1”：%2 个新增，%3 个不同，%4 个未变。</translation>
    </message>
    <message>
        <source>The failure log cannot be opened: %1</source>
        <translation>无法打开失败日志：%1</translation>
    </message>
    <message>
        <source>The failure log was damaged; it was moved to %1 and a new one was started.</source>
        <translation>失败日志已损坏，已移至 %1 并新建了一个。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export API Description…</source>
        <translation>导出 API 描述(&amp;E)…</translation>
    </message>
    <message>
        <source>Export API Description</source>
        <translation>导出 API 描述</translation>
    </message>
    <message>
        <source>OpenAPI description (*.json);;All files (*)</source>
        <translation>OpenAPI 描述 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The API description was not exported.</source>
        <translation>API 描述未导出。</translation>
    </message>
    <message>
        <source>Exported the API description (OpenAPI 3.0.3) to %1.</source>
        <translation>已将 API 描述（OpenAPI 3.0.3）导出到 %1。</translation>
    </message>
    <message>
        <source>Recording is off: %1. The failure log can still be read and exported.</source>
        <translation>记录已关闭：%1。失败日志仍可查看和导出。</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>The change applies until the console quits, but it was not saved.</source>
        <translation>此更改在控制台退出前有效，但未能保存。</translation>
    </message>
</context>
<context>
    <name>xlink::OpenApiExport</name>
    <message>
        <source>The built-in API description is missing from this build.</source>
        <translation>此版本缺少内置的 API 描述。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>xlink::OwnerOnlyFiles</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>无法将 %1 设为仅所有者可读</translation>
    </message>
    <message>
        <source>No space left on the disk</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>The disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>The file would be larger than this system allows</source>
        <translation>文件将超过系统允许的大小</translation>
    </message>
    <message>
        <source>The disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>The disk reported an input/output error</source>
        <translation>磁盘报告输入/输出错误</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The file could not be written in full</source>
        <translation>文件未能完整写入</translation>
    </message>
</context>
<context>
    <name>xlink::PostmanExport</name>
    <message>
        <source>The variable %1 is defined more than once; Postman keeps one value per collection</source>
        <translation>变量 %1 定义了不止一次；Postman 每个集合只保留一个值</translation>
    </message>
    <message>
        <source>{{%1}} cannot be exported</source>
        <translation>{{%1}} 无法导出</translation>
    </message>
    <message>
        <source>%1: Postman&apos;s {{$randomInt}} takes no bounds</source>
        <translation>%1：Postman 的 {{$randomInt}} 不接受范围参数</translation>
    </message>
    <message>
        <source>%1:%2: scripts are not exported</source>
        <translation>%1:%2：脚本不会导出</translation>
    </message>
</context>
<context>
    <name>xlink::PostmanFiles</name>
    <message>
        <source>larger than %1 MB</source>
        <translation>大于 %1 MB</translation>
    </message>
</context>
<context>
    <name>xlink::PostmanImport</name>
    <message>
        <source>%1: test script not imported (write its checks as ?? lines)</source>
        <translation>%1：测试脚本未导入（请将其中的检查写成 ?? 行）</translation>
    </message>
    <message>
        <source>%1: %2 script not imported</source>
        <translation>%1：%2 脚本未导入</translation>
    </message>
    <message>
        <source>%1: %2 authorization not imported</source>
        <translation>%1：%2 授权未导入</translation>
    </message>
    <message>
        <source>%1: path variables (:name) not imported; write {{name}}</source>
        <translation>%1：路径变量（:name）未导入；请写成 {{name}}</translation>
    </message>
    <message>
        <source>%1: disabled header %2 left out</source>
        <translation>%1：已停用的请求头 %2 未导入</translation>
    </message>
    <message>
        <source>%1: %2 body not imported</source>
        <translation>%1：%2 请求体未导入</translation>
    </message>
    <message>
        <source>%1: body lines starting with ### or ?? were indented by a space</source>
        <translation>%1：请求体中以 ### 或 ?? 开头的行已缩进一个空格</translation>
    </message>
    <message>
        <source>The collection is not JSON: %1 at byte %2</source>
        <translation>集合不是 JSON：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>This is not a Postman collection v2.1 (no info and item)</source>
        <translation>这不是 Postman v2.1 集合（没有 info 和 item）</translation>
    </message>
    <message>
        <source>Only Postman collections v2.1 and v2.0 can be imported, this one says “%1”</source>
        <translation>只能导入 Postman v2.1 和 v2.0 集合，此集合的版本为“%1”</translation>
    </message>
    <message>
        <source>The environment is not a Postman environment (no values)</source>
        <translation>该环境文件不是 Postman 环境（没有 values）</translation>
    </message>
    <message>
        <source>Environment %1: the secret %2 was left out (give it with --var %2=... or the console&apos;s keychain)</source>
        <translation>环境 %1：密钥 %2 未导入（请用 --var %2=... 或控制台的钥匙串提供）</translation>
    </message>
    <message>
        <source>%1 exists already; import into an empty folder</source>
        <translation>%1 已存在；请导入到空文件夹</translation>
    </message>
    <message>
        <source>This collection names no Postman schema (info.schema): only collections exported by Postman as v2.1 or v2.0 can be imported</source>
        <translation>这个集合没有声明 Postman 格式（info.schema）：只能导入 Postman 导出的 v2.1 或 v2.0 集合</translation>
    </message>
</context>
<context>
    <name>xlink::ProxyPage</name>
    <message>
        <source>A proxy, gateway or load balancer between you and the platform probably answered instead of the platform, so there is no platform error code to look up. Check that the base URL points at the platform&apos;s API, then whether the proxy or the platform behind it is down or overloaded.</source>
        <translation>很可能是您与平台之间的代理、网关或负载均衡器代替平台作出了响应，因此没有可查询的平台错误码。请先确认基础 URL 指向平台的 API，再检查代理或其后的平台是否宕机或过载。</translation>
    </message>
    <message>
        <source>The page says “%1”.</source>
        <translation>页面内容为“%1”。</translation>
    </message>
    <message>
        <source>The page says “%1” and is signed “%2”.</source>
        <translation>页面内容为“%1”，署名为“%2”。</translation>
    </message>
</context>
<context>
    <name>xlink::QueryParametersTable</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>可选。</translation>
    </message>
    <message>
        <source>Optional: sent once it has a value.</source>
        <translation>可选：填写值后才会发送。</translation>
    </message>
    <message>
        <source>&amp;Query parameters:</source>
        <translation>查询参数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a query parameter</source>
        <translation>添加查询参数</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected query parameter</source>
        <translation>删除选中的查询参数</translation>
    </message>
    <message>
        <source>No parameters yet: %1 adds one, or type them in the path.</source>
        <translation>还没有参数：用“%1”添加，或直接写在路径里。</translation>
    </message>
</context>
<context>
    <name>xlink::ReportBuilder</name>
    <message>
        <source>code %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>接口 %1</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>环境 %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <source>every failure in the log</source>
        <translation>日志中的全部失败</translation>
    </message>
    <message>
        <source>every call in the log, successes included</source>
        <translation>日志中的全部调用（含成功）</translation>
    </message>
    <message numerus="yes">
        <source>%n selected record(s), from</source>
        <translation>
            <numerusform>选中的 %n 条记录，来自</numerusform>
        </translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>无筛选</translation>
    </message>
    <message>
        <source>filtered by</source>
        <translation>筛选条件</translation>
    </message>
</context>
<context>
    <name>xlink::ReportExporter</name>
    <message>
        <source>The failure log could not be read to the end.</source>
        <translation>无法完整读取失败日志。</translation>
    </message>
</context>
<context>
    <name>xlink::ReportPagesView</name>
    <message numerus="yes">
        <source>The first %1 of %n page(s) are shown; the file holds all of them.</source>
        <translation>
            <numerusform>显示了 %n 页中的前 %1 页；文件包含全部页面。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::ReportTask</name>
    <message>
        <source>The report could not be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
</context>
<context>
    <name>xlink::ReportText</name>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>按错误码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>By endpoint</source>
        <translation>按接口</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>By HTTP status</source>
        <translation>按 HTTP 状态码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Server msg</source>
        <translation>服务器消息</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical application (fonts).</source>
        <translation>PDF 报告需要图形界面程序（字体）。</translation>
    </message>
    <message>
        <source>Cannot start the PDF document.</source>
        <translation>无法创建 PDF 文档。</translation>
    </message>
    <message>
        <source>Failures by code</source>
        <translation>按错误码统计失败</translation>
    </message>
    <message>
        <source>Failures over time</source>
        <translation>失败随时间分布</translation>
    </message>
    <message>
        <source>Cannot finish the PDF document.</source>
        <translation>无法完成 PDF 文档。</translation>
    </message>
    <message>
        <source>XLink failure report</source>
        <translation>云智易失败报告</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>platform error</source>
        <translation>平台错误</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>malformed body</source>
        <translation>响应体格式错误</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>[… %1 of %2 bytes shown]</source>
        <translation>[… 显示了 %2 字节中的 %1 字节]</translation>
    </message>
    <message>
        <source>Log id</source>
        <translation>日志编号</translation>
    </message>
    <message>
        <source>log id</source>
        <translation>日志编号</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The PDF holds the summary of all %L1 records and the first %L2 of them; the CSV, JSON and HAR exports hold every record.</source>
        <translation>PDF 包含全部 %L1 条记录的汇总及其中前 %L2 条记录；CSV、JSON 和 HAR 导出包含所有记录。</translation>
    </message>
    <message>
        <source>answer off the documented schema</source>
        <translation>响应与文档结构不符</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>由 %1 发送</translation>
    </message>
</context>
<context>
    <name>xlink::RequestCheck</name>
    <message>
        <source>an enterprise member login</source>
        <translation>企业成员登录</translation>
    </message>
    <message>
        <source>an access-key login</source>
        <translation>访问密钥（Access Key）登录</translation>
    </message>
    <message>
        <source>an app-user login</source>
        <translation>App 用户登录</translation>
    </message>
    <message>
        <source>a dealer login</source>
        <translation>经销商登录</translation>
    </message>
    <message>
        <source>a heavy-buyer login</source>
        <translation>大客户登录</translation>
    </message>
    <message>
        <source>a device login</source>
        <translation>设备登录</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between logins</comment>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>xlink::RequestCheckPanel</name>
    <message>
        <source>%1 %2 cannot be made with %3: it takes %4.</source>
        <translation>%1 %2 不能用%3调用：它需要%4。</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The body does not fit %1 %2 as documented (%3):</source>
        <translation>请求体与文档中 %1 %2（%3）的定义不符：</translation>
    </message>
</context>
<context>
    <name>xlink::RequestComposer</name>
    <message>
        <source>Dropped the pasted token: calls use the session&apos;s token again.</source>
        <translation>已丢弃粘贴的令牌：调用重新使用会话的令牌。</translation>
    </message>
    <message>
        <source>Copied as curl, with the access token.</source>
        <translation>已复制为 curl 命令，包含访问令牌。</translation>
    </message>
    <message>
        <source>Copied as curl; the access token is redacted.</source>
        <translation>已复制为 curl 命令；访问令牌已脱敏。</translation>
    </message>
    <message>
        <source>Goes to %1 (%2).</source>
        <translation>发往 %1（%2）。</translation>
    </message>
    <message>
        <source>Goes to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>Not the host of “%1”: sent as given, without the session&apos;s token, and logged under %2.</source>
        <translation>不是“%1”的主机：按原样发送，不带会话令牌，记录在 %2 下。</translation>
    </message>
    <message>
        <source>Not the host of “%1”: sent as given, with the pasted token, and logged under %2.</source>
        <translation>不是“%1”的主机：按原样发送，带粘贴的令牌，记录在 %2 下。</translation>
    </message>
    <message>
        <source>Switch to “%1”</source>
        <translation>切换到“%1”</translation>
    </message>
    <message>
        <source>value of {%1}</source>
        <translation>{%1} 的值</translation>
    </message>
    <message>
        <source>Replace the Body?</source>
        <translation>替换请求体？</translation>
    </message>
    <message>
        <source>%1 %2 comes with an example body. Replace the body you typed with it?</source>
        <translation>%1 %2 带有示例请求体。用它替换你输入的请求体吗？</translation>
    </message>
    <message>
        <source>&amp;Replace Body</source>
        <translation>替换请求体(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep My Body</source>
        <translation>保留我的请求体(&amp;K)</translation>
    </message>
    <message>
        <source>Enter the path to call, e.g. /v2/corp.</source>
        <translation>请输入要调用的路径，如 /v2/corp。</translation>
    </message>
    <message>
        <source>Fill in {%1} before sending.</source>
        <translation>发送前请填写 {%1}。</translation>
    </message>
    <message>
        <source>The body is not valid JSON, so nothing was sent: %1</source>
        <translation>请求体不是有效的 JSON，未发送：%1</translation>
    </message>
    <message>
        <source>Send Anyway?</source>
        <translation>仍要发送？</translation>
    </message>
    <message>
        <source>The body does not fit %1 %2 as documented, so the platform will likely refuse it. Send it anyway?</source>
        <translation>请求体与文档中 %1 %2 的定义不符，平台很可能会拒绝。仍要发送吗？</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 处）</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>仍然发送(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot format: %1</source>
        <translation>无法格式化：%1</translation>
    </message>
    <message>
        <source>The clipboard does not hold a curl command this console can read: %1</source>
        <translation>剪贴板中没有本控制台可读取的 curl 命令：%1</translation>
    </message>
    <message>
        <source>Pasted the curl command into the composer.</source>
        <translation>已将 curl 命令粘贴到请求编辑器。</translation>
    </message>
    <message>
        <source>Its Access-Token is used for this request only: never stored, and redacted in the history and the log.</source>
        <translation>其中的 Access-Token 只用于本次请求：从不保存，并在历史和日志中隐去。</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <source>/v2/product/{pid}/device/{did}</source>
        <translation>/v2/product/{pid}/device/{did}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter). A body that does not fit the documented call is sent only when you confirm; Ctrl+Shift+Enter sends anyway.</source>
        <translation>发送请求（Ctrl+Enter）。与文档中该调用不符的请求体需确认后才发送；Ctrl+Shift+Enter 直接发送。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the call in flight (Esc)</source>
        <translation>取消进行中的调用 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Body (JSON):</source>
        <translation>请求体 (JSON)(&amp;B)：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Include token</source>
        <translation>包含令牌</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Paste curl</source>
        <translation>粘贴 curl</translation>
    </message>
</context>
<context>
    <name>xlink::RequestHeadersTable</name>
    <message>
        <source>Added to every call from the session; never shown.</source>
        <translation>由会话自动添加到每次调用；其值不会显示。</translation>
    </message>
    <message>
        <source>(added once you are logged in)</source>
        <translation>（登录后自动添加）</translation>
    </message>
    <message>
        <source>%1 (pasted: for this request only, never stored)</source>
        <translation>%1（粘贴所得：仅用于本次请求，从不保存）</translation>
    </message>
    <message>
        <source>The token that came with the pasted curl command. It is sent with this request instead of the session&apos;s, is never stored, and is redacted in the history and the log. Select this row and Remove to drop it.</source>
        <translation>随粘贴的 curl 命令附带的令牌。本次请求发送它而不是会话的令牌；它从不保存，并在历史和日志中隐去。选中此行并点“移除”即可丢弃。</translation>
    </message>
    <message>
        <source>(not sent: %1 is not this environment&apos;s host)</source>
        <translation>（未发送：%1 不是此环境的主机）</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>请求头：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>xlink::RequestRunResult</name>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>expected a successful answer (no assertion expects an error), got HTTP %1 with platform error %2</source>
        <translation>期望成功应答（没有断言预期错误），实际为 HTTP %1，平台错误 %2</translation>
    </message>
    <message>
        <source>expected a successful answer (no assertion expects an error), got HTTP %1</source>
        <translation>期望成功应答（没有断言预期错误），实际为 HTTP %1</translation>
    </message>
    <message>
        <source>expected an answer, got none: %1</source>
        <translation>期望有应答，实际没有：%1</translation>
    </message>
</context>
<context>
    <name>xlink::RequestTab</name>
    <message>
        <source>New Request</source>
        <translation>新请求</translation>
    </message>
    <message>
        <source>A new request</source>
        <translation>一个新请求</translation>
    </message>
    <message>
        <source>Edited since it was opened or saved.</source>
        <translation>打开或保存后已编辑。</translation>
    </message>
    <message>
        <source>A call is already running; press Esc to cancel it.</source>
        <translation>已有调用正在进行；按 Esc 取消。</translation>
    </message>
    <message>
        <source>Checking the body…</source>
        <translation>正在检查请求体…</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>正在发送 %1 %2…</translation>
    </message>
    <message>
        <source>Press Esc to cancel.</source>
        <translation>按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>xlink::RequestTabWidget</name>
    <message>
        <source>New Request</source>
        <translation>新请求</translation>
    </message>
    <message>
        <source>Close the Tab?</source>
        <translation>关闭标签页？</translation>
    </message>
    <message>
        <source>“%1” has edits that are not saved. Save them before closing the tab?</source>
        <translation>“%1”有未保存的编辑。关闭标签页前先保存吗？</translation>
    </message>
    <message>
        <source>“%1” is not saved anywhere. Close the tab and discard it?</source>
        <translation>“%1”尚未保存到任何地方。关闭标签页并丢弃它吗？</translation>
    </message>
    <message>
        <source>This request is not saved anywhere yet.</source>
        <translation>这个请求还没有保存到任何地方。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The open tabs cannot be kept for the next start: %1</source>
        <translation>打开的标签页无法保留到下次启动：%1</translation>
    </message>
    <message>
        <source>New tab (Ctrl+T)</source>
        <translation>新标签页（Ctrl+T）</translation>
    </message>
</context>
<context>
    <name>xlink::RequestVariablesView</name>
    <message>
        <source>%1 uses these variables (values as they are now):</source>
        <translation>%1 使用以下变量（当前的值）：</translation>
    </message>
    <message>
        <source>A secret: its value is not shown.</source>
        <translation>机密：不显示其值。</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>This request uses no variables.</source>
        <translation>这个请求没有使用变量。</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>没有选中请求。</translation>
    </message>
</context>
<context>
    <name>xlink::ResponseCheckFlag</name>
    <message>
        <source>This answer does not match the documented response of %1: %2 %3</source>
        <translation>此应答与文档中 %1 的响应不符：%2 %3</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 处）</translation>
    </message>
</context>
<context>
    <name>xlink::ResponseViewWidget</name>
    <message>
        <source>Formatting…</source>
        <translation>正在格式化…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation>保存响应体</translation>
    </message>
    <message>
        <source>The body could not be saved to %1: %2</source>
        <translation>无法将响应体保存到 %1：%2</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>美化</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树形</translation>
    </message>
    <message>
        <source>Saved the body to %1.</source>
        <translation>已将响应体保存到 %1。</translation>
    </message>
    <message>
        <source>The body is %1; only the first %2 are formatted. The Raw tab shows all of it.</source>
        <translation>响应体大小为 %1；只格式化了前 %2。“原始”页显示全部内容。</translation>
    </message>
    <message>
        <source>The body is %1, beyond the display limit of %2: the tree is not built.</source>
        <translation>响应体大小为 %1，超过显示上限 %2：未构建树。</translation>
    </message>
    <message>
        <source>The tree is built for bodies up to the display limit; search the whole body instead.</source>
        <translation>树只为不超过显示上限的响应体构建；请改为搜索整个响应体。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 matches; the first %2 are listed.</source>
        <translation>共 %1 处匹配；列出了前 %2 处。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the body to %1…</source>
        <translation>正在将响应体保存到 %1…</translation>
    </message>
    <message>
        <source>Search Whole Body</source>
        <translation>搜索整个响应体</translation>
    </message>
    <message>
        <source>Text to find in the whole body (Enter)</source>
        <translation>要在整个响应体中查找的文本（回车）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>The request as it was sent (secrets redacted)</source>
        <translation>实际发送的请求（已隐去机密）</translation>
    </message>
</context>
<context>
    <name>xlink::RunResultsModel</name>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Error answer</source>
        <translation>错误应答</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Platform error</source>
        <translation>平台错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>xlink::RunTextReport</name>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>....</source>
        <translation>....</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>HTTP %1, code %2</source>
        <translation>HTTP %1，错误码 %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>%1 requests: %2 passed, %3 failed, %4 not sent, %5 not run (%6 ms)</source>
        <translation>%1 个请求：%2 个通过，%3 个失败，%4 个未发送，%5 个未运行（%6 ms）</translation>
    </message>
    <message>
        <source>Stopped at the first request that did not pass (bail).</source>
        <translation>在第一个未通过的请求处停止（--bail）。</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
</context>
<context>
    <name>xlink::RunView</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 个通过</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 个跳过</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Skipped: not sent, because a placeholder has no value.</source>
        <translation>已跳过：有占位符没有值，因此未发送。</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1，耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>Assertion</source>
        <translation>断言</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Re-run Failed</source>
        <translation>重新运行失败项(&amp;R)</translation>
    </message>
    <message>
        <source>Run the requests that failed or got an error answer again (the values they chain from are kept from this run)</source>
        <translation>再次运行失败或收到错误应答的请求（它们引用的链式值沿用本次运行的结果）</translation>
    </message>
    <message>
        <source>&amp;Open in Console</source>
        <translation>在控制台中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected request and the answer it got in a console tab (Enter on a row)</source>
        <translation>在控制台标签页中打开所选请求及其收到的应答（在行上按 Enter）</translation>
    </message>
    <message>
        <source>Close the run view</source>
        <translation>关闭运行视图</translation>
    </message>
    <message>
        <source>Results of the run</source>
        <translation>运行结果</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>所选请求的详情</translation>
    </message>
    <message>
        <source>Stop the run: the request on its way is cancelled (Esc)</source>
        <translation>停止运行：正在发送的请求将被取消（Esc）</translation>
    </message>
</context>
<context>
    <name>xlink::SandboxController</name>
    <message>
        <source>The local sandbox could not start: %1</source>
        <translation>本地沙箱无法启动：%1</translation>
    </message>
</context>
<context>
    <name>xlink::SaveRequestDialog</name>
    <message>
        <source>Save Request to Collection</source>
        <translation>把请求保存到集合</translation>
    </message>
    <message>
        <source>e.g. createProduct</source>
        <translation>例如 createProduct</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose a file of the collection or type a new name.</source>
        <translation>选择集合中的文件，或输入新文件名。</translation>
    </message>
    <message>
        <source>A request&apos;s name holds letters, digits, _ and - only (it is used in {{name.response…}}).</source>
        <translation>请求名只能含字母、数字、_ 和 -（它用于 {{name.response…}}）。</translation>
    </message>
</context>
<context>
    <name>xlink::SchemaProblem</name>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>其他类型</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>this call needs a JSON body</source>
        <translation>此调用需要 JSON 请求体</translation>
    </message>
    <message>
        <source>should be %1</source>
        <translation>应为%1</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>required field “%1” is missing</source>
        <translation>缺少必填字段“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a field of this call</source>
        <translation>“%1”不是此调用的字段</translation>
    </message>
    <message>
        <source>should be one of: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>should have at least %1 characters</source>
        <translation>至少应有 %1 个字符</translation>
    </message>
    <message>
        <source>should have at most %1 characters</source>
        <translation>最多只能有 %1 个字符</translation>
    </message>
    <message>
        <source>should match the pattern %1</source>
        <translation>应匹配格式 %1</translation>
    </message>
    <message>
        <source>should be a valid %1</source>
        <translation>应为有效的 %1</translation>
    </message>
    <message>
        <source>should have at least %1 items</source>
        <translation>至少应有 %1 项</translation>
    </message>
    <message>
        <source>should have at most %1 items</source>
        <translation>最多只能有 %1 项</translation>
    </message>
    <message>
        <source>does not fit any of the shapes this field allows</source>
        <translation>不符合此字段允许的任何一种结构</translation>
    </message>
</context>
<context>
    <name>xlink::SecretStore</name>
    <message>
        <source>The system keychain cannot be used (%1): secrets are kept in memory for this run only.</source>
        <translation>无法使用系统密钥环（%1）：密码、令牌等机密信息仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>没有正在运行的密钥环服务</translation>
    </message>
    <message>
        <source>access to it was denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>this system has none the console can use</source>
        <translation>本系统没有控制台可用的密钥环</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>没有密钥环服务应答</translation>
    </message>
    <message>
        <source>it is turned off</source>
        <translation>密钥环已关闭</translation>
    </message>
</context>
<context>
    <name>xlink::Session</name>
    <message>
        <source> (member %1)</source>
        <translation>（成员 %1）</translation>
    </message>
    <message>
        <source> (user %1)</source>
        <translation>（用户 %1）</translation>
    </message>
    <message>
        <source>, enterprise %1</source>
        <translation>，企业 %1</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>The platform answered %1: %2</source>
        <translation>平台返回 %1：%2</translation>
    </message>
    <message>
        <source>The answer has no access_token.</source>
        <translation>响应中没有 access_token。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The token cannot be renewed: no credentials to log in again.</source>
        <translation>无法刷新令牌：没有可用于重新登录的凭据。</translation>
    </message>
</context>
<context>
    <name>xlink::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>API console</source>
        <translation>API 控制台</translation>
    </message>
    <message>
        <source>Default &amp;timeout:</source>
        <translation>默认超时(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>For environments that do not set their own: a call that receives no data for this long is ended.</source>
        <translation>用于未设置自身超时的环境：在这段时间内收不到任何数据的调用会被结束。</translation>
    </message>
    <message>
        <source>&amp;Response size limit:</source>
        <translation>响应大小上限(&amp;R)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A larger response is cut off and the call reported as failed.</source>
        <translation>更大的响应会被截断，调用记为失败。</translation>
    </message>
    <message>
        <source>&amp;Display limit:</source>
        <translation>显示上限(&amp;D)：</translation>
    </message>
    <message>
        <source>A larger body shows its first part until you ask for all of it.</source>
        <translation>更大的响应体先显示开头部分，需要时再显示全部。</translation>
    </message>
    <message>
        <source>Failure log and history</source>
        <translation>失败日志与历史记录</translation>
    </message>
    <message>
        <source>Stored &amp;body size:</source>
        <translation>保存的响应体大小(&amp;B)：</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Each stored request and response body is cut to this size.</source>
        <translation>每条保存的请求体和响应体都会截断到此大小。</translation>
    </message>
    <message>
        <source>Keep at most (&amp;failures):</source>
        <translation>最多保留的失败记录数(&amp;F)：</translation>
    </message>
    <message>
        <source>Keep failures f&amp;or:</source>
        <translation>失败记录保留时长(&amp;O)：</translation>
    </message>
    <message>
        <source>Keep at most (&amp;successful calls):</source>
        <translation>最多保留的成功调用数(&amp;S)：</translation>
    </message>
    <message>
        <source>Keep successful ca&amp;lls for:</source>
        <translation>成功调用保留时长(&amp;L)：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Changes apply at once, to calls made from now on.</source>
        <translation>更改立即生效，作用于此后的调用。</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Team &amp;Log</source>
        <translation>团队日志(&amp;L)</translation>
    </message>
    <message>
        <source>Keep answers that do not &amp;match the documented response as failures</source>
        <translation>将与文档响应不符的应答记为失败(&amp;M)</translation>
    </message>
    <message>
        <source>A successful answer of a documented call whose body differs from the platform&apos;s documents (a missing field, a wrong type) goes into the failure log as its own kind. The response view flags such answers either way.</source>
        <translation>文档中有记载的调用成功返回，但响应体与平台文档不符（缺少字段、类型错误）时，以单独的类型记入失败日志。无论是否开启，响应视图都会标出这类应答。</translation>
    </message>
</context>
<context>
    <name>xlink::SettingsWriter</name>
    <message>
        <source>a folder has that name</source>
        <translation>已有同名文件夹</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>所在文件夹无法写入</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>the file is not a settings file</source>
        <translation>该文件不是设置文件</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2.</source>
        <translation>无法将设置保存到 %1：%2。</translation>
    </message>
</context>
<context>
    <name>xlink::StoreWriter</name>
    <message numerus="yes">
        <source>The failure log is in use by another process (%1); %n call(s) wait to be written.</source>
        <translation>
            <numerusform>失败日志正被另一个进程使用（%1）；%n 个调用等待写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) could not be written to the failure log and are lost: %1</source>
        <translation>
            <numerusform>%n 个调用无法写入失败日志，已丢失：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::TeamConnectionError</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot reach the team log server.</source>
        <translation>无法连接团队日志服务器。</translation>
    </message>
    <message>
        <source>TLS refused: the server does not offer TLS, or requires it where this connection does not use it.</source>
        <translation>TLS 被拒绝：服务器不提供 TLS，或服务器要求 TLS 而此连接未使用。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified (check the CA file and the host name).</source>
        <translation>无法验证服务器的 TLS 证书（请检查 CA 文件和主机名）。</translation>
    </message>
    <message>
        <source>Authentication failed: check the user name and the password.</source>
        <translation>认证失败：请检查用户名和密码。</translation>
    </message>
    <message>
        <source>The team log database does not exist on the server.</source>
        <translation>服务器上不存在团队日志数据库。</translation>
    </message>
    <message>
        <source>No permission: the role may not do this in the team log database.</source>
        <translation>没有权限：该角色不能在团队日志数据库中执行此操作。</translation>
    </message>
    <message>
        <source>The team log is not set up in this database: run &apos;xlink-cli team-log init&apos;.</source>
        <translation>此数据库中尚未建立团队日志：请运行“xlink-cli team-log init”。</translation>
    </message>
    <message>
        <source>The team log&apos;s schema is newer than this console: update the console to write to it.</source>
        <translation>团队日志的结构版本比本控制台新：请更新控制台后再写入。</translation>
    </message>
    <message>
        <source>The team log server reported an error.</source>
        <translation>团队日志服务器报告了错误。</translation>
    </message>
</context>
<context>
    <name>xlink::TeamConnectionSettings</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL connection URI such as postgresql://user@host:5432/database?sslmode=verify-full.</source>
        <translation>“%1”不是 PostgreSQL 连接 URI（例如 postgresql://user@host:5432/database?sslmode=verify-full）。</translation>
    </message>
    <message>
        <source>The connection URI has an option this console does not use: %1.</source>
        <translation>连接 URI 含有本控制台不使用的选项：%1。</translation>
    </message>
    <message>
        <source>The connection URI has no valid port.</source>
        <translation>连接 URI 中没有有效的端口。</translation>
    </message>
    <message>
        <source>PGPORT is not a port number: %1.</source>
        <translation>PGPORT 不是端口号：%1。</translation>
    </message>
    <message>
        <source>No team log server is set.</source>
        <translation>未设置团队日志服务器。</translation>
    </message>
    <message>
        <source>The team log is reached over TCP: give a host name or address, not a socket folder (%1).</source>
        <translation>团队日志通过 TCP 连接：请填写主机名或地址，而不是套接字目录（%1）。</translation>
    </message>
    <message>
        <source>No team log database is set.</source>
        <translation>未设置团队日志数据库。</translation>
    </message>
    <message>
        <source>Unknown TLS mode &apos;%1&apos; (disable, allow, prefer, require, verify-ca, verify-full).</source>
        <translation>未知的 TLS 模式“%1”（disable、allow、prefer、require、verify-ca、verify-full）。</translation>
    </message>
    <message>
        <source>The TLS mode &apos;%1&apos; does not verify the server %2; only verify-full is allowed for a server that is not on this machine.</source>
        <translation>TLS 模式“%1”不验证服务器 %2；不在本机上的服务器只允许使用 verify-full。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
</context>
<context>
    <name>xlink::TeamLocalCopy</name>
    <message>
        <source>sent by %1</source>
        <translation>由 %1 发送</translation>
    </message>
</context>
<context>
    <name>xlink::TeamLogSettingsBox</name>
    <message>
        <source>CA Certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected: this console can send records to the team log.</source>
        <translation>已连接：本控制台可以向团队日志发送记录。</translation>
    </message>
    <message>
        <source>Team log (PostgreSQL)</source>
        <translation>团队日志（PostgreSQL）</translation>
    </message>
    <message>
        <source>&amp;Send this console&apos;s records to the team log</source>
        <translation>将本控制台的记录发送到团队日志(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>(kept in the keychain; type to change)</source>
        <translation>（保存在钥匙串中；输入新值即可更改）</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS：</translation>
    </message>
    <message>
        <source>Default (verify-full; prefer on this machine)</source>
        <translation>默认（verify-full；本机为 prefer）</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation>系统的证书颁发机构</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Se&amp;nder name:</source>
        <translation>发送者名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>xlink::TeamPushStatusText</name>
    <message>
        <source>Team log: connected</source>
        <translation>团队日志：已连接</translation>
    </message>
    <message numerus="yes">
        <source>Team log: %n waiting</source>
        <translation>
            <numerusform>团队日志：%n 条待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Team log: the local log cannot be read</source>
        <translation>团队日志：无法读取本地日志</translation>
    </message>
    <message numerus="yes">
        <source>Team log unreachable since %1 (%n waiting)</source>
        <translation>
            <numerusform>团队日志自 %1 起无法连接（%n 条待发送）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team log: not sending (%n waiting)</source>
        <translation>
            <numerusform>团队日志：未发送（%n 条待发送）</numerusform>
        </translation>
    </message>
    <message>
        <source>Team log: connecting</source>
        <translation>团队日志：正在连接</translation>
    </message>
</context>
<context>
    <name>xlink::UserCatalogue</name>
    <message>
        <source>the file is larger than any user catalogue can be</source>
        <translation>文件大小超出了用户错误码表可能的大小</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>it is not a user catalogue of schema %1</source>
        <translation>它不是格式版本为 %1 的用户错误码表</translation>
    </message>
    <message>
        <source>an import has no source</source>
        <translation>某个导入缺少来源</translation>
    </message>
    <message>
        <source>invalid code entry %1</source>
        <translation>无效的错误码条目 %1</translation>
    </message>
    <message>
        <source>Could not read the imported error codes in %1 (%2); using the built-in catalogue only.</source>
        <translation>无法读取 %1 中导入的错误码（%2）；仅使用内置错误码表。</translation>
    </message>
    <message>
        <source>The imported error codes in %1 are damaged (%2); using the built-in catalogue only.</source>
        <translation>%1 中导入的错误码已损坏（%2）；仅使用内置错误码表。</translation>
    </message>
    <message>
        <source>The imported error codes in %1 were damaged (%2) and have been moved to %3; using the built-in catalogue only. Import the pages again to restore them.</source>
        <translation>%1 中导入的错误码已损坏（%2），已移至 %3；仅使用内置错误码表。请重新导入页面以恢复。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an error-code page is far smaller. Is it the right file?</source>
        <translation>%1 大小为 %2 MB，错误码页面要小得多。是否选错了文件？</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The earlier imported error codes in %1 are damaged (%2); an import would move them aside.</source>
        <translation>%1 中先前导入的错误码已损坏（%2）；导入时会将其移到别处。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and could not be moved aside; nothing was imported.</source>
        <translation>%1 已损坏（%2）且无法移走；未导入任何内容。</translation>
    </message>
    <message>
        <source>The earlier imported error codes in %1 were damaged (%2) and have been moved to %3.</source>
        <translation>%1 中先前导入的错误码已损坏（%2），已移至 %3。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>its lock file is in use</source>
        <translation>它的锁文件正被使用</translation>
    </message>
    <message>
        <source>process %1, %2</source>
        <translation>进程 %1，%2</translation>
    </message>
    <message>
        <source>%1 is being changed by another program (%2); nothing was imported. Try again when it has finished.</source>
        <translation>%1 正被另一个程序修改（%2）；未导入任何内容。请在其完成后重试。</translation>
    </message>
    <message>
        <source>its lock file could not be created</source>
        <translation>无法创建它的锁文件</translation>
    </message>
</context>
<context>
    <name>xlink::UserVariableEdits</name>
    <message>
        <source>Row %1 has no name: name the variable or remove the row.</source>
        <translation>第 %1 行没有名称：请为变量命名或删除该行。</translation>
    </message>
    <message>
        <source>“%1” cannot be a variable name: start with a letter or _, then letters, digits, _, - or . (at most 64), as {{name}} is written.</source>
        <translation>“%1”不能作为变量名：须以字母或 _ 开头，其后为字母、数字、_、- 或 .（最多 64 个），与 {{name}} 的写法一致。</translation>
    </message>
    <message>
        <source>{{%1}} is built in: the environment gives it itself, so a variable of that name would never be used. Choose another name.</source>
        <translation>{{%1}} 是内置变量：由环境本身提供，同名变量永远不会被使用。请换一个名称。</translation>
    </message>
    <message>
        <source>“%1” is there twice: keep one of the rows.</source>
        <translation>“%1”出现了两次：请只保留其中一行。</translation>
    </message>
    <message>
        <source>Type the value of “%1” again: a secret value is not shown, so it is kept only while the variable stays a secret of the same name.</source>
        <translation>请重新输入“%1”的值：机密值不会显示，只有变量保持为同名机密变量时才会保留原值。</translation>
    </message>
</context>
<context>
    <name>xlink::UserVariableStore</name>
    <message>
        <source>“%1” cannot be a variable name: use letters, digits, _, - and .</source>
        <translation>“%1”不能作为变量名：请使用字母、数字、_、- 和 .</translation>
    </message>
</context>
<context>
    <name>xlink::UserVariablesTable</name>
    <message>
        <source>Kept in the keychain: type to replace it</source>
        <translation>已保存在钥匙串中：输入新值即可替换</translation>
    </message>
    <message>
        <source>Kept in memory: type to replace it</source>
        <translation>已保存在内存中：输入新值即可替换</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>A&amp;dd Variable</source>
        <translation>添加变量(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move Variable</source>
        <translation>删除变量(&amp;M)</translation>
    </message>
    <message>
        <source>Use them in requests as {{name}}. Built in, from the environment itself: %1 (the ids once logged in). A secret value goes to the %2, never to a file.</source>
        <translation>在请求中以 {{name}} 引用。由环境本身提供的内置变量：%1（登录后才有各 ID）。机密值保存在%2中，从不写入文件。</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>memory until the console quits</source>
        <translation>内存（控制台退出前）</translation>
    </message>
    <message>
        <source>No variables yet: %1 (%2) adds one.</source>
        <translation>还没有变量：按“%1”（%2）添加。</translation>
    </message>
</context>
<context>
    <name>xlink::VariableResolver</name>
    <message>
        <source>not defined in the environment, the file or --var</source>
        <translation>在环境、文件和 --var 中都没有定义</translation>
    </message>
    <message>
        <source>the request it reads has not answered in this run</source>
        <translation>它读取的请求在本次运行中还没有响应</translation>
    </message>
    <message>
        <source>not in the response it reads</source>
        <translation>不在它读取的响应中</translation>
    </message>
    <message>
        <source>the response it reads is not JSON</source>
        <translation>它读取的响应不是 JSON</translation>
    </message>
    <message>
        <source>not a system variable this console knows ($guid, $timestamp, $randomInt MIN MAX, $datetime)</source>
        <translation>不是本控制台认识的系统变量（$guid、$timestamp、$randomInt MIN MAX、$datetime）</translation>
    </message>
    <message>
        <source>this form is not supported (only .response.body and .response.headers)</source>
        <translation>不支持这种写法（只支持 .response.body 和 .response.headers）</translation>
    </message>
    <message>
        <source>its value uses itself</source>
        <translation>它的值引用了它自己</translation>
    </message>
</context>
<context>
    <name>xlink::VariableUsage</name>
    <message>
        <source>set for this run</source>
        <translation>本次运行设置</translation>
    </message>
    <message>
        <source>file variable</source>
        <translation>文件变量</translation>
    </message>
    <message>
        <source>private environment file</source>
        <translation>私有环境文件</translation>
    </message>
    <message>
        <source>environment file</source>
        <translation>环境文件</translation>
    </message>
    <message>
        <source>system variable (a new value each time)</source>
        <translation>系统变量（每次取新值）</translation>
    </message>
    <message>
        <source>response of an earlier request</source>
        <translation>之前请求的应答</translation>
    </message>
    <message>
        <source>built in (console environment)</source>
        <translation>内置（控制台环境）</translation>
    </message>
    <message>
        <source>secret variable of environment %1</source>
        <translation>环境 %1 的机密变量</translation>
    </message>
    <message>
        <source>variable of environment %1</source>
        <translation>环境 %1 的变量</translation>
    </message>
</context>
<context>
    <name>xlink::cli::ApiCommand</name>
    <message>
        <source>none (login call)</source>
        <translation>无（登录调用）</translation>
    </message>
    <message>
        <source>Area: %1
</source>
        <translation>分类：%1
</translation>
    </message>
    <message>
        <source>Logins: %1
</source>
        <translation>登录方式：%1
</translation>
    </message>
    <message>
        <source>Parameters:
</source>
        <translation>参数：
</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>，必填</translation>
    </message>
    <message>
        <source>Example body:
</source>
        <translation>示例请求体：
</translation>
    </message>
    <message>
        <source>  (none)
</source>
        <translation>  （无）
</translation>
    </message>
    <message>
        <source>Success: HTTP %1
</source>
        <translation>成功：HTTP %1
</translation>
    </message>
    <message>
        <source>Error codes: %1
</source>
        <translation>错误码：%1
</translation>
    </message>
    <message>
        <source>Secret fields: %1
</source>
        <translation>机密字段：%1
</translation>
    </message>
    <message>
        <source>Document contradiction: %1
</source>
        <translation>文档自相矛盾：%1
</translation>
    </message>
    <message>
        <source>Source: %1
</source>
        <translation>来源：%1
</translation>
    </message>
    <message>
        <source>Export, list or show the platform API&apos;s operations (OpenAPI)</source>
        <translation>导出、列出或显示平台 API 的操作（OpenAPI）</translation>
    </message>
    <message>
        <source>export: writes the whole platform API as one OpenAPI 3.0.3 JSON document (to FILE, or to
standard output), for Postman, Insomnia, Bruno or any OpenAPI tool.
list: one line per operation: method, path, operationId and summary.
show: one operation: logins, parameters, example body, success answer, error codes.
A path may name its parameters ({product_id}) or hold values in their place.
Exit codes: 0 done, 1 nothing found or the file could not be written, 2 usage error.</source>
        <translation>export：将整个平台 API 写成一个 OpenAPI 3.0.3 JSON 文档（写入 FILE，或标准输出），
供 Postman、Insomnia、Bruno 或任何 OpenAPI 工具使用。
list：每个操作一行：方法、路径、operationId 和摘要。
show：单个操作：登录方式、参数、示例请求体、成功应答、错误码。
路径可以写参数名（{product_id}），也可以在其位置写实际值。
退出码：0 完成，1 未找到或文件无法写入，2 用法错误。</translation>
    </message>
    <message>
        <source>export, list or show.</source>
        <translation>export、list 或 show。</translation>
    </message>
    <message>
        <source>export: the format (only openapi).</source>
        <translation>export：格式（仅 openapi）。</translation>
    </message>
    <message>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export：写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>list: only the operations of this area.</source>
        <translation>list：只列出此分类的操作。</translation>
    </message>
    <message>
        <source>list: a JSON array (operationId, method, path, tag, summary, summaryZh, logins); show: the operation as the OpenAPI document has it, with method and path.</source>
        <translation>list：JSON 数组（operationId、method、path、tag、summary、summaryZh、logins）；show：OpenAPI 文档中的该操作，附方法和路径。</translation>
    </message>
    <message>
        <source>Show this language first: zh or en (default: from the system locale).</source>
        <translation>先显示此语言：zh 或 en（默认：取自系统区域设置）。</translation>
    </message>
    <message>
        <source>--lang takes zh or en, not &apos;%1&apos;.</source>
        <translation>--lang 只接受 zh 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>an option does not fit &apos;%1&apos;; see --help.</source>
        <translation>有选项不适用于“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>export takes no further arguments.</source>
        <translation>export 不接受更多参数。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: only openapi.</source>
        <translation>未知格式“%1”：只支持 openapi。</translation>
    </message>
    <message>
        <source>xlink-cli api: the built-in API description is missing.
</source>
        <translation>xlink-cli api：缺少内置的 API 描述。
</translation>
    </message>
    <message>
        <source>list takes no further arguments; use --tag.</source>
        <translation>list 不接受更多参数；请使用 --tag。</translation>
    </message>
    <message>
        <source>xlink-cli api: no operation has the area &apos;%1&apos;. Areas: %2
</source>
        <translation>xlink-cli api：没有分类为“%1”的操作。分类：%2
</translation>
    </message>
    <message>
        <source>say which operation: an operationId, or &apos;METHOD PATH&apos;.</source>
        <translation>请指明操作：operationId，或“METHOD PATH”。</translation>
    </message>
    <message>
        <source>xlink-cli api: no operation &apos;%1&apos;. &apos;xlink-cli api list&apos; shows them all.
</source>
        <translation>xlink-cli api：没有操作“%1”。“xlink-cli api list”会列出全部操作。
</translation>
    </message>
    <message>
        <source>say what to do: export, list or show.</source>
        <translation>请指明要做什么：export、list 或 show。</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use export, list or show.</source>
        <translation>未知动作“%1”：请用 export、list 或 show。</translation>
    </message>
</context>
<context>
    <name>xlink::cli::CallChecks</name>
    <message>
        <source>Warning: the body does not fit %1 as documented:
</source>
        <translation>警告：请求体与文档中 %1 的定义不符：
</translation>
    </message>
    <message>
        <source>Warning: %1 needs %2, and this call logs in as nobody (give --account, --access-key-id or an --env with a saved login).
</source>
        <translation>警告：%1 需要%2，而此调用没有登录（请提供 --account、--access-key-id，或带已保存登录的 --env）。
</translation>
    </message>
    <message>
        <source>Warning: %1 needs %2; this call logs in with %3.
</source>
        <translation>警告：%1 需要%2；此调用使用的是%3。
</translation>
    </message>
    <message>
        <source>Note: the answer does not match the documented response of %1:
</source>
        <translation>提示：响应与文档中 %1 的响应不符：
</translation>
    </message>
    <message>
        <source>  line %1, %2: %3
</source>
        <translation>  第 %1 行，%2：%3
</translation>
    </message>
</context>
<context>
    <name>xlink::cli::CallCommand</name>
    <message>
        <source>Send one request to the platform (or the sandbox) and print the answer</source>
        <translation>向平台（或沙箱）发送一个请求并打印响应</translation>
    </message>
    <message>
        <source>xlink-cli call METHOD PATH [OPTIONS]</source>
        <translation>xlink-cli call METHOD PATH [OPTIONS]</translation>
    </message>
    <message>
        <source>GET, POST, PUT, DELETE, ...</source>
        <translation>GET、POST、PUT、DELETE 等</translation>
    </message>
    <message>
        <source>The path, e.g. /v2/corp, or a full URL.</source>
        <translation>路径（如 /v2/corp）或完整 URL。</translation>
    </message>
    <message>
        <source>The JSON body, or @FILE to read it from a file.</source>
        <translation>JSON 请求体，或用 @FILE 从文件读取。</translation>
    </message>
    <message>
        <source>An extra header &apos;Name: value&apos; (repeatable).</source>
        <translation>附加请求头 &apos;Name: value&apos;（可重复）。</translation>
    </message>
    <message>
        <source>Print {status, headers, body, durationMs, error} as JSON instead of the body.</source>
        <translation>以 JSON 打印 {status, headers, body, durationMs, error}，而不是响应体。</translation>
    </message>
    <message>
        <source>expected METHOD and PATH.</source>
        <translation>需要 METHOD 和 PATH。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method.</source>
        <translation>&apos;%1&apos; 不是 HTTP 方法。</translation>
    </message>
    <message>
        <source>--header needs &apos;Name: value&apos;, got &apos;%1&apos;.</source>
        <translation>--header 需要 &apos;Name: value&apos; 格式，收到的是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--data is not valid JSON (%1:%2): %3. Nothing was sent.</source>
        <translation>--data 不是有效的 JSON（%1:%2）：%3。未发送任何内容。</translation>
    </message>
    <message>
        <source>the environment &apos;%1&apos; has no base URL yet (start the sandbox with &apos;xlink-cli sandbox&apos; and pass --base-url).</source>
        <translation>环境 &apos;%1&apos; 尚未设置基础 URL（请用 &apos;xlink-cli sandbox&apos; 启动沙箱并传入 --base-url）。</translation>
    </message>
    <message>
        <source>Logs in, sends METHOD PATH, prints the response body on stdout and a decoded platform error on stderr. Every call is kept in the failure log.
Exit codes: 0 success; 3 the server answered with an HTTP or platform error (including a proxy&apos;s HTML page); 4 no usable answer (connection refused, timeout, TLS failure, dropped connection, response too large); 2 usage (or, with --strict, a body or login that does not fit the documented call); 1 anything else.</source>
        <translation>登录后发送 METHOD PATH，在标准输出打印响应体，在标准错误输出打印解码后的平台错误。每次调用都会记入失败日志。
退出码：0 成功；3 服务器返回 HTTP 错误或平台错误（包括代理的 HTML 页面）；4 没有可用的应答（连接被拒绝、超时、TLS 失败、连接中断、响应过大）；2 用法错误（或在 --strict 下，请求体或登录与文档中的调用不符）；1 其他错误。</translation>
    </message>
    <message>
        <source>Send nothing (exit 2) when the body does not fit the call&apos;s documented schema or the login cannot make the call; without it these are warnings.</source>
        <translation>当请求体不符合文档中该调用的结构、或当前登录不能进行该调用时，不发送任何内容（退出码 2）；不加此选项时只给出警告。</translation>
    </message>
    <message>
        <source>Nothing was sent (--strict).
</source>
        <translation>未发送任何内容（--strict）。
</translation>
    </message>
</context>
<context>
    <name>xlink::cli::CallOutput</name>
    <message>
        <source>Platform error %1 (HTTP %2)
</source>
        <translation>平台错误 %1（HTTP %2）
</translation>
    </message>
    <message>
        <source>without a code</source>
        <translation>无错误码</translation>
    </message>
    <message>
        <source>  Server message: %1
</source>
        <translation>  服务器消息：%1
</translation>
    </message>
    <message>
        <source>  This code is not in the catalogue.
</source>
        <translation>  此错误码不在错误码表中。
</translation>
    </message>
    <message>
        <source>  (the code came as a JSON number, not the documented string)
</source>
        <translation>  （错误码以 JSON 数字返回，而非文档规定的字符串）
</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>  The body is not a platform error object.
</source>
        <translation>  响应体不是平台错误对象。
</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not valid JSON: %2
</source>
        <translation>HTTP %1，响应体不是有效的 JSON：%2
</translation>
    </message>
    <message>
        <source>No usable answer: %1
</source>
        <translation>没有可用的响应：%1
</translation>
    </message>
    <message>
        <source>  What to check: %1
</source>
        <translation>  排查建议：%1
</translation>
    </message>
    <message>
        <source>Cancelled.
</source>
        <translation>已取消。
</translation>
    </message>
</context>
<context>
    <name>xlink::cli::CallSetup</name>
    <message>
        <source>Use the saved environment NAME.</source>
        <translation>使用已保存的环境 NAME。</translation>
    </message>
    <message>
        <source>Send to URL (e.g. http://127.0.0.1:8080).</source>
        <translation>发送到 URL（如 http://127.0.0.1:8080）。</translation>
    </message>
    <message>
        <source>Log in as this enterprise member (or app user with --corp-id).</source>
        <translation>以此企业成员登录（配合 --corp-id 时为应用用户）。</translation>
    </message>
    <message>
        <source>Log in as an app user of this enterprise (with --account).</source>
        <translation>以此企业的应用用户登录（配合 --account）。</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取密码。</translation>
    </message>
    <message>
        <source>Log in with this access key.</source>
        <translation>使用此访问密钥登录。</translation>
    </message>
    <message>
        <source>Read the access key secret from the first line of standard input.</source>
        <translation>从标准输入的第一行读取访问密钥的 secret。</translation>
    </message>
    <message>
        <source>Give up after MS milliseconds without data.</source>
        <translation>若 MS 毫秒内未收到数据则放弃。</translation>
    </message>
    <message>
        <source>use either --env or --base-url, not both.</source>
        <translation>--env 和 --base-url 只能使用其一。</translation>
    </message>
    <message>
        <source>--base-url needs an http:// or https:// URL.</source>
        <translation>--base-url 需要 http:// 或 https:// 开头的 URL。</translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos;.</source>
        <translation>没有名为 &apos;%1&apos; 的环境。</translation>
    </message>
    <message>
        <source>--timeout needs a number of milliseconds.</source>
        <translation>--timeout 需要一个毫秒数。</translation>
    </message>
    <message>
        <source>use either --account or --access-key-id, not both.</source>
        <translation>--account 和 --access-key-id 只能使用其一。</translation>
    </message>
    <message>
        <source>--password-stdin needs --account.</source>
        <translation>--password-stdin 需要配合 --account。</translation>
    </message>
    <message>
        <source>--access-key-secret-stdin needs --access-key-id.</source>
        <translation>--access-key-secret-stdin 需要配合 --access-key-id。</translation>
    </message>
    <message>
        <source>nothing to read on standard input for the secret.</source>
        <translation>标准输入中没有可读取的密钥。</translation>
    </message>
    <message>
        <source>Warning: the failure log cannot be opened (%1); this call is not recorded.
</source>
        <translation>警告：无法打开失败日志（%1）；本次调用未被记录。
</translation>
    </message>
    <message>
        <source>Warning: recording is off: %1; this call is not recorded (the log can still be listed and exported).
</source>
        <translation>警告：记录已关闭：%1；本次调用未被记录（日志仍可列出和导出）。
</translation>
    </message>
    <message>
        <source>Warning: the failure log was damaged and moved aside to %1.
</source>
        <translation>警告：失败日志已损坏，已移至 %1。
</translation>
    </message>
    <message>
        <source>Note: the failure log is in use by another process; the call was kept in %1 and goes into the log once it is free.
</source>
        <translation>注意：失败日志正被另一个进程使用；本次调用暂存于 %1，日志空闲后写入。
</translation>
    </message>
    <message>
        <source>Warning: the call was not recorded in the failure log: %1
</source>
        <translation>警告：本次调用未记入失败日志：%1
</translation>
    </message>
    <message>
        <source>The login answer has no access_token.
</source>
        <translation>登录响应中没有 access_token。
</translation>
    </message>
    <message>
        <source>Login failed.
</source>
        <translation>登录失败。
</translation>
    </message>
    <message>
        <source>Warning: the keychain has no value for the secret variable %1 of &apos;%2&apos;.
</source>
        <translation>警告：钥匙串中没有环境“%2”的机密变量 %1 的值。
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>no secret for --access-key-id: pass --access-key-secret-stdin.</source>
        <translation>--access-key-id 缺少密钥：请用 --access-key-secret-stdin 传入。</translation>
    </message>
    <message>
        <source>no secret for --account: pass --password-stdin.</source>
        <translation>--account 缺少密码：请用 --password-stdin 传入。</translation>
    </message>
</context>
<context>
    <name>xlink::cli::CatalogCommand</name>
    <message>
        <source>Import a newer error-code page; show the user catalogue</source>
        <translation>导入更新的错误码页面；显示用户错误码表</translation>
    </message>
    <message>
        <source>import: reads an error-code page in the platform&apos;s Markdown format (any of its dialects)
and merges its codes into your user catalogue. The built-in catalogue is never changed;
where a text differs from it, both are kept, each marked with its source. A malformed
page is refused with the number of the offending line, and nothing is imported.
path: prints where the user catalogue is kept.
Exit codes: 0 done, 1 the user catalogue could not be written, 2 usage error or a page
that cannot be read or is malformed.</source>
        <translation>import：读取平台 Markdown 格式（任一变体）的错误码页面，并将其中的错误码合并到
用户错误码表。内置错误码表永远不会改变；文本与之不同时两者都会保留，并各自标明来源。
格式错误的页面会被拒绝并指出出错的行号，不导入任何内容。
path：打印用户错误码表的存放位置。
退出码：0 完成，1 无法写入用户错误码表，2 用法错误或页面无法读取、格式错误。</translation>
    </message>
    <message>
        <source>import or path.</source>
        <translation>import 或 path。</translation>
    </message>
    <message>
        <source>For import: the error-code page (UTF-8 Markdown).</source>
        <translation>用于 import：错误码页面（UTF-8 Markdown）。</translation>
    </message>
    <message>
        <source>Parse the page and compare it with the catalogue, but write nothing.</source>
        <translation>解析页面并与错误码表比较，但不写入任何内容。</translation>
    </message>
    <message>
        <source>Print JSON. With --dry-run: the parsed entries (code, httpStatus, message, line).</source>
        <translation>打印 JSON。配合 --dry-run 时：打印解析出的条目（code、httpStatus、message、line）。</translation>
    </message>
    <message>
        <source>path takes no FILE.</source>
        <translation>path 不接受 FILE 参数。</translation>
    </message>
    <message>
        <source>say what to do: import FILE.md or path.</source>
        <translation>请指定操作：import FILE.md 或 path。</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use import FILE.md or path.</source>
        <translation>未知操作 &apos;%1&apos;：请使用 import FILE.md 或 path。</translation>
    </message>
    <message>
        <source>import takes exactly one FILE.md.</source>
        <translation>import 只接受一个 FILE.md。</translation>
    </message>
    <message>
        <source>xlink-cli catalog import: %1
Nothing was imported.
</source>
        <translation>xlink-cli catalog import：%1
未导入任何内容。
</translation>
    </message>
    <message>
        <source>line %1: %2 (HTTP %3) %4</source>
        <translation>第 %1 行：%2（HTTP %3）%4</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) read</source>
        <translation>
            <numerusform>读取了 %n 个错误码</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 with a text that differs from the catalogue&apos;s (both are kept), %3 unchanged.</source>
        <translation>%1 个新增，%2 个文本与错误码表不同（两者都保留），%3 个未变。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.
</source>
        <translation>试运行：未写入任何内容。
</translation>
    </message>
    <message>
        <source>Imported as %1 into %2, replacing the earlier import of that page.</source>
        <translation>已作为 %1 导入到 %2，替换了该页面之前的导入。</translation>
    </message>
    <message>
        <source>Imported as %1 into %2.</source>
        <translation>已作为 %1 导入到 %2。</translation>
    </message>
</context>
<context>
    <name>xlink::cli::CliApplication</name>
    <message>
        <source>Usage: xlink-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>用法：xlink-cli COMMAND [OPTIONS]

命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;xlink-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 failure or nothing found, 2 usage error,
3 the server answered with an error, 4 no usable answer from the server.
</source>
        <translation>
运行 &apos;xlink-cli COMMAND --help&apos; 查看命令的选项。
退出码：0 成功，1 失败或未找到，2 用法错误，
3 服务器返回错误，4 服务器没有可用的响应。
</translation>
    </message>
    <message>
        <source>xlink-cli: unknown command &apos;%1&apos;. Run &apos;xlink-cli --help&apos; for the list.
</source>
        <translation>xlink-cli：未知命令 &apos;%1&apos;。运行 &apos;xlink-cli --help&apos; 查看命令列表。
</translation>
    </message>
</context>
<context>
    <name>xlink::cli::CollectionCommand</name>
    <message>
        <source>Import a Postman collection into .http files, or export .http files to Postman</source>
        <translation>将 Postman 集合导入为 .http 文件，或将 .http 文件导出为 Postman 集合</translation>
    </message>
    <message>
        <source>import: turns a Postman collection v2.1 (and a Postman environment) into a folder of .http files
and an http-client.env.json; lists what was not imported (scripts, other body modes...).
export: writes a collection folder, or one .http file, as a Postman collection v2.1 for newman;
chained values and ?? assertions become test scripts.
Exit codes: 0 done, 1 a file could not be read or written, 2 usage error or a file that does not
parse (FILE:LINE:COLUMN: why).</source>
        <translation>import：将 Postman v2.1 集合（及 Postman 环境）转换为一个包含 .http 文件
和 http-client.env.json 的文件夹；列出未导入的内容（脚本、其他请求体模式……）。
export：将集合文件夹或单个 .http 文件写成供 newman 运行的 Postman v2.1 集合；
链式取值和 ?? 断言会变成测试脚本。
退出码：0 完成，1 文件无法读取或写入，2 用法错误或文件无法解析
（FILE:LINE:COLUMN: 原因）。</translation>
    </message>
    <message>
        <source>import or export.</source>
        <translation>import 或 export。</translation>
    </message>
    <message>
        <source>import: the Postman collection file; export: the collection folder or .http file.</source>
        <translation>import：Postman 集合文件；export：集合文件夹或 .http 文件。</translation>
    </message>
    <message>
        <source>import: the folder to write (new or empty); export: the file to write.</source>
        <translation>import：要写入的文件夹（新建或为空）；export：要写入的文件。</translation>
    </message>
    <message>
        <source>import: a Postman environment file, imported as an environment of http-client.env.json.</source>
        <translation>import：Postman 环境文件，作为 http-client.env.json 中的一个环境导入。</translation>
    </message>
    <message>
        <source>export: the format (only postman).</source>
        <translation>export：格式（仅支持 postman）。</translation>
    </message>
    <message>
        <source>the action is import or export.</source>
        <translation>操作应为 import 或 export。</translation>
    </message>
    <message>
        <source>%1 takes one PATH.</source>
        <translation>%1 需要一个 PATH。</translation>
    </message>
    <message>
        <source>-o is missing.</source>
        <translation>缺少 -o。</translation>
    </message>
    <message>
        <source>--format is for export.</source>
        <translation>--format 只用于 export。</translation>
    </message>
    <message>
        <source>Requests imported into %1: %2</source>
        <translation>导入到 %1 的请求：%2</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>--environment is for import.</source>
        <translation>--environment 只用于 import。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: only postman.</source>
        <translation>未知格式“%1”：只支持 postman。</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>注意：</translation>
    </message>
</context>
<context>
    <name>xlink::cli::CommandLine</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>xlink-cli %1: %2
Run &apos;xlink-cli %1 --help&apos; for its options.
</source>
        <translation>xlink-cli %1：%2
运行 &apos;xlink-cli %1 --help&apos; 查看其选项。
</translation>
    </message>
</context>
<context>
    <name>xlink::cli::DecodeCommand</name>
    <message>
        <source>Find and explain every platform error in a text</source>
        <translation>找出并解释文本中的每个平台错误</translation>
    </message>
    <message>
        <source>Reads FILE (standard input without it, or with &apos;-&apos;), finds every platform error object
({&quot;error&quot;:{&quot;code&quot;:...,&quot;msg&quot;:...}}) and every 7-digit platform code in it, and prints each
decoded: code, HTTP status, Chinese and English messages, the server&apos;s message and the line.
Exit codes: 0 errors found, 1 none found, 2 usage error or input that is not UTF-8 text.</source>
        <translation>读取 FILE（省略或为 &apos;-&apos; 时读取标准输入），找出其中每个平台错误对象
（{&quot;error&quot;:{&quot;code&quot;:...,&quot;msg&quot;:...}}）和每个 7 位平台错误码，逐一打印解码结果：
错误码、HTTP 状态码、中英文消息、服务器消息及所在行。
退出码：0 发现错误，1 未发现错误，2 用法错误或输入不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>A response body, log excerpt or any text file (UTF-8).</source>
        <translation>响应体、日志片段或任意文本文件（UTF-8）。</translation>
    </message>
    <message>
        <source>Print a JSON array: lookup&apos;s objects plus rawCode, serverMessage, fromObject, line, column and offset.</source>
        <translation>打印 JSON 数组：lookup 的对象，外加 rawCode、serverMessage、fromObject、line、column 和 offset。</translation>
    </message>
    <message>
        <source>decode reads one FILE at a time.</source>
        <translation>decode 每次只读取一个 FILE。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Paste the text to decode, then press Ctrl+D (Ctrl+Z, Enter on Windows).
</source>
        <translation>粘贴要解码的文本，然后按 Ctrl+D（Windows 上按 Ctrl+Z 再按 Enter）。
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; decode an excerpt instead.</source>
        <translation>%1 大于 %2 MB；请改为解码其中一段。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Convert it first, for example:
  iconv -f GBK -t UTF-8 FILE | xlink-cli decode</source>
        <translation>%1 不是 UTF-8 文本（第 %2 行）。请先转换编码，例如：
  iconv -f GBK -t UTF-8 FILE | xlink-cli decode</translation>
    </message>
    <message>
        <source>No platform error found in %1.
</source>
        <translation>%1 中未发现平台错误。
</translation>
    </message>
    <message>
        <source>Line %1, column %2: error object</source>
        <translation>第 %1 行，第 %2 列：错误对象</translation>
    </message>
    <message>
        <source>Line %1, column %2: code in the text</source>
        <translation>第 %1 行，第 %2 列：文本中的错误码</translation>
    </message>
    <message>
        <source>The code “%1” is not a number; the catalogue cannot explain it.</source>
        <translation>错误码“%1”不是数字，错误码表无法解释。</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>服务器消息</translation>
    </message>
    <message numerus="yes">
        <source>%n platform error(s) found.</source>
        <translation>
            <numerusform>发现 %n 个平台错误。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::cli::LogCommand</name>
    <message>
        <source>Only this platform code (repeat or separate with commas).</source>
        <translation>只看此平台错误码（可重复，或用逗号分隔）。</translation>
    </message>
    <message>
        <source>Only this HTTP status; 0 for calls without an answer (repeat or separate with commas).</source>
        <translation>只看此 HTTP 状态码；0 表示无响应的调用（可重复，或用逗号分隔）。</translation>
    </message>
    <message>
        <source>Only calls made at or after this ISO 8601 time (local time unless it has a zone).</source>
        <translation>只看在此 ISO 8601 时间或之后发起的调用（未带时区时为本地时间）。</translation>
    </message>
    <message>
        <source>Only calls made before this ISO 8601 time.</source>
        <translation>只看在此 ISO 8601 时间之前发起的调用。</translation>
    </message>
    <message>
        <source>Only calls whose URL, messages or environment contain TEXT (any case).</source>
        <translation>只看 URL、消息或环境中包含 TEXT 的调用（不区分大小写）。</translation>
    </message>
    <message>
        <source>Only this endpoint, ids written as {id}, e.g. /v2/product/{id}/device/{id}.</source>
        <translation>只看此接口，ID 写作 {id}，如 /v2/product/{id}/device/{id}。</translation>
    </message>
    <message>
        <source>Only this environment.</source>
        <translation>只看此环境。</translation>
    </message>
    <message>
        <source>The failure log was damaged; it was moved to %1 and a new one was started.
</source>
        <translation>失败日志已损坏，已移至 %1 并新建了一个。
</translation>
    </message>
    <message>
        <source>Cannot open the failure log %1: %2
</source>
        <translation>无法打开失败日志 %1：%2
</translation>
    </message>
    <message>
        <source>List or export the failure log (list, export, path)</source>
        <translation>列出或导出失败日志（list、export、path）</translation>
    </message>
    <message>
        <source>xlink-cli log: &apos;%1&apos; is not a platform code.
</source>
        <translation>xlink-cli log：&apos;%1&apos; 不是平台错误码。
</translation>
    </message>
    <message>
        <source>xlink-cli log: &apos;%1&apos; is not an HTTP status.
</source>
        <translation>xlink-cli log：&apos;%1&apos; 不是 HTTP 状态码。
</translation>
    </message>
    <message>
        <source>xlink-cli log: &apos;%1&apos; is not an ISO 8601 time such as 2026-03-01T08:00:00Z or 2026-03-01.
</source>
        <translation>xlink-cli log：&apos;%1&apos; 不是 ISO 8601 时间（如 2026-03-01T08:00:00Z 或 2026-03-01）。
</translation>
    </message>
    <message>
        <source>xlink-cli log: unknown subcommand &apos;%1&apos;.
</source>
        <translation>xlink-cli log：未知子命令 &apos;%1&apos;。
</translation>
    </message>
    <message>
        <source>At most N records (default 50; 0 for all).</source>
        <translation>最多 N 条记录（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print a JSON array of records (id, time, environment, method, url, status, code, kind, zh, en, serverMsg, durationMs, ...).</source>
        <translation>以 JSON 数组打印记录（id、time、environment、method、url、status、code、kind、zh、en、serverMsg、durationMs 等）。</translation>
    </message>
    <message>
        <source>xlink-cli log list: unexpected argument &apos;%1&apos;
</source>
        <translation>xlink-cli log list：意外的参数 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>xlink-cli log list: --limit needs a number (0 for all).
</source>
        <translation>xlink-cli log list：--limit 需要一个数字（0 表示全部）。
</translation>
    </message>
    <message>
        <source>xlink-cli log list: %1
</source>
        <translation>xlink-cli log list：%1
</translation>
    </message>
    <message>
        <source>No records match.
</source>
        <translation>没有匹配的记录。
</translation>
    </message>
    <message>
        <source>Writes a report of the selected records (failures by default): a summary by code, endpoint and status, then each record with a curl command to repeat it. Secrets are always redacted.</source>
        <translation>为选中的记录（默认为失败的调用）生成报告：先按错误码、接口和状态码汇总，再列出每条记录及可重放它的 curl 命令。密钥始终会被脱敏。</translation>
    </message>
    <message>
        <source>md, html, pdf, csv, json or har.</source>
        <translation>md、html、pdf、csv、json 或 har。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (replaced only once the new one is complete).</source>
        <translation>要写入的文件（新文件完整写好后才替换）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark, for Excel.</source>
        <translation>CSV：以 UTF-8 字节顺序标记（BOM）开头，便于 Excel 打开。</translation>
    </message>
    <message>
        <source>xlink-cli log export: --format must be one of %1.
</source>
        <translation>xlink-cli log export：--format 必须是 %1 之一。
</translation>
    </message>
    <message>
        <source>xlink-cli log export: -o FILE is required.
</source>
        <translation>xlink-cli log export：必须指定 -o FILE。
</translation>
    </message>
    <message>
        <source>xlink-cli log export: unexpected argument &apos;%1&apos;
</source>
        <translation>xlink-cli log export：意外的参数 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>xlink-cli log export: cannot write %1: %2
</source>
        <translation>xlink-cli log export：无法写入 %1：%2
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.
</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints where the failure log is stored.</source>
        <translation>打印失败日志的存放位置。</translation>
    </message>
    <message>
        <source>The failure log %1 is damaged: %2
</source>
        <translation>失败日志 %1 已损坏：%2
</translation>
    </message>
    <message>
        <source>xlink-cli log export: the failure log was damaged; %1 was not written.
</source>
        <translation>xlink-cli log export：失败日志已损坏，未写入 %1。
</translation>
    </message>
    <message>
        <source>xlink-cli log list [FILTERS] [--limit N] [--json]</source>
        <translation>xlink-cli log list [FILTERS] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>xlink-cli log export --format FORMAT -o FILE [FILTERS]</source>
        <translation>xlink-cli log export --format FORMAT -o FILE [FILTERS]</translation>
    </message>
    <message>
        <source>xlink-cli log path</source>
        <translation>xlink-cli log path</translation>
    </message>
    <message>
        <source>Include successful and cancelled calls (the history), not only failures.</source>
        <translation>包括成功和已取消的调用（即历史），而不只是失败。</translation>
    </message>
    <message>
        <source>Lists the failure log, newest first. Without filters: the latest failures.
Exit codes: 0 records listed, 1 none match or the log could not be read (a damaged log is moved aside and named), 2 usage error.</source>
        <translation>列出失败日志，最新的在前。不加筛选时：最近的失败。
退出码：0 已列出记录，1 无匹配或日志无法读取（损坏的日志会被移到一旁并给出其名称），2 用法错误。</translation>
    </message>
    <message>
        <source>xlink-cli log list: no records were listed.
</source>
        <translation>xlink-cli log list：没有列出任何记录。
</translation>
    </message>
    <message>
        <source>xlink-cli log export: %1 was not written.
</source>
        <translation>xlink-cli log export：%1 未写入。
</translation>
    </message>
    <message>
        <source>PDF: the most records after the summary (default %1).</source>
        <translation>PDF：汇总之后最多列出的记录数（默认 %1）。</translation>
    </message>
    <message>
        <source>xlink-cli log export: --pdf-records must be a number of 0 or more.
</source>
        <translation>xlink-cli log export：--pdf-records 必须是 0 或更大的数字。
</translation>
    </message>
    <message>
        <source>Only this kind: http, platform, network, dns, timeout, malformed, schema (or success or cancelled with --all).</source>
        <translation>只显示此类型：http、platform、network、dns、timeout、malformed、schema（配合 --all 还可用 success 或 cancelled）。</translation>
    </message>
    <message>
        <source>Read the team log on PostgreSQL instead of this machine&apos;s log (see --team-db).</source>
        <translation>读取 PostgreSQL 上的团队日志，而不是本机日志（见 --team-db）。</translation>
    </message>
    <message>
        <source>With --team: only records this sender sent (repeat or separate with commas).</source>
        <translation>与 --team 一起使用：只显示该发送者发送的记录（可重复或用逗号分隔）。</translation>
    </message>
    <message>
        <source>xlink-cli log: unknown kind &apos;%1&apos; (http, platform, network, dns, timeout, malformed, schema, success, cancelled).
</source>
        <translation>xlink-cli log：未知类型“%1”（http、platform、network、dns、timeout、malformed、schema、success、cancelled）。
</translation>
    </message>
    <message>
        <source>Usage: xlink-cli log list [FILTERS] [--limit N] [--json] [--team]
       xlink-cli log export --format md|html|pdf|csv|json|har -o FILE [FILTERS] [--team]
       xlink-cli log push [--team-db URI]
       xlink-cli log path
Run &apos;xlink-cli log list --help&apos; for the filters.
</source>
        <translation>用法：xlink-cli log list [筛选条件] [--limit N] [--json] [--team]
      xlink-cli log export --format md|html|pdf|csv|json|har -o 文件 [筛选条件] [--team]
      xlink-cli log push [--team-db URI]
      xlink-cli log path
运行“xlink-cli log list --help”查看筛选条件。
</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>由 %1 发送</translation>
    </message>
    <message>
        <source>%1: --sender and --team-db read the team log: add --team.
</source>
        <translation>%1：--sender 和 --team-db 用于读取团队日志：请加上 --team。
</translation>
    </message>
    <message>
        <source>xlink-cli log export: cannot read the team log: %1
</source>
        <translation>xlink-cli log export：无法读取团队日志：%1
</translation>
    </message>
</context>
<context>
    <name>xlink::cli::LogPush</name>
    <message>
        <source>xlink-cli log push [--team-db URI] [--sender NAME]</source>
        <translation>xlink-cli log push [--team-db URI] [--sender 名称]</translation>
    </message>
    <message>
        <source>Sends the records waiting for the team log now, and says how many were sent and how many still wait. Records that cannot be sent stay waiting.
Exit codes: 0 sent (or nothing waited), 1 refused (authentication, permission, schema) or the local log cannot be read, 2 usage error, 4 the team log server cannot be reached.</source>
        <translation>立即发送等待发往团队日志的记录，并报告已发送和仍在等待的数量。无法发送的记录继续等待。
退出码：0 已发送（或没有待发送记录），1 被拒绝（认证、权限、结构版本）或无法读取本地日志，2 用法错误，4 无法连接团队日志服务器。</translation>
    </message>
    <message>
        <source>The sender name the records carry (default: the console&apos;s setting, else the login name and host).</source>
        <translation>记录所带的发送者名称（默认：控制台设置中的名称，否则为登录名和主机名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>the sender name is empty</source>
        <translation>发送者名称为空</translation>
    </message>
    <message>
        <source>xlink-cli log push: cannot open the failure log %1: %2
</source>
        <translation>xlink-cli log push：无法打开失败日志 %1：%2
</translation>
    </message>
    <message>
        <source>xlink-cli log push: %1
</source>
        <translation>xlink-cli log push：%1
</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait to be sent.
</source>
        <translation>
            <numerusform>%n 条记录等待发送。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s) before that.
</source>
        <translation>
            <numerusform>在此之前已发送 %n 条记录。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s) to the team log %1.
</source>
        <translation>
            <numerusform>已向团队日志 %1 发送 %n 条记录。
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlink::cli::LookupCommand</name>
    <message>
        <source>Explain an error code, HTTP status or message text</source>
        <translation>解释错误码、HTTP 状态码或消息文本</translation>
    </message>
    <message>
        <source>Looks QUERY up in the error-code catalogue (with your imported pages) and prints every match:
code, HTTP status, Chinese and English messages and a hint.
QUERY may be a code (4031003), a code inside text (&apos;code: 4031003&apos; or a JSON error),
part of a code (1003), an HTTP status (404) or words in Chinese or English (设备, token).
Exit codes: 0 a catalogue entry matched, 1 nothing matched (an unknown code is still
explained by its class), 2 usage error.</source>
        <translation>在错误码表（含您导入的页面）中查找 QUERY，并打印每个匹配项：
错误码、HTTP 状态码、中英文消息和提示。
QUERY 可以是错误码（4031003）、文本中的错误码（&apos;code: 4031003&apos; 或 JSON 错误）、
部分错误码（1003）、HTTP 状态码（404）或中英文词语（设备、token）。
退出码：0 匹配到错误码表条目，1 没有匹配（未知错误码仍会按其类别解释），2 用法错误。</translation>
    </message>
    <message>
        <source>What to look up. Several words are looked up as one text.</source>
        <translation>要查找的内容。多个词语作为一段文本查找。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with code, httpStatus, zh, en, hint, pages, known, variants.</source>
        <translation>打印 JSON 对象数组，包含 code、httpStatus、zh、en、hint、pages、known、variants。</translation>
    </message>
    <message>
        <source>Show this language first: zh or en (default: from the system locale).</source>
        <translation>优先显示此语言：zh 或 en（默认取自系统区域设置）。</translation>
    </message>
    <message>
        <source>QUERY is missing.</source>
        <translation>缺少 QUERY。</translation>
    </message>
    <message>
        <source>--lang takes zh or en, not &apos;%1&apos;.</source>
        <translation>--lang 只接受 zh 或 en，不接受 &apos;%1&apos;。</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) match “%1”:</source>
        <translation>
            <numerusform>%n 个错误码匹配“%1”：</numerusform>
        </translation>
    </message>
    <message>
        <source>No error code matches “%1”.
</source>
        <translation>没有匹配“%1”的错误码。
</translation>
    </message>
</context>
<context>
    <name>xlink::cli::RunCommand</name>
    <message>
        <source>Run .http collections against the platform (or the sandbox), with their assertions</source>
        <translation>对平台（或沙箱）运行 .http 集合并检查其断言</translation>
    </message>
    <message>
        <source>A collection folder or a .http file (several run one after the other).</source>
        <translation>集合文件夹或 .http 文件（多个时依次运行）。</translation>
    </message>
    <message>
        <source>Give the variable K the value V, over every other source (repeatable).</source>
        <translation>把变量 K 设为 V，优先于其他所有来源（可重复）。</translation>
    </message>
    <message>
        <source>How to report: text (default), json or junit.</source>
        <translation>报告格式：text（默认）、json 或 junit。</translation>
    </message>
    <message>
        <source>Write the report to FILE (the text report still goes to the terminal).</source>
        <translation>把报告写入 FILE（文本报告仍输出到终端）。</translation>
    </message>
    <message>
        <source>Stop at the first request that does not pass.</source>
        <translation>在第一个未通过的请求处停止。</translation>
    </message>
    <message>
        <source>unknown reporter &apos;%1&apos;: text, json or junit.</source>
        <translation>未知的报告格式“%1”：可用 text、json 或 junit。</translation>
    </message>
    <message>
        <source>--var needs K=V, got &apos;%1&apos;.</source>
        <translation>--var 需要 K=V 形式，收到的是“%1”。</translation>
    </message>
    <message>
        <source>expected at least one PATH.</source>
        <translation>至少需要一个 PATH。</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1：没有这个文件或文件夹。</translation>
    </message>
    <message>
        <source>no requests in %1.</source>
        <translation>%1 中没有请求。</translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos;, neither saved nor in the collection&apos;s http-client.env.json.</source>
        <translation>没有名为“%1”的环境：既不在已保存的环境中，也不在集合的 http-client.env.json 中。</translation>
    </message>
    <message>
        <source>Runs the requests of each PATH (a collection folder or a .http file) in order: placeholders
filled from --var, the file&apos;s variables, the collection&apos;s http-client.env.json and the
environment (baseUrl, corpId...), values chained from earlier named responses, ?? assertions
checked. A request whose placeholder has no value is not sent and the run goes on. A request
that sets no Access-Token gets the session&apos;s. Every call is kept in the failure log.
Exit codes: 0 every request passed; 1 an assertion failed (or a request was not sent or not
run); 3 a request got an HTTP or platform error no assertion expected; 4 a request got no
usable answer; 2 usage, or a file that does not parse (FILE:LINE:COLUMN: why).
Ctrl+C (or SIGTERM) stops the run: the request on its way is cancelled, the report covers
what ran, every call made is kept in the failure log; exit 130 (143 for SIGTERM).</source>
        <translation>按顺序运行每个 PATH（集合文件夹或 .http 文件）中的请求：占位符取自 --var、文件变量、
集合的 http-client.env.json 和环境（baseUrl、corpId……），链式取值来自之前已命名的应答，
并检查 ?? 断言。占位符没有值的请求不发送，运行继续。没有自行设置 Access-Token 的请求
使用会话的令牌。每次调用都记入失败日志。
退出码：0 全部请求通过；1 有断言失败（或有请求未发送、未运行）；3 有请求得到没有断言
预期的 HTTP 或平台错误；4 有请求没有得到可用的应答；2 用法错误，或文件无法解析
（FILE:LINE:COLUMN: 原因）。
Ctrl+C（或 SIGTERM）停止运行：正在发送的请求被取消，报告包含已运行的部分，
已发出的每次调用都记入失败日志；退出码 130（SIGTERM 为 143）。</translation>
    </message>
</context>
<context>
    <name>xlink::cli::SandboxCommand</name>
    <message>
        <source>Demo identities:
  enterprise member  %1 / %2 in enterprise %3 (POST /v2/corp_auth)
  access key         id %4 / secret %5 (POST /v2/accesskey_auth)
  app user           %6 / %7 in enterprise %3 (POST /v2/user_auth)
</source>
        <translation>演示身份：
  企业成员  %1 / %2，企业 %3（POST /v2/corp_auth）
  访问密钥  id %4 / secret %5（POST /v2/accesskey_auth）
  应用用户  %6 / %7，企业 %3（POST /v2/user_auth）
</translation>
    </message>
    <message>
        <source>Run a local server that behaves like the platform&apos;s API</source>
        <translation>运行一个行为与平台 API 相同的本地服务器</translation>
    </message>
    <message>
        <source>Runs a local server that behaves like the XLink platform&apos;s REST API, with demo data in memory. Prints the URL it listens on as its first line and runs until interrupted (Ctrl+C or SIGTERM).</source>
        <translation>运行一个行为与云智易平台 REST API 相同的本地服务器，演示数据保存在内存中。第一行打印监听的 URL，然后一直运行直到被中断（Ctrl+C 或 SIGTERM）。</translation>
    </message>
    <message>
        <source>
Faults (--fault or the X-Sandbox-Fault request header, combined with commas):
  delay=MS, status=503, drop, malformed, html, huge=BYTES, code-as-number, english-msg</source>
        <translation>
故障注入（--fault 或请求头 X-Sandbox-Fault，多个用逗号组合）：
  delay=MS, status=503, drop, malformed, html, huge=BYTES, code-as-number, english-msg</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free port (default 0).</source>
        <translation>监听端口；0 表示自动选择空闲端口（默认 0）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens in seconds (default 7200).</source>
        <translation>签发的访问令牌的有效期，单位为秒（默认 7200）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Faults to apply to every request, e.g. delay=500,code-as-number.</source>
        <translation>对每个请求施加的故障，如 delay=500,code-as-number。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port 需要 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--bind needs an IP address, not &apos;%1&apos;</source>
        <translation>--bind 需要 IP 地址，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--token-ttl needs a positive number of seconds</source>
        <translation>--token-ttl 需要一个正的秒数</translation>
    </message>
    <message>
        <source>--fault: %1</source>
        <translation>--fault：%1</translation>
    </message>
    <message>
        <source>xlink-cli sandbox: cannot listen on %1 port %2: %3
</source>
        <translation>xlink-cli sandbox：无法在 %1 端口 %2 上监听：%3
</translation>
    </message>
    <message>
        <source>A request&apos;s headers must all arrive within MS milliseconds of its first byte, or it is answered 408 and the connection closed (default %1).</source>
        <translation>请求的全部请求头须在首字节到达后 MS 毫秒内到达，否则应答 408 并关闭连接（默认 %1）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>A connection with no request in progress is closed after MS milliseconds (default %1).</source>
        <translation>没有进行中请求的连接在 MS 毫秒后关闭（默认 %1）。</translation>
    </message>
    <message>
        <source>Connections one client address may hold at once; more are answered 503 and closed (default %1).</source>
        <translation>单个客户端地址可同时保持的连接数；超出的连接应答 503 并关闭（默认 %1）。</translation>
    </message>
    <message>
        <source>--header-timeout needs a positive number of ms</source>
        <translation>--header-timeout 需要一个正数（毫秒）</translation>
    </message>
    <message>
        <source>--idle-timeout needs a positive number of ms</source>
        <translation>--idle-timeout 需要一个正数（毫秒）</translation>
    </message>
    <message>
        <source>--max-connections-per-address needs a positive number</source>
        <translation>--max-connections-per-address 需要一个正数</translation>
    </message>
</context>
<context>
    <name>xlink::cli::TeamConnectionOption</name>
    <message>
        <source>The team log&apos;s PostgreSQL connection URI, e.g. postgresql://user@host:5432/db?sslmode=verify-full (else the PG* variables, else the console&apos;s settings).</source>
        <translation>团队日志的 PostgreSQL 连接 URI，例如 postgresql://user@host:5432/db?sslmode=verify-full（否则使用 PG* 环境变量，再否则使用控制台的设置）。</translation>
    </message>
    <message>
        <source>no team log is set: pass --team-db postgresql://..., set PGHOST and PGDATABASE, or set it up in the console&apos;s settings.</source>
        <translation>未设置团队日志：请传入 --team-db postgresql://...，设置 PGHOST 和 PGDATABASE，或在控制台的设置中配置。</translation>
    </message>
</context>
<context>
    <name>xlink::cli::TeamLogCommand</name>
    <message>
        <source>Set up or check the team failure log on PostgreSQL (init, check)</source>
        <translation>建立或检查 PostgreSQL 上的团队失败日志（init、check）</translation>
    </message>
    <message>
        <source>Usage: xlink-cli team-log init [--team-db URI]
       xlink-cli team-log check [--team-db URI]
</source>
        <translation>用法：xlink-cli team-log init [--team-db URI]
      xlink-cli team-log check [--team-db URI]
</translation>
    </message>
    <message>
        <source>xlink-cli team-log: unknown subcommand &apos;%1&apos;.
</source>
        <translation>xlink-cli team-log：未知的子命令“%1”。
</translation>
    </message>
    <message>
        <source>xlink-cli team-log init [--team-db URI]</source>
        <translation>xlink-cli team-log init [--team-db URI]</translation>
    </message>
    <message>
        <source>Creates the team log&apos;s tables in the PostgreSQL database, or migrates them to this console&apos;s version. A schema newer than this console is left as it is.
Exit codes: 0 done, 1 refused (authentication, permission, newer schema), 4 the server cannot be reached.</source>
        <translation>在 PostgreSQL 数据库中创建团队日志的表，或将其迁移到本控制台的版本。比本控制台更新的结构保持不变。
退出码：0 完成，1 被拒绝（认证、权限、结构版本更新），4 无法连接服务器。</translation>
    </message>
    <message>
        <source>xlink-cli team-log init: %1
</source>
        <translation>xlink-cli team-log init：%1
</translation>
    </message>
    <message>
        <source>The team log in %1 is at schema version %2.
</source>
        <translation>%1 中的团队日志结构版本为 %2。
</translation>
    </message>
    <message>
        <source>xlink-cli team-log check [--team-db URI]</source>
        <translation>xlink-cli team-log check [--team-db URI]</translation>
    </message>
    <message>
        <source>Connects to the team log and says whether this console can send records to it.
Exit codes: 0 ready, 1 refused or not set up, 4 the server cannot be reached.</source>
        <translation>连接团队日志，并报告本控制台能否向其发送记录。
退出码：0 就绪，1 被拒绝或尚未建立，4 无法连接服务器。</translation>
    </message>
    <message>
        <source>xlink-cli team-log check: %1
</source>
        <translation>xlink-cli team-log check：%1
</translation>
    </message>
    <message>
        <source>The team log in %1 is ready.
</source>
        <translation>%1 中的团队日志已就绪。
</translation>
    </message>
</context>
<context>
    <name>xlink::cli::VarCommand</name>
    <message>
        <source>List, set or remove your own variables of an environment (used by run and call)</source>
        <translation>列出、设置或删除某个环境中您自己的变量（供 run 和 call 使用）</translation>
    </message>
    <message>
        <source>Your own variables of a console environment (pid, did, an app key...), used as {{NAME}} by
`run` and `call` with that environment, beside baseUrl, corpId... A plain value is kept
in the settings; a secret one only in the system keychain, and it is never printed.
Exit codes: 0 done, 1 it could not be saved (no keychain for a secret), 2 usage.</source>
        <translation>控制台环境中您自己的变量（pid、did、应用密钥……），使用该环境的
`run` 和 `call` 以 {{NAME}} 引用它们，与 baseUrl、corpId……并列。普通值保存在
设置中；机密值只保存在系统钥匙串中，且从不打印。
退出码：0 完成，1 无法保存（机密值没有可用的钥匙串），2 用法错误。</translation>
    </message>
    <message>
        <source>list, set or unset.</source>
        <translation>list、set 或 unset。</translation>
    </message>
    <message>
        <source>The saved environment NAME (default: the current one).</source>
        <translation>已保存的环境 NAME（默认：当前环境）。</translation>
    </message>
    <message>
        <source>set: a secret value, read from the first line of standard input and kept in the keychain.</source>
        <translation>set：机密值，从标准输入的第一行读取并保存在钥匙串中。</translation>
    </message>
    <message>
        <source>list: as JSON, [{name, value, secret}], secret values null.</source>
        <translation>list：以 JSON 输出，[{name, value, secret}]，机密值为 null。</translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的环境。</translation>
    </message>
    <message>
        <source>list takes no NAME.</source>
        <translation>list 不接受 NAME。</translation>
    </message>
    <message>
        <source>(secret, in the keychain)</source>
        <translation>（机密，保存在钥匙串中）</translation>
    </message>
    <message>
        <source>unset takes one NAME.</source>
        <translation>unset 需要一个 NAME。</translation>
    </message>
    <message>
        <source>the action is list, set or unset.</source>
        <translation>操作应为 list、set 或 unset。</translation>
    </message>
    <message>
        <source>set --secret-stdin takes one NAME.</source>
        <translation>set --secret-stdin 需要一个 NAME。</translation>
    </message>
    <message>
        <source>set takes NAME and VALUE.</source>
        <translation>set 需要 NAME 和 VALUE。</translation>
    </message>
    <message>
        <source>“%1” cannot be a variable name: use letters, digits, _, - and .</source>
        <translation>“%1”不能作为变量名：请使用字母、数字、_、- 和 .</translation>
    </message>
    <message>
        <source>nothing to read on standard input for the secret.</source>
        <translation>标准输入中没有可读取的机密值。</translation>
    </message>
    <message>
        <source>xlink-cli var: the keychain is not available (%1); the secret was not saved.
</source>
        <translation>xlink-cli var：钥匙串不可用（%1）；机密值未保存。
</translation>
    </message>
</context>
<context>
    <name>xlink::sandbox::FaultSpec</name>
    <message>
        <source>delay needs a number of milliseconds between 0 and %1, not &apos;%2&apos;</source>
        <translation>delay 需要 0 到 %1 之间的毫秒数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>status supports only 503, not &apos;%1&apos;</source>
        <translation>status 只支持 503，不支持 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>huge needs a size in bytes between 1 and %1, not &apos;%2&apos;</source>
        <translation>huge 需要 1 到 %1 之间的字节数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the fault &apos;%1&apos; takes no value</source>
        <translation>故障 &apos;%1&apos; 不接受值</translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos; (known: delay=MS, status=503, drop, malformed, html, huge=BYTES, code-as-number, english-msg)</source>
        <translation>未知故障 &apos;%1&apos;（可用：delay=MS, status=503, drop, malformed, html, huge=BYTES, code-as-number, english-msg）</translation>
    </message>
</context>
<context>
    <name>xlink::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is already listening.</source>
        <translation>沙箱已在监听。</translation>
    </message>
</context>
</TS>
