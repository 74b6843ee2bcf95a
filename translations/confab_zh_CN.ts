<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Confab</source>
        <translation>关于 Confab</translation>
    </message>
    <message>
        <source>Confab %1</source>
        <translation>Confab %1</translation>
    </message>
    <message>
        <source>A native desktop client for OpenAI-compatible chat APIs.</source>
        <translation>适用于 OpenAI 兼容聊天 API 的原生桌面客户端。</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Code colouring</source>
        <translation>代码着色</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting</source>
        <translation>KSyntaxHighlighting</translation>
    </message>
    <message>
        <source>not built in (code is shown plain)</source>
        <translation>未内置（代码以纯文本显示）</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>使用的组件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>Waiting for the answer… ▍</source>
        <translation>正在等待回答… ▍</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry this answer</source>
        <translation>重试此回答</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>复制回答</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
</context>
<context>
    <name>AnswerMetrics</name>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>接收中</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>Answer ready</source>
        <translation>回答已就绪</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1 did not accept the API key (401). Check the key for this provider.</source>
        <translation>%1 不接受该 API 密钥（401）。请检查此服务商的密钥。</translation>
    </message>
    <message>
        <source>%1 refused access (403). The key may lack permission for this model, or the service is not available in your region.</source>
        <translation>%1 拒绝访问（403）。该密钥可能没有使用此模型的权限，或者该服务在你所在的地区不可用。</translation>
    </message>
    <message>
        <source>%1 answered 404: the model or the address was not found. Check the model name and the base URL (it usually ends in /v1).</source>
        <translation>%1 返回 404：找不到模型或地址。请检查模型名称和基础 URL（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2). The conversation may be too long for the model&apos;s context, or a parameter is not supported.</source>
        <translation>%1 拒绝了请求（%2）。对话可能超出了模型的上下文长度，或者某个参数不受支持。</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (429) and asks to wait %2 s.</source>
        <translation>%1 正在限制请求频率（429），要求等待 %2 秒。</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests or the quota is used up (429).</source>
        <translation>%1 正在限制请求频率，或配额已用完（429）。</translation>
    </message>
    <message>
        <source>%1 had a server error (%2). Try again in a moment.</source>
        <translation>%1 出现服务器错误（%2）。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected HTTP status %2.</source>
        <translation>%1 返回了意外的 HTTP 状态码 %2。</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>服务器返回：“%1”</translation>
    </message>
</context>
<context>
    <name>ArgumentCheck</name>
    <message>
        <source>%1 must be of type %2.</source>
        <translation>%1 的类型必须是 %2。</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 必须是 %2 之一。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 不能小于 %2。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 不能大于 %2。</translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>%1 至少需要 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>%1 最多只能有 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 is not an argument of this tool; it takes: %2.</source>
        <translation>%1 不是此工具的参数；它接受的参数：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>The arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>%1 is not in the schema; it has: %2.</source>
        <translation>%1 不在 Schema 中；Schema 包含：%2。</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>Cannot read stdin.</source>
        <translation>无法读取 stdin。</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次尝试）。</translation>
    </message>
    <message>
        <source>%1 was not run: the user lets no tool run here (confab-cli --approve none). Answer without tools.</source>
        <translation>%1 未运行：用户不允许在此运行任何工具（confab-cli --approve none）。请不使用工具作答。</translation>
    </message>
    <message>
        <source>%1 was not run: the user lets only tools that only read run here (confab-cli --approve read-only). Answer without it.</source>
        <translation>%1 未运行：用户只允许在此运行只读工具（confab-cli --approve read-only）。请不使用它作答。</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped after %1 rounds of tool calls (--max-tool-rounds); the model still asked for %2.</source>
        <translation>已在 %1 轮工具调用后停止（--max-tool-rounds）；模型仍请求调用 %2。</translation>
    </message>
    <message>
        <source>The model refused: %1</source>
        <translation>模型拒绝回答：%1</translation>
    </message>
    <message>
        <source>Tool call %1: %2(%3)</source>
        <translation>工具调用 %1：%2(%3)</translation>
    </message>
    <message>
        <source>(The answer was cut off: it reached the token limit.)</source>
        <translation>（回答被截断：已达到 token 上限。）</translation>
    </message>
    <message>
        <source>(The provider&apos;s content filter stopped the answer.)</source>
        <translation>（服务商的内容过滤器中止了回答。）</translation>
    </message>
    <message>
        <source>--- choice %1 of %2 ---</source>
        <translation>--- 第 %1 个回答（共 %2 个）---</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of the %n answers asked for arrived.)</source>
        <translation>
            <numerusform>（请求的 %n 个回答中收到了 %1 个。）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an image; attach it with --file.</source>
        <translation>%1 不是图片；请使用 --file 附加它。</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>TXT</source>
        <translation>TXT</translation>
    </message>
    <message>
        <source>Attachment %1, %2</source>
        <translation>附件 %1，%2</translation>
    </message>
    <message>
        <source>%1 — not kept in this history</source>
        <translation>%1 — 未保存在此历史记录中</translation>
    </message>
    <message>
        <source>not kept in this history</source>
        <translation>未保存在此历史记录中</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>AttachmentPresentation</name>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source> (scaled from %1 × %2)</source>
        <translation> （由 %1 × %2 缩小）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) · %1</source>
        <translation>
            <numerusform>%Ln 行 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Content of %1</source>
        <translation>%1 的内容</translation>
    </message>
</context>
<context>
    <name>AttachmentReader</name>
    <message>
        <source>%1 is a folder; attach the files in it instead.</source>
        <translation>%1 是文件夹；请改为附加其中的文件。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2; Confab sends images of up to %3.</source>
        <translation>%1 的大小为 %2；Confab 只发送不超过 %3 的图片。</translation>
    </message>
    <message>
        <source>%1 is %2; Confab attaches text files of up to %3. Attach a part of it, or paste the lines that matter.</source>
        <translation>%1 的大小为 %2；Confab 只附加不超过 %3 的文本文件。请附加其中一部分，或粘贴相关的行。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be read as an image; the file may be damaged.</source>
        <translation>无法将 %1 读取为图片；文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1 is not an image Confab can send: use PNG, JPEG, WebP or GIF.</source>
        <translation>%1 不是 Confab 能发送的图片：请使用 PNG、JPEG、WebP 或 GIF。</translation>
    </message>
    <message>
        <source>%1 could not be read as an image; the file may be damaged (%2).</source>
        <translation>无法将 %1 读取为图片；文件可能已损坏（%2）。</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>%1 could not be prepared for sending.</source>
        <translation>无法准备发送 %1。</translation>
    </message>
    <message>
        <source>%1 is not a text file. Confab attaches images (PNG, JPEG, WebP, GIF) and UTF-8 text such as code, Markdown, CSV or logs.</source>
        <translation>%1 不是文本文件。Confab 可以附加图片（PNG、JPEG、WebP、GIF）以及 UTF-8 文本，例如代码、Markdown、CSV 或日志。</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>%1 is not a file on this computer; save it first, then attach it.</source>
        <translation>%1 不是这台计算机上的文件；请先保存，再附加。</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
</context>
<context>
    <name>BranchSwitcher</name>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 个版本，共 %2 个</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（使用 %2 构建）</translation>
    </message>
</context>
<context>
    <name>CapabilityEvidence</name>
    <message>
        <source>%1 refused the images (%2): this model does not seem to see images. Choose a model that can, or ask again without them.</source>
        <translation>%1 拒绝了图片（%2）：这个模型似乎无法识别图片。请选择能识别图片的模型，或去掉图片后重新提问。</translation>
    </message>
    <message>
        <source>%1 refused the tools (%2): this model does not take tools. Confab will ask it without them from now on (Settings → Providers can change that); retry to ask again.</source>
        <translation>%1 拒绝了工具（%2）：这个模型不支持工具。从现在起 Confab 向它提问时不再附带工具（可在 设置 → 服务商 中更改）；重试即可重新提问。</translation>
    </message>
    <message>
        <source>%1 refused the reasoning effort (%2): this model does not take one. Confab will leave it out from now on (Settings → Providers can change that); retry to ask again.</source>
        <translation>%1 拒绝了推理强度（%2）：这个模型不支持该参数。从现在起 Confab 将不再发送它（可在 设置 → 服务商 中更改）；重试即可重新提问。</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>in the answer</source>
        <translation>在回答中</translation>
    </message>
    <message>
        <source>%1 refused the tools (%2): this model does not seem to take tools, though you marked it as taking them (Settings → Providers).</source>
        <translation>%1 拒绝了工具（%2）：这个模型似乎不支持工具，尽管你将它标记为支持（设置 → 服务商）。</translation>
    </message>
    <message>
        <source>%1 refused the reasoning effort (%2): this model does not seem to take one, though you marked it as taking one (Settings → Providers).</source>
        <translation>%1 拒绝了推理强度（%2）：这个模型似乎不支持该参数，尽管你将它标记为支持（设置 → 服务商）。</translation>
    </message>
</context>
<context>
    <name>CapabilityNotes</name>
    <message>
        <source>Press Send again to send the images to %1 anyway.</source>
        <translation>再按一次“发送”，仍将图片发送给 %1。</translation>
    </message>
    <message>
        <source>%1 is marked as not seeing images: it will probably refuse this question.</source>
        <translation>%1 被标记为无法识别图片：它很可能会拒绝这个问题。</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Remove the images from the question</source>
        <translation>从问题中移除图片</translation>
    </message>
    <message>
        <source>It can see images</source>
        <translation>它能识别图片</translation>
    </message>
    <message>
        <source>Mark this model as able to see images</source>
        <translation>将这个模型标记为能识别图片</translation>
    </message>
    <message>
        <source>%1 does not take tools, so none are offered to it.</source>
        <translation>%1 不支持工具，因此不会向它提供工具。</translation>
    </message>
    <message>
        <source>Offer tools again</source>
        <translation>重新提供工具</translation>
    </message>
    <message>
        <source>Offer tools to this model again</source>
        <translation>重新向这个模型提供工具</translation>
    </message>
</context>
<context>
    <name>CapabilityText</name>
    <message>
        <source>From the provider&apos;s model list</source>
        <translation>来自服务商的模型列表</translation>
    </message>
    <message>
        <source>Learned from an answer</source>
        <translation>从回答中得知</translation>
    </message>
    <message>
        <source>Learned from an answer on %1</source>
        <translation>于 %1 从回答中得知</translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation>由你设置</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>Choose a model first.</source>
        <translation>请先选择模型。</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>没有可发送的内容。</translation>
    </message>
    <message>
        <source>Tool name &quot;%1&quot; must be 1–64 letters, digits, _ or -.</source>
        <translation>工具名称“%1”必须由 1–64 个字母、数字、_ 或 - 组成。</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Not run: Confab stops after %1 rounds of tool calls per question.</source>
        <translation>未运行：Confab 每个问题最多进行 %1 轮工具调用。</translation>
    </message>
    <message>
        <source>Stopped after %1 rounds of tool calls; ask again to go on.</source>
        <translation>已在 %1 轮工具调用后停止；再次提问即可继续。</translation>
    </message>
    <message>
        <source>No provider is set up yet.</source>
        <translation>尚未设置服务商。</translation>
    </message>
    <message>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>请等待回答完成，或先停止它。</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次尝试）。</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>The answer from %1 is larger than %2 MB; it was refused.</source>
        <translation>来自 %1 的回答超过 %2 MB，已被拒绝。</translation>
    </message>
    <message>
        <source>%1 sent a malformed event (%2). The answer so far is kept.</source>
        <translation>%1 发送了格式错误的事件（%2）。已保留目前收到的回答。</translation>
    </message>
    <message>
        <source>%1 reported an error during the answer: &quot;%2&quot;</source>
        <translation>%1 在回答过程中报告了错误：“%2”</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete. The part that arrived is kept.</source>
        <translation>%1 在回答完成前关闭了连接。已保留收到的部分。</translation>
    </message>
    <message>
        <source>%1 closed the connection without sending an answer.</source>
        <translation>%1 未发送回答就关闭了连接。</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON (%2).</source>
        <translation>%1 发送的回答不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the answer (%2). The part that arrived is kept.</source>
        <translation>回答过程中与 %1 的连接中断（%2）。已保留收到的部分。</translation>
    </message>
    <message>
        <source>%1 finished without any answer. The prompt may be longer than the model&apos;s context.</source>
        <translation>%1 结束时没有给出任何回答。提示词可能超出了模型的上下文长度。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Refresh the model list</source>
        <translation>刷新模型列表</translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation>无法列出模型：%1</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>选择服务商</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Providers, keys and network (Ctrl+,)</source>
        <translation>服务商、密钥和网络（Ctrl+,）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>并排比较模型</translation>
    </message>
    <message>
        <source>Several models on one prompt (Ctrl+Shift+N)</source>
        <translation>多个模型回答同一提示词（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>请求参数</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>-m needs a model.</source>
        <translation>-m 需要指定模型。</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 需要文件名。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--format is md or json, not &quot;%1&quot;.</source>
        <translation>--format 只能是 md 或 json，而不是“%1”。</translation>
    </message>
    <message>
        <source>--approve is read-only, all or none, not &quot;%1&quot;.</source>
        <translation>--approve 只能是 read-only、all 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>--allow-folder needs a folder.</source>
        <translation>--allow-folder 需要指定文件夹。</translation>
    </message>
    <message>
        <source>--max-tool-rounds needs a number from 1 to 100.</source>
        <translation>--max-tool-rounds 需要 1 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>--param needs KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--param 需要 KEY=VALUE 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 needs a number of seconds.</source>
        <translation>%1 需要以秒为单位的数字。</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries 需要 0 到 10 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Say what to do: ask, models, compare, providers, keys or history.</source>
        <translation>请指定要执行的操作：ask、models、compare、providers、keys 或 history。</translation>
    </message>
    <message>
        <source>%1 is an option of the history commands.</source>
        <translation>%1 是 history 命令的选项。</translation>
    </message>
    <message>
        <source>providers takes no arguments.</source>
        <translation>providers 不接受参数。</translation>
    </message>
    <message>
        <source>Use &quot;keys set NAME&quot; (the key is read from stdin) or &quot;keys delete NAME&quot;.</source>
        <translation>请使用“keys set NAME”（从 stdin 读取密钥）或“keys delete NAME”。</translation>
    </message>
    <message>
        <source>Use either --provider or --base-url, not both.</source>
        <translation>请使用 --provider 或 --base-url 其中之一，不要同时使用。</translation>
    </message>
    <message>
        <source>--tools is an option of ask.</source>
        <translation>--tools 是 ask 命令的选项。</translation>
    </message>
    <message>
        <source>%1 goes with --tools.</source>
        <translation>%1 需与 --tools 一起使用。</translation>
    </message>
    <message>
        <source>--allow-folder shares folders with the built-in tools: add --tools builtin.</source>
        <translation>--allow-folder 用于与内置工具共享文件夹：请添加 --tools builtin。</translation>
    </message>
    <message>
        <source>ask needs exactly one PROMPT (or - to read it from stdin).</source>
        <translation>ask 需要且只需要一个 PROMPT（或用 - 从 stdin 读取）。</translation>
    </message>
    <message>
        <source>Choose a model with --model or CONFAB_MODEL.</source>
        <translation>请使用 --model 或 CONFAB_MODEL 选择模型。</translation>
    </message>
    <message>
        <source>compare needs exactly one PROMPT (or - to read it from stdin).</source>
        <translation>compare 需要且只需要一个 PROMPT（或用 - 从 stdin 读取）。</translation>
    </message>
    <message>
        <source>compare needs 2 to 4 models: -m PROVIDER/MODEL -m MODEL …</source>
        <translation>compare 需要 2 到 4 个模型：-m PROVIDER/MODEL -m MODEL …</translation>
    </message>
    <message>
        <source>compare needs a model in every -m.</source>
        <translation>compare 的每个 -m 都需要指定模型。</translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation>models 不接受参数。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>基础 URL“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>Unknown tool source &quot;%1&quot;: use builtin or mcp:NAME (an MCP server set up in Confab).</source>
        <translation>未知的工具来源“%1”：请使用 builtin 或 mcp:NAME（Confab 中设置的 MCP 服务器）。</translation>
    </message>
    <message>
        <source>--tools needs builtin or mcp:NAME.</source>
        <translation>--tools 需要 builtin 或 mcp:NAME。</translation>
    </message>
    <message>
        <source>history %1 does not take %2.</source>
        <translation>history %1 不接受 %2。</translation>
    </message>
    <message>
        <source>history list takes no arguments.</source>
        <translation>history list 不接受参数。</translation>
    </message>
    <message>
        <source>history search needs the text to look for.</source>
        <translation>history search 需要要查找的文本。</translation>
    </message>
    <message>
        <source>history export needs conversation ids or --all (not both).</source>
        <translation>history export 需要对话 ID 或 --all（不能同时使用）。</translation>
    </message>
    <message>
        <source>history import needs exactly one FILE (or - to read stdin).</source>
        <translation>history import 需要且只需要一个 FILE（或用 - 从 stdin 读取）。</translation>
    </message>
    <message>
        <source>Use history list, history search, history export or history import.</source>
        <translation>请使用 history list、history search、history export 或 history import。</translation>
    </message>
    <message>
        <source>Cannot read the JSON Schema file %1: %2.</source>
        <translation>无法读取 JSON Schema 文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--json-schema is an option of ask.</source>
        <translation>--json-schema 是 ask 命令的选项。</translation>
    </message>
    <message>
        <source>Usage:
  confab-cli ask [options] PROMPT|-     stream one answer (- reads the prompt from stdin)
  confab-cli models [options]           list the endpoint&apos;s models
  confab-cli compare -m PROVIDER/MODEL -m MODEL … [options] PROMPT|-
                                        stream 2 to 4 answers at once, then a table of
                                        their metrics (first token, tokens/s, tokens, cost)
  confab-cli providers [--json]         list the providers set up in Confab
  confab-cli keys set NAME              store NAME&apos;s API key in the keychain (read from stdin)
  confab-cli keys delete NAME           remove NAME&apos;s API key from the keychain
  confab-cli history list [--json] [--all]
                                        the saved conversations, newest first (--all: archived too)
  confab-cli history search QUERY [--json]
                                        the messages that contain QUERY
  confab-cli history export ID…|--all [--format md|json] [-o FILE]
                                        write conversations as Markdown or JSON
                                        (default: json for -o *.json, else md)
  confab-cli history import FILE|-      add the conversations of a JSON export

Options:
  --provider NAME       a provider set up in Confab: its address, headers and the key
                        from the keychain (default: $CONFAB_PROVIDER)
  --base-url URL        the API&apos;s base URL (default: $CONFAB_BASE_URL or https://api.openai.com/v1)
  --api-key-env VAR     read the API key from environment variable VAR (default: CONFAB_API_KEY)
  -m, --model M         the model (default: $CONFAB_MODEL); compare: one column each,
                        PROVIDER/MODEL (a provider set up in Confab, its key from the
                        keychain) or MODEL (at --provider / --base-url)
  --system S            a system prompt
  --param KEY=VALUE     a request parameter, repeatable (temperature, top_p, max_tokens,
                        max_completion_tokens, n, stop, seed, reasoning_effort, …)
  --n N                 N answers to the question (--param n=N); ask prints each after
                        a line &quot;--- choice 2 of N ---&quot; (--json: a choices array)
  --image PATH          attach an image (PNG, JPEG, WebP, GIF; scaled down to the
                        longest side set in Confab, 2048 px by default), repeatable
  --file PATH           attach a text file (code, Markdown, CSV, logs) or an image,
                        repeatable
  --json-schema FILE    ask for JSON that follows the JSON Schema in FILE
                        (response_format json_schema, strict; named by the schema&apos;s
                        title, else the file&apos;s name)
  --no-stream           ask for the whole answer at once
  --json                print one JSON object with the result
  --hide-reasoning      do not print the model&apos;s reasoning (stderr)
  --tools LIST          offer tools and run the model&apos;s calls to them; LIST is comma-
                        separated, repeatable: builtin (time, calculator, fetch_url, and
                        read_text_file/list_folder with --allow-folder), mcp:NAME (an MCP
                        server set up in Confab). Each call and its result go to stderr
  --approve MODE        which calls run: read-only (default), all, or none; never asked
                        interactively, a refused call is reported to the model
  --allow-folder DIR    let the built-in file tools read DIR, repeatable
  --max-tool-rounds N   rounds of tool calls before giving up (default 8)
  --connect-timeout S, --first-byte-timeout S, --idle-timeout S, --total-timeout S
  --retries N           retries for 429/5xx before the answer starts (default 2)
  --history FILE        the history database for history commands (default: Confab&apos;s own)

Exit codes: 0 ok, 1 history, file or MCP server problem, 2 usage, 3 network/timeout,
4 auth, 5 other HTTP/server, 6 protocol, 7 stopped at the tool round limit. compare: 0 when
at least one model answered, else the code of the first column&apos;s error.
</source>
        <translation>用法：
  confab-cli ask [options] PROMPT|-     流式输出一个回答（- 表示从 stdin 读取提示词）
  confab-cli models [options]           列出端点提供的模型
  confab-cli compare -m PROVIDER/MODEL -m MODEL … [options] PROMPT|-
                                        同时流式输出 2 到 4 个回答，然后输出一张
                                        指标表（首个 token、token/s、token 数、费用）
  confab-cli providers [--json]         列出在 Confab 中设置的服务商
  confab-cli keys set NAME              将 NAME 的 API 密钥存入钥匙串（从 stdin 读取）
  confab-cli keys delete NAME           从钥匙串中删除 NAME 的 API 密钥
  confab-cli history list [--json] [--all]
                                        已保存的对话，最新的在前（--all：包括已归档的）
  confab-cli history search QUERY [--json]
                                        包含 QUERY 的消息
  confab-cli history export ID…|--all [--format md|json] [-o FILE]
                                        将对话写为 Markdown 或 JSON
                                        （默认：-o *.json 时为 json，否则为 md）
  confab-cli history import FILE|-      添加 JSON 导出文件中的对话

选项：
  --provider NAME       Confab 中设置的服务商：使用其地址、请求头以及钥匙串中的
                        密钥（默认：$CONFAB_PROVIDER）
  --base-url URL        API 的基础 URL（默认：$CONFAB_BASE_URL 或 https://api.openai.com/v1）
  --api-key-env VAR     从环境变量 VAR 读取 API 密钥（默认：CONFAB_API_KEY）
  -m, --model M         模型（默认：$CONFAB_MODEL）；compare：每列一个，
                        PROVIDER/MODEL（Confab 中设置的服务商，密钥来自钥匙串）
                        或 MODEL（使用 --provider / --base-url 指定的服务）
  --system S            系统提示词
  --param KEY=VALUE     请求参数，可重复（temperature、top_p、max_tokens、
                        max_completion_tokens、n、stop、seed、reasoning_effort 等）
  --n N                 对问题给出 N 个回答（--param n=N）；ask 在每个回答前输出一行
                        “--- 第 2 个回答（共 N 个）---”（--json：一个 choices 数组）
  --image PATH          附加一张图片（PNG、JPEG、WebP、GIF；按 Confab 中设置的最长边
                        缩小，默认 2048 px），可重复
  --file PATH           附加一个文本文件（代码、Markdown、CSV、日志）或一张图片，
                        可重复
  --json-schema FILE    要求输出符合 FILE 中 JSON Schema 的 JSON
                        （response_format json_schema，strict；名称取自 Schema 的
                        title，否则取文件名）
  --no-stream           一次性获取完整回答
  --json                输出一个包含结果的 JSON 对象
  --hide-reasoning      不输出模型的推理过程（stderr）
  --tools LIST          向模型提供工具，并执行模型对它们的调用；LIST 以逗号分隔，
                        可重复：builtin（time、calculator、fetch_url，以及配合
                        --allow-folder 使用的 read_text_file/list_folder）、mcp:NAME
                        （Confab 中设置的 MCP 服务器）。每次调用及其结果输出到 stderr
  --approve MODE        允许运行哪些调用：read-only（默认）、all 或 none；从不交互
                        询问，被拒绝的调用会报告给模型
  --allow-folder DIR    允许内置文件工具读取 DIR，可重复
  --max-tool-rounds N   放弃前最多进行的工具调用轮数（默认 8）
  --connect-timeout S, --first-byte-timeout S, --idle-timeout S, --total-timeout S
  --retries N           回答开始前遇到 429/5xx 时的重试次数（默认 2）
  --history FILE        history 命令使用的历史数据库（默认：Confab 自己的数据库）

退出码：0 成功，1 历史记录、文件或 MCP 服务器问题，2 用法错误，3 网络/超时，
4 认证失败，5 其他 HTTP/服务器错误，6 协议错误，7 达到工具调用轮数上限而停止。
compare：至少有一个模型给出回答时为 0，否则为第一列的错误码。
</translation>
    </message>
    <message>
        <source>%1 is an option of ask.</source>
        <translation>%1 是 ask 命令的选项。</translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>There is no MCP server named &quot;%1&quot;: none is set up in Confab.</source>
        <translation>没有名为“%1”的 MCP 服务器：Confab 中尚未设置任何 MCP 服务器。</translation>
    </message>
    <message>
        <source>There is no MCP server named &quot;%1&quot; in Confab&apos;s settings (there are: %2).</source>
        <translation>Confab 的设置中没有名为“%1”的 MCP 服务器（现有：%2）。</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; is turned off in Confab&apos;s settings.</source>
        <translation>MCP 服务器“%1”已在 Confab 的设置中关闭。</translation>
    </message>
    <message>
        <source>The MCP server &quot;%1&quot; did not start: %2</source>
        <translation>MCP 服务器“%1”未能启动：%2</translation>
    </message>
    <message>
        <source>--allow-folder %1: there is no such folder.</source>
        <translation>--allow-folder %1：该文件夹不存在。</translation>
    </message>
    <message>
        <source>--approve none runs no tool</source>
        <translation>--approve none 不运行任何工具</translation>
    </message>
    <message>
        <source>--approve read-only runs only tools that only read, and %1 %2</source>
        <translation>--approve read-only 只运行只读工具，而 %1 %2</translation>
    </message>
    <message>
        <source>only reads</source>
        <translation>只读取</translation>
    </message>
    <message>
        <source>changes files or data</source>
        <translation>会修改文件或数据</translation>
    </message>
    <message>
        <source>uses the network</source>
        <translation>会使用网络</translation>
    </message>
    <message>
        <source>runs programs</source>
        <translation>会运行程序</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
</context>
<context>
    <name>CompareColumnView</name>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>★ Your pick</source>
        <translation>★ 你的选择</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>This answer is the best</source>
        <translation>这个回答最好</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue with this model as a normal conversation</source>
        <translation>以此模型继续普通对话</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Parameters of column %1</source>
        <translation>%1 列的参数</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop column %1</source>
        <translation>停止 %1 列</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>首个 token %1</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>%1: %2 Retrying in %3 s (attempt %4).</source>
        <translation>%1：%2 %3 秒后重试（第 %4 次尝试）。</translation>
    </message>
    <message>
        <source>The model refused: %1</source>
        <translation>模型拒绝回答：%1</translation>
    </message>
    <message>
        <source>Tool call %1: %2(%3)</source>
        <translation>工具调用 %1：%2(%3)</translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>结束原因</translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Add at least %1 models to compare.</source>
        <translation>请至少添加 %1 个模型进行比较。</translation>
    </message>
    <message>
        <source>Wait for every answer to finish, or stop them first.</source>
        <translation>请等待所有回答完成，或先停止它们。</translation>
    </message>
    <message>
        <source>Every model has to answer before you pick the best.</source>
        <translation>每个模型都回答后才能选出最佳回答。</translation>
    </message>
</context>
<context>
    <name>CompareSummary</name>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>Best by</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>fewest tokens</source>
        <translation>token 最少</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Order the models by</source>
        <translation>模型排序依据</translation>
    </message>
</context>
<context>
    <name>CompareTargets</name>
    <message>
        <source>&quot;%1&quot; names no model after the provider.</source>
        <translation>“%1”在服务商之后没有指定模型。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Save the comparison</source>
        <translation>保存比较结果</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)</source>
        <translation>
            <numerusform>正在比较 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>盲测</translation>
    </message>
    <message>
        <source>Hide the model names until you pick the best answer</source>
        <translation>在你选出最佳回答之前隐藏模型名称</translation>
    </message>
    <message>
        <source>Scroll together</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Scrolling one column scrolls the others to the same place</source>
        <translation>滚动一列时，其他列会滚动到相同位置</translation>
    </message>
    <message>
        <source>It&apos;s a tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>You called it a tie</source>
        <translation>你判定为平局</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the comparison to a file</source>
        <translation>将比较结果保存到文件</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>返回对话</translation>
    </message>
    <message>
        <source>The comparison stays in the history; answers still arriving are kept</source>
        <translation>比较会保留在历史记录中；仍在接收的回答也会保留</translation>
    </message>
    <message>
        <source>One prompt for every model (Enter to send, Shift+Enter for a new line)</source>
        <translation>发给每个模型的同一提示词（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Prompt for every model</source>
        <translation>发给每个模型的提示词</translation>
    </message>
    <message>
        <source>to every model</source>
        <translation>发给所有模型</translation>
    </message>
    <message>
        <source>to %1 only</source>
        <translation>仅发给 %1</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>Who the prompt goes to</source>
        <translation>提示词发给谁</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s)</source>
        <translation>
            <numerusform>%n 个模型的比较</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Verdict: a tie.</source>
        <translation>结论：平局。</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>已将比较结果保存到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Comparisons</name>
    <message>
        <source>Could not read the comparison: %1</source>
        <translation>无法读取比较：%1</translation>
    </message>
    <message>
        <source>Could not save the comparison: %1</source>
        <translation>无法保存比较：%1</translation>
    </message>
    <message>
        <source>Could not save your vote: %1</source>
        <translation>无法保存你的投票：%1</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>无历史记录</translation>
    </message>
    <message>
        <source>Could not remove the column from the history: %1</source>
        <translation>无法从历史记录中删除该列：%1</translation>
    </message>
    <message>
        <source>There is no comparison to save.</source>
        <translation>没有可保存的比较。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing your message: sending keeps the earlier version.</source>
        <translation>正在编辑你的消息：发送后仍会保留之前的版本。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>消息（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Attach images or text files</source>
        <translation>附加图片或文本文件</translation>
    </message>
    <message>
        <source>Images and text files (*.png *.jpg *.jpeg *.webp *.gif *.txt *.md *.csv *.log *.json *.xml *.yaml *.yml *.py *.js *.ts *.c *.cpp *.h *.hpp *.rs *.go *.java *.kt *.swift *.sh *.sql *.html *.css *.qml)</source>
        <translation>图片和文本文件 (*.png *.jpg *.jpeg *.webp *.gif *.txt *.md *.csv *.log *.json *.xml *.yaml *.yml *.py *.js *.ts *.c *.cpp *.h *.hpp *.rs *.go *.java *.kt *.swift *.sh *.sql *.html *.css *.qml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Attach images or text files (or drop them here, or paste an image)</source>
        <translation>附加图片或文本文件（也可以拖放到这里，或粘贴图片）</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>no reason was given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped before the answer was complete.</source>
        <translation>在回答完成前已停止。</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed while this answer was arriving.</source>
        <translation>已中断：接收此回答时 Confab 被关闭。</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>助手 · %1</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Tool call:</source>
        <translation>工具调用：</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>Tool result · %1</source>
        <translation>工具结果 · %1</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation>&quot;%1&quot; 必须是非空字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; 必须是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 date.</source>
        <translation>&quot;%1&quot; 必须是 ISO 8601 日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; 必须是对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; 必须是列表。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, tool call %2</source>
        <translation>%1，工具调用 %2</translation>
    </message>
    <message>
        <source>it must be an object.</source>
        <translation>它必须是一个对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known role.</source>
        <translation>&quot;%1&quot; 不是已知的角色。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known state.</source>
        <translation>&quot;%1&quot; 不是已知的状态。</translation>
    </message>
    <message>
        <source>%1: the message id %2 appears twice.</source>
        <translation>%1：消息 ID %2 出现了两次。</translation>
    </message>
    <message>
        <source>%1: the parent %2 of message %3 is not in the conversation.</source>
        <translation>%1：消息 %3 的父消息 %2 不在该对话中。</translation>
    </message>
    <message>
        <source>%1: the messages&apos; parents form a loop.</source>
        <translation>%1：消息之间的父子关系形成了循环。</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>对话 %1</translation>
    </message>
    <message>
        <source>Conversation %1, message %2</source>
        <translation>对话 %1，消息 %2</translation>
    </message>
    <message>
        <source>&quot;selected_children&quot; must map ids to ids.</source>
        <translation>&quot;selected_children&quot; 必须是从 ID 到 ID 的映射。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>该文件不是有效的 JSON：%1（位于第 %2 个字节）。</translation>
    </message>
    <message>
        <source>The file is not a Confab history export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>该文件不是 Confab 历史记录导出文件（其 &quot;format&quot; 不是 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>The file has no valid history format &quot;version&quot;.</source>
        <translation>该文件没有有效的历史记录格式 &quot;version&quot;。</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Confab (history format %1; this version reads up to %2). Please update Confab.</source>
        <translation>该文件由较新版本的 Confab 写入（历史记录格式 %1；当前版本最高支持 %2）。请更新 Confab。</translation>
    </message>
    <message>
        <source>History format version %1 is not supported.</source>
        <translation>不支持历史记录格式版本 %1。</translation>
    </message>
    <message>
        <source>The file has no &quot;conversations&quot; list.</source>
        <translation>该文件没有 &quot;conversations&quot; 列表。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>Could not import the conversation &quot;%1&quot;: %2</source>
        <translation>无法导入对话“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>过去 30 天</translation>
    </message>
</context>
<context>
    <name>ConversationMenu</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Move out of the archive</source>
        <translation>移出归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>Answering: </source>
        <translation>正在回答： </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s): </source>
        <translation>
            <numerusform>%n 个模型的比较： </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n model(s)</source>
        <translation>
            <numerusform>%n 个模型的比较</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>%1 的操作</translation>
    </message>
    <message>
        <source>Rename, pin, archive, export, delete</source>
        <translation>重命名、置顶、归档、导出、删除</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Another program (perhaps another Confab) is using the file.</source>
        <translation>另一个程序（可能是另一个 Confab）正在使用该文件。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>Conversation database error: %1</source>
        <translation>对话数据库错误：%1</translation>
    </message>
    <message>
        <source>The conversation database is not open.</source>
        <translation>对话数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot read the conversation database %1.</source>
        <translation>无法读取对话数据库 %1。</translation>
    </message>
    <message>
        <source>%1 is not a conversation database (not an SQLite file); it was left untouched.</source>
        <translation>%1 不是对话数据库（不是 SQLite 文件）；未对其做任何改动。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the conversation database %1.</source>
        <translation>无法为对话数据库 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the conversation database %1: %2</source>
        <translation>无法打开对话数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable conversation database: %2</source>
        <translation>%1 不是可用的对话数据库：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 数据库；未对其做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Confab (schema %2; this version knows up to %3). It was left untouched; please update Confab.</source>
        <translation>%1 由较新版本的 Confab 写入（架构版本 %2；当前版本最高支持 %3）。未对其做任何改动；请更新 Confab。</translation>
    </message>
    <message>
        <source>Cannot upgrade the conversation database to schema %1: %2</source>
        <translation>无法将对话数据库升级到架构版本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the conversation: %1</source>
        <translation>无法保存对话：%1</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>不存在对话 %1。</translation>
    </message>
    <message>
        <source>A vote needs the comparison it belongs to.</source>
        <translation>投票需要关联其所属的比较。</translation>
    </message>
    <message>
        <source>A vote needs at least two answers to choose between.</source>
        <translation>投票至少需要两个可供选择的回答。</translation>
    </message>
    <message numerus="yes">
        <source>The winner of a vote must be one of its %n answers, or a tie.</source>
        <translation>
            <numerusform>投票的胜者必须是其 %n 个回答之一，或者为平局。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>DemoAnswers</name>
    <message>
        <source>The tool has answered. I will pass its result on in plain words.</source>
        <translation>工具已经返回了结果。我会用通俗的话转述它的结果。</translation>
    </message>
    <message>
        <source>You mentioned a tool. The demo offers one function, get_current_time; I will call it for the UTC time zone and answer once its result is back.</source>
        <translation>你提到了工具。演示提供了一个函数 get_current_time；我会针对 UTC 时区调用它，并在结果返回后作答。</translation>
    </message>
    <message>
        <source>You asked for something long. I will write until the token limit cuts me off, so that the window shows an answer that was cut short.</source>
        <translation>你要求写一段很长的内容。我会一直写到被 token 上限截断为止，这样窗口就会显示一个被截断的回答。</translation>
    </message>
    <message>
        <source>You wrote %1. Nothing is really thinking here: this is Confab&apos;s offline demo. I will answer with Markdown that shows every part of the chat window, a heading, emphasis, code, a link, lists, a table, a quote and a code block, and stream it in small pieces so that it visibly grows.</source>
        <translation>你写的是 %1。这里并没有什么东西在真正思考：这是 Confab 的离线演示。我会用 Markdown 作答，展示聊天窗口的各个部分——标题、强调、代码、链接、列表、表格、引用和代码块，并分成小块流式输出，让你看到它逐渐变长。</translation>
    </message>
    <message>
        <source>nothing in words</source>
        <translation>没有任何文字</translation>
    </message>
    <message>
        <source>## A tour of the chat window

You wrote %1. This answer comes from **Confab&apos;s offline demo**: no model and no API key are involved, every answer is canned. Inline code looks like `%2`, and a link looks like [the chat completions reference](%3).

Things to try next:

- Ask for a **tool** to see a tool call.
- Ask for something **long** to see an answer cut at its limit.
- Pick `confab-demo` to get answers without reasoning.

Your first steps:

- [x] Stream an answer
- [ ] Connect a real provider

| Part | Shown as |
|---|---|
| Reasoning | a section you can fold |
| Code | a block you can copy |

&gt; A block quote: for the words of others.

</source>
        <translation>## 聊天窗口导览

你写的是 %1。这个回答来自 **Confab 的离线演示**：不涉及任何模型，也不需要 API 密钥，每个回答都是预设的。行内代码看起来像这样：`%2`，链接看起来像这样：[聊天补全接口参考](%3)。

接下来可以试试：

- 在消息中提到 **tool**，查看一次工具调用。
- 在消息中提到 **long**，查看一个达到上限被截断的回答。
- 选择 `confab-demo`，获得不带推理的回答。

你的第一步：

- [x] 流式接收一个回答
- [ ] 连接一个真实的服务商

| 部分 | 显示为 |
|---|---|
| 推理 | 可以折叠的区域 |
| 代码 | 可以复制的代码块 |

&gt; 块引用：用于引述他人的话。

</translation>
    </message>
    <message>
        <source>This answer comes from Confab&apos;s offline demo and is long on purpose: it runs into the token limit and stops mid-sentence, as a real model does when it reaches max_tokens.</source>
        <translation>这个回答来自 Confab 的离线演示，故意写得很长：它会触及 token 上限并在句子中途停止，就像真实模型达到 max_tokens 时那样。</translation>
    </message>
    <message>
        <source>Paragraph %1. A real model would keep writing about your question here; the demo repeats itself until the limit stops it.</source>
        <translation>第 %1 段。真实模型会在这里继续围绕你的问题写下去；演示则不断重复，直到被上限截停。</translation>
    </message>
    <message>
        <source>The tool answered: %1</source>
        <translation>工具返回了：%1</translation>
    </message>
    <message>
        <source>The tool %1 answered: %2</source>
        <translation>工具 %1 返回了：%2</translation>
    </message>
    <message>
        <source>This reply comes from Confab&apos;s offline demo, which only repeats what the tool returned.</source>
        <translation>这条回复来自 Confab 的离线演示，它只是复述工具返回的内容。</translation>
    </message>
    <message>
        <source>This JSON comes from Confab&apos;s offline demo.</source>
        <translation>这段 JSON 来自 Confab 的离线演示。</translation>
    </message>
    <message>
        <source>You asked for JSON. I will answer with one JSON object, which the window shows formatted, foldable and checked.</source>
        <translation>你要求输出 JSON。我会用一个 JSON 对象作答，窗口会将它格式化显示、可折叠，并进行校验。</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>该请求不是有效的 HTTP/1.1 请求。</translation>
    </message>
    <message>
        <source>The request body is larger than %1 MB.</source>
        <translation>请求体大于 %1 MB。</translation>
    </message>
    <message>
        <source>Unknown path %1 %2: the demo server answers GET /v1/models and POST /v1/chat/completions.</source>
        <translation>未知路径 %1 %2：演示服务器只响应 GET /v1/models 和 POST /v1/chat/completions。</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>请求体不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; does not exist. The demo offers confab-demo and confab-demo-reasoner.</source>
        <translation>模型“%1”不存在。演示提供 confab-demo 和 confab-demo-reasoner。</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty array.</source>
        <translation>&quot;messages&quot; 必须是非空数组。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Confab</source>
        <translation>欢迎使用 Confab</translation>
    </message>
    <message>
        <source>Confab talks to any service with an OpenAI-compatible API. Pick yours to set it up; you can add more later in Settings (Ctrl+,).</source>
        <translation>Confab 可以与任何提供 OpenAI 兼容 API 的服务通信。选择你使用的服务进行设置；之后还可以在设置中添加更多（Ctrl+,）。</translation>
    </message>
    <message>
        <source>Set up %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>Or look around first: the offline demo answers from this computer, with no network and no key.</source>
        <translation>也可以先随便看看：离线演示直接在本机上作答，无需网络，也无需密钥。</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>试用离线演示</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>演示无法启动。</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>Answers come in the language you write in; this changes Confab&apos;s own words. Texts already on screen, such as error messages, change the next time they are shown.</source>
        <translation>回答使用你书写时所用的语言；这里更改的是 Confab 自身的文字。已经显示在屏幕上的文字（例如错误消息）会在下次显示时更改。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tell me when a long answer is ready while I am in another window</source>
        <translation>当我在其他窗口时，长回答完成后通知我</translation>
    </message>
</context>
<context>
    <name>GrantedFolders</name>
    <message>
        <source>No folder is shared with tools; the user can share one in Settings.</source>
        <translation>没有与工具共享的文件夹；用户可以在设置中共享文件夹。</translation>
    </message>
    <message>
        <source>No path was given.</source>
        <translation>未提供路径。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is outside the folders shared with tools (%2).</source>
        <translation>%1 不在与工具共享的文件夹（%2）之内。</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>There is no history at %1 yet.</source>
        <translation>%1 处尚无历史记录。</translation>
    </message>
    <message>
        <source>[pinned] </source>
        <translation>[已置顶] </translation>
    </message>
    <message>
        <source>[archived] </source>
        <translation>[已归档] </translation>
    </message>
    <message>
        <source>No conversations yet.
</source>
        <translation>尚无对话。
</translation>
    </message>
    <message>
        <source>%1 (conversation %2, message %3)
    %4
</source>
        <translation>%1（对话 %2，消息 %3）
    %4
</translation>
    </message>
    <message>
        <source>No message contains &quot;%1&quot;.
</source>
        <translation>没有消息包含“%1”。
</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported 1 conversation.
</source>
        <translation>已导入 1 个对话。
</translation>
    </message>
    <message>
        <source>Imported %1 conversations.
</source>
        <translation>已导入 %1 个对话。
</translation>
    </message>
    <message>
        <source>%1 of them came in as copies with new ids: theirs were already taken.
</source>
        <translation>其中 %1 个以带新 ID 的副本形式导入：它们原来的 ID 已被占用。
</translation>
    </message>
    <message>
        <source>The file holds no conversations; nothing was imported.
</source>
        <translation>该文件不包含任何对话；未导入任何内容。
</translation>
    </message>
</context>
<context>
    <name>HistoryEdits</name>
    <message>
        <source>Could not read from the history: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Could not save to the history: %1</source>
        <translation>无法保存到历史记录：%1</translation>
    </message>
    <message>
        <source>Could not delete from the history: %1</source>
        <translation>无法从历史记录中删除：%1</translation>
    </message>
</context>
<context>
    <name>HistoryFileDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Confab history, JSON (*.json)</source>
        <translation>Confab 历史记录，JSON (*.json)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>There is no conversation to export yet.</source>
        <translation>尚无可导出的对话。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个对话导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s), then stopped: %1</source>
        <translation>
            <numerusform>已导入 %n 个对话，随后停止：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>已导入 %n 个对话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already existed and came in as copies.</source>
        <translation>
            <numerusform>其中 %n 个已存在，已作为副本导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>%1 answered with a redirect (%2) but no address to go to.</source>
        <translation>%1 返回了重定向（%2），但没有提供目标地址。</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; giving up.</source>
        <translation>%1 重定向超过 %2 次；已放弃。</translation>
    </message>
    <message>
        <source>%1 tried to redirect from a secure address to an insecure one (%2); Confab refused.</source>
        <translation>%1 试图从安全地址重定向到不安全的地址（%2）；Confab 已拒绝。</translation>
    </message>
    <message>
        <source>%1 moved this address (%2) to %3. Change the base URL to the new address.</source>
        <translation>%1 已将此地址（%2）迁移到 %3。请将基础 URL 改为新地址。</translation>
    </message>
    <message>
        <source>Could not reach %1 within %2 s. Check the address and your connection.</source>
        <translation>无法在 %2 秒内连接到 %1。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>%1 accepted the request but sent no answer within %2 s.</source>
        <translation>%1 已接受请求，但在 %2 秒内没有发送回答。</translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s; the answer stalled.</source>
        <translation>%1 已有 %2 秒未发送数据；回答停滞。</translation>
    </message>
    <message>
        <source>The answer from %1 took longer than the limit of %2 s.</source>
        <translation>来自 %1 的回答超过了 %2 秒的时限。</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the base URL and your connection.</source>
        <translation>找不到服务器 %1。请检查基础 URL 和网络连接。</translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the server running at %2?</source>
        <translation>%1 拒绝了连接。服务器是否正在 %2 运行？</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 意外关闭了连接。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Confab does not ignore certificate errors.</source>
        <translation>与 %1 的安全连接失败：%2。Confab 不会忽略证书错误。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>The proxy failed while reaching %1: %2</source>
        <translation>通过代理连接 %1 时出错：%2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ImageRefusal</name>
    <message>
        <source>This model may not accept images: choose a model that can see images, or ask again without them.</source>
        <translation>此模型可能不接受图片：请选择能识别图片的模型，或去掉图片后重新提问。</translation>
    </message>
</context>
<context>
    <name>JsonBlock</name>
    <message>
        <source>Copy JSON</source>
        <translation>复制 JSON</translation>
    </message>
    <message>
        <source>JSON answer</source>
        <translation>JSON 回答</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>折叠</translation>
    </message>
</context>
<context>
    <name>JsonOutline</name>
    <message>
        <source>✓ valid JSON</source>
        <translation>✓ 有效的 JSON</translation>
    </message>
    <message>
        <source>✗ invalid at character %1: %2</source>
        <translation>✗ 在第 %1 个字符处无效：%2</translation>
    </message>
    <message>
        <source>✓ matches the schema</source>
        <translation>✓ 符合 Schema</translation>
    </message>
    <message>
        <source>✗ does not match the schema: %1</source>
        <translation>✗ 不符合 Schema：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>A native chat client for OpenAI-compatible APIs.</source>
        <translation>适用于 OpenAI 兼容 API 的原生聊天客户端。</translation>
    </message>
    <message>
        <source>Try Confab with a built-in offline demo server.</source>
        <translation>使用内置的离线演示服务器试用 Confab。</translation>
    </message>
    <message>
        <source>The endpoint&apos;s base URL, e.g. http://localhost:11434/v1.</source>
        <translation>端点的基础 URL，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation>存放 API 密钥的环境变量。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The model to start with.</source>
        <translation>启动时使用的模型。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation>system、light 或 dark。</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>The conversation history file to use instead of the one in the data folder.</source>
        <translation>要使用的对话历史文件，用于替代数据文件夹中的默认文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL, e.g. https://api.openai.com/v1.</source>
        <translation>基础 URL 必须是 http 或 https URL，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark.</source>
        <translation>--color-scheme 只接受 system、light 或 dark。</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Blind votes only</source>
        <translation>仅统计盲测投票</translation>
    </message>
    <message>
        <source>Win rate counts a tie as half a win; the range is where the true rate lies with 95 % confidence.</source>
        <translation>胜率将平局计为半场胜利；区间表示真实胜率有 95% 的置信度落在其中。</translation>
    </message>
    <message>
        <source>No votes yet: pick the best answer of a comparison to start.</source>
        <translation>尚无投票：在比较中选出最佳回答即可开始。</translation>
    </message>
    <message>
        <source>%1 W · %2 L · %3 T</source>
        <translation>%1 胜 · %2 负 · %3 平</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message numerus="yes">
        <source>no results yet, %n vote(s)</source>
        <translation>
            <numerusform>尚无结果，%n 票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n vote(s)</source>
        <translation>
            <numerusform>%1%（%2–%3%），%n 票</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Confab — offline demo</source>
        <translation>Confab — 离线演示</translation>
    </message>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Start a new history</source>
        <translation>新建历史记录</translation>
    </message>
    <message>
        <source>Start a new history (the old file is kept)</source>
        <translation>新建历史记录（保留旧文件）</translation>
    </message>
    <message>
        <source>The unreadable file is renamed and kept next to the new one.</source>
        <translation>无法读取的文件会被重命名，并保留在新文件旁边。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try opening the history again</source>
        <translation>再次尝试打开历史记录</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The server was stopped.</source>
        <translation>服务器已停止。</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s.</source>
        <translation>%1 未在 %3 秒内响应 %2。</translation>
    </message>
    <message>
        <source>%1 refused to start: %2</source>
        <translation>%1 拒绝启动：%2</translation>
    </message>
    <message>
        <source>%1 speaks MCP %2; Confab knows %3.</source>
        <translation>%1 使用的是 MCP %2；Confab 支持的是 %3。</translation>
    </message>
    <message>
        <source>%1 did not list its tools: %2</source>
        <translation>%1 未列出其工具：%2</translation>
    </message>
    <message>
        <source>The MCP server %1 is not running.</source>
        <translation>MCP 服务器 %1 未运行。</translation>
    </message>
    <message>
        <source>[not JSON-RPC on stdout] %1</source>
        <translation>[stdout 上的非 JSON-RPC 内容] %1</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 已崩溃</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 已退出，退出码 %2</translation>
    </message>
    <message>
        <source>%1; starting it again (%2 of %3).</source>
        <translation>%1；正在重新启动（第 %2 次，共 %3 次）。</translation>
    </message>
</context>
<context>
    <name>McpServerConfig</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>It should be an object with a &quot;command&quot;, but it is %1.</source>
        <translation>它应当是包含 &quot;command&quot; 的对象，但实际为：%1。</translation>
    </message>
    <message>
        <source>It is a remote server; Confab supports only servers it starts itself (stdio) for now.</source>
        <translation>它是远程服务器；Confab 目前只支持由其自行启动的服务器（stdio）。</translation>
    </message>
    <message>
        <source>It is a remote server (%1); Confab supports only servers it starts itself (stdio) for now.</source>
        <translation>它是远程服务器（%1）；Confab 目前只支持由其自行启动的服务器（stdio）。</translation>
    </message>
    <message>
        <source>Its &quot;type&quot; is %1; Confab knows only &quot;stdio&quot;.</source>
        <translation>它的 &quot;type&quot; 为 %1；Confab 只支持 &quot;stdio&quot;。</translation>
    </message>
    <message>
        <source>It has no &quot;command&quot; to start.</source>
        <translation>它没有可启动的 &quot;command&quot;。</translation>
    </message>
    <message>
        <source>Its &quot;command&quot; should be a program&apos;s name or path, but it is %1.</source>
        <translation>它的 &quot;command&quot; 应当是程序名称或路径，但实际为：%1。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Its &quot;args&quot; should be an array of strings, but it is %1.</source>
        <translation>它的 &quot;args&quot; 应当是字符串数组，但实际为：%1。</translation>
    </message>
    <message>
        <source>Its &quot;args&quot; should hold only strings, but item %1 is %2.</source>
        <translation>它的 &quot;args&quot; 应当只包含字符串，但第 %1 项为：%2。</translation>
    </message>
    <message>
        <source>Its &quot;env&quot; should be an object of strings, but it is %1.</source>
        <translation>它的 &quot;env&quot; 应当是由字符串组成的对象，但实际为：%1。</translation>
    </message>
    <message>
        <source>Its &quot;env&quot; has &quot;%1&quot;, which cannot be the name of an environment variable.</source>
        <translation>它的 &quot;env&quot; 中包含 &quot;%1&quot;，这不能用作环境变量名称。</translation>
    </message>
    <message>
        <source>Its &quot;env&quot; value of %1 should be a string, but it is %2.</source>
        <translation>它的 &quot;env&quot; 中 %1 的值应当是字符串，但实际为：%2。</translation>
    </message>
    <message>
        <source>Its &quot;disabled&quot; should be true or false, but it is %1.</source>
        <translation>它的 &quot;disabled&quot; 应当是 true 或 false，但实际为：%1。</translation>
    </message>
    <message>
        <source>Its name has no letter or digit a server name can use.</source>
        <translation>它的名称中没有可用于服务器名称的字母或数字。</translation>
    </message>
</context>
<context>
    <name>McpServerSettings</name>
    <message>
        <source>%1: imported.</source>
        <translation>%1：已导入。</translation>
    </message>
    <message>
        <source>%1: imported as %2.</source>
        <translation>%1：已导入为 %2。</translation>
    </message>
    <message>
        <source>%1: not imported.</source>
        <translation>%1：未导入。</translation>
    </message>
    <message>
        <source>A server&apos;s name may have letters, digits, &quot;-&quot; and &quot;_&quot;, at most %1 of them.</source>
        <translation>服务器名称只能包含字母、数字、&quot;-&quot; 和 &quot;_&quot;，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>请输入启动服务器的命令。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the name of an environment variable.</source>
        <translation>&quot;%1&quot; 不能用作环境变量名称。</translation>
    </message>
    <message>
        <source>The time limit for an answer must be more than zero.</source>
        <translation>回答的时限必须大于零。</translation>
    </message>
    <message>
        <source>Another server is already called &quot;%1&quot;.</source>
        <translation>已有另一个服务器名为“%1”。</translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的服务器。</translation>
    </message>
    <message>
        <source>The keychain is not available.</source>
        <translation>钥匙串不可用。</translation>
    </message>
    <message>
        <source>%1 is stored in the system keychain.</source>
        <translation>%1 已存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so %1 is kept in memory until Confab quits; it is not saved. The keychain said: %2</source>
        <translation>无法使用系统钥匙串，因此 %1 只保存在内存中，直到 Confab 退出，不会被保存。钥匙串返回：%2</translation>
    </message>
    <message>
        <source>The server was removed meanwhile.</source>
        <translation>该服务器已在此期间被删除。</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read from the system keychain: %2</source>
        <translation>无法从系统钥匙串读取 %1 的机密信息：%2</translation>
    </message>
    <message>
        <source>%1 cannot start: the system keychain has no value for %2. Enter it in the server&apos;s settings.</source>
        <translation>%1 无法启动：系统钥匙串中没有 %2 的值。请在该服务器的设置中输入。</translation>
    </message>
    <message>
        <source>the keychain is not available.</source>
        <translation>钥匙串不可用。</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>这不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The file should hold a JSON object with &quot;mcpServers&quot;.</source>
        <translation>该文件应当包含一个带有 &quot;mcpServers&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;mcpServers&quot; should be an object of servers by name.</source>
        <translation>&quot;mcpServers&quot; 应当是以名称为键的服务器对象。</translation>
    </message>
    <message>
        <source>The file lists no servers.</source>
        <translation>该文件未列出任何服务器。</translation>
    </message>
    <message>
        <source>Another server of this file already took the name %1.</source>
        <translation>该文件中的另一个服务器已使用名称 %1。</translation>
    </message>
    <message>
        <source>A server called %1 is already configured; it was left as it is.</source>
        <translation>名为 %1 的服务器已配置；已保持原样。</translation>
    </message>
    <message>
        <source>The name %1 was taken.</source>
        <translation>名称 %1 已被占用。</translation>
    </message>
    <message>
        <source>A server&apos;s name may have only letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>服务器名称只能包含字母、数字、&quot;-&quot; 和 &quot;_&quot;。</translation>
    </message>
    <message>
        <source>It is disabled, as in the file.</source>
        <translation>它已被禁用，与文件中一致。</translation>
    </message>
    <message>
        <source>Its tool approvals (%1) were not taken over: Confab asks you itself.</source>
        <translation>未沿用其工具批准设置（%1）：Confab 会自行询问你。</translation>
    </message>
    <message>
        <source>Not taken over: %1.</source>
        <translation>未沿用：%1。</translation>
    </message>
    <message>
        <source>Its environment values could not be stored: the keychain is not available.</source>
        <translation>无法存储其环境变量值：钥匙串不可用。</translation>
    </message>
    <message>
        <source>The system keychain could not be used, so its environment values are kept in memory until Confab quits; they are not saved. The keychain said: %1</source>
        <translation>无法使用系统钥匙串，因此其环境变量值只保存在内存中，直到 Confab 退出，不会被保存。钥匙串返回：%1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>McpServers</name>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Reading its secrets…</source>
        <translation>正在读取机密信息…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Starting again (%1 of %2)…</source>
        <translation>正在重新启动（第 %1 次，共 %2 次）…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n tool(s)</source>
        <translation>
            <numerusform>就绪：%n 个工具</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more could not be offered: names taken or too long)</source>
        <translation>
            <numerusform>（另有 %n 个无法提供：名称已被占用或过长）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(restarted %n time(s))</source>
        <translation>
            <numerusform>（已重启 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServersPage</name>
    <message>
        <source>(nothing yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Saved. Confab starts %1 now.</source>
        <translation>已保存。Confab 正在启动 %1。</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>导入 MCP 服务器</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import servers from an mcpServers JSON file</source>
        <translation>从 mcpServers JSON 文件导入服务器</translation>
    </message>
    <message>
        <source>No server yet. Add one below, or import the mcpServers file of another app (Claude Desktop, Cursor, VS Code).</source>
        <translation>尚无服务器。请在下方添加，或导入其他应用（Claude Desktop、Cursor、VS Code）的 mcpServers 文件。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Hide log</source>
        <translation>隐藏日志</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>What %1 wrote to its error output</source>
        <translation>%1 写入其错误输出的内容</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Run every tool of %1 without asking</source>
        <translation>运行 %1 的所有工具时不再询问</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>npx</source>
        <translation>npx</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>Arguments, one per line</source>
        <translation>参数，每行一个</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>NAME=value, one per line; values are kept in the keychain</source>
        <translation>每行一个 NAME=value；值保存在钥匙串中</translation>
    </message>
    <message>
        <source>Environment variables, NAME=value per line</source>
        <translation>环境变量，每行一个 NAME=value</translation>
    </message>
    <message>
        <source>Add and start</source>
        <translation>添加并启动</translation>
    </message>
</context>
<context>
    <name>MessageFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln 个 token</numerusform>
        </translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>首个 token %1</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/s</translation>
    </message>
    <message>
        <source>Stopped. What arrived is kept.</source>
        <translation>已停止。已保留收到的内容。</translation>
    </message>
    <message>
        <source>Interrupted: Confab closed before the answer finished. What was saved is kept.</source>
        <translation>已中断：回答完成前 Confab 被关闭。已保留已保存的内容。</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>回答失败。</translation>
    </message>
    <message>
        <source>Cut off: max tokens</source>
        <translation>已截断：达到最大 token 数</translation>
    </message>
    <message>
        <source>Stopped by the provider&apos;s content filter</source>
        <translation>已被服务商的内容过滤器中止</translation>
    </message>
    <message>
        <source>The model asked to use tools</source>
        <translation>模型请求使用工具</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已结束：%1</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>推理中…</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Thought for %1</source>
        <translation>推理用时 %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ModelCapabilitiesEditor</name>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>What the models take</source>
        <translation>模型支持的内容</translation>
    </message>
    <message>
        <source>Confab learns this from answers and from the provider&apos;s model list. What you choose here stays.</source>
        <translation>Confab 会从回答和服务商的模型列表中得知这些信息。你在这里的选择会一直保留。</translation>
    </message>
    <message>
        <source>No models yet: use one, or add it below.</source>
        <translation>还没有模型：请先使用一个，或在下方添加。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Another model, e.g. gpt-4o</source>
        <translation>其他模型，例如 gpt-4o</translation>
    </message>
    <message>
        <source>Model to describe</source>
        <translation>要描述的模型</translation>
    </message>
    <message>
        <source>Mark as text only</source>
        <translation>标记为仅支持文本</translation>
    </message>
    <message>
        <source>Mark this model as not seeing images</source>
        <translation>将这个模型标记为无法识别图片</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>%1 answered the model list with something that is not a list of models.</source>
        <translation>%1 对模型列表请求返回的内容不是模型列表。</translation>
    </message>
</context>
<context>
    <name>ModelParameters</name>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 必须介于 %2 和 %3 之间（当前为 %4）。</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1.</source>
        <translation>max_tokens 至少为 1。</translation>
    </message>
    <message>
        <source>max_completion_tokens must be at least 1.</source>
        <translation>max_completion_tokens 至少为 1。</translation>
    </message>
    <message>
        <source>n must be between 1 and 128 (it is %1).</source>
        <translation>n 必须介于 1 和 128 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>At most 4 stop sequences are allowed (there are %1).</source>
        <translation>最多允许 4 个停止序列（当前有 %1 个）。</translation>
    </message>
    <message>
        <source>A stop sequence cannot be empty.</source>
        <translation>停止序列不能为空。</translation>
    </message>
    <message>
        <source>logit_bias keys must be token ids (numbers), not &quot;%1&quot;.</source>
        <translation>logit_bias 的键必须是 token ID（数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>logit_bias values must be between -100 and 100 (token %1 has %2).</source>
        <translation>logit_bias 的值必须介于 -100 和 100 之间（token %1 的值为 %2）。</translation>
    </message>
    <message>
        <source>user cannot be empty when it is set.</source>
        <translation>设置了 user 时，它不能为空。</translation>
    </message>
    <message>
        <source>reasoning_effort must be none, minimal, low, medium, high or xhigh, not &quot;%1&quot;.</source>
        <translation>reasoning_effort 必须是 none、minimal、low、medium、high 或 xhigh，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation>%1 需要数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>logit_bias needs a JSON object such as {&quot;50256&quot;: -100}.</source>
        <translation>logit_bias 需要 JSON 对象，例如 {&quot;50256&quot;: -100}。</translation>
    </message>
    <message>
        <source>logit_bias values must be whole numbers.</source>
        <translation>logit_bias 的值必须是整数。</translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;. Known parameters: %2.</source>
        <translation>未知参数“%1”。已知参数：%2。</translation>
    </message>
    <message>
        <source>tool_choice must be &quot;none&quot;, &quot;auto&quot;, &quot;required&quot; or a function, not &quot;%1&quot;.</source>
        <translation>tool_choice 必须是 &quot;none&quot;、&quot;auto&quot;、&quot;required&quot; 或一个函数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>tool_choice as an object must be {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:…}}.</source>
        <translation>tool_choice 为对象时必须是 {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:…}}。</translation>
    </message>
    <message>
        <source>response_format json_schema needs json_schema.name.</source>
        <translation>response_format json_schema 需要 json_schema.name。</translation>
    </message>
    <message>
        <source>response_format type must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;.</source>
        <translation>response_format 的 type 必须是 &quot;text&quot;、&quot;json_object&quot; 或 &quot;json_schema&quot;。</translation>
    </message>
    <message>
        <source>response_format json_schema.name may have only letters, digits, _ and - (at most 64), not &quot;%1&quot;.</source>
        <translation>response_format json_schema.name 只能包含字母、数字、_ 和 -（最多 64 个），而不是“%1”。</translation>
    </message>
    <message>
        <source>response_format json_schema.schema must be a JSON object.</source>
        <translation>response_format json_schema.schema 必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation>无法列出模型：%1</translation>
    </message>
</context>
<context>
    <name>ModelPrices</name>
    <message>
        <source>Name the model the price is for.</source>
        <translation>请指定该价格适用的模型。</translation>
    </message>
    <message>
        <source>A price is US dollars per million tokens, from 0 to %1.</source>
        <translation>价格以每百万 token 的美元计，范围为 0 到 %1。</translation>
    </message>
</context>
<context>
    <name>NetworkOptions</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>文件 %1 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Applied. New requests use these settings.</source>
        <translation>已应用。新的请求将使用这些设置。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>e.g. proxy.example.com</source>
        <translation>例如 proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>e.g. 8080</source>
        <translation>例如 8080</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>A PEM file with extra certificate authorities to trust besides the system&apos;s, such as your company&apos;s or a local server&apos;s. Certificate errors are never ignored.</source>
        <translation>一个 PEM 文件，包含除系统证书颁发机构之外还要信任的其他证书颁发机构，例如你公司的或本地服务器的。证书错误永远不会被忽略。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>None; e.g. /etc/ssl/company-ca.pem</source>
        <translation>无；例如 /etc/ssl/company-ca.pem</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the network settings</source>
        <translation>应用网络设置</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Revert to the applied network settings</source>
        <translation>还原为已应用的网络设置</translation>
    </message>
</context>
<context>
    <name>NewComparisonDialog</name>
    <message>
        <source>Compare models</source>
        <translation>比较模型</translation>
    </message>
    <message>
        <source>Two to four models answer the same prompt side by side. Leave a row empty to use fewer.</source>
        <translation>两到四个模型并排回答同一提示词。留空某一行即可减少模型数量。</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
</context>
<context>
    <name>OutputFormatField</name>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Paste a JSON Schema; its &quot;title&quot; names it</source>
        <translation>粘贴 JSON Schema；以其“title”命名</translation>
    </message>
    <message>
        <source>Sent as &quot;%1&quot;, strict.</source>
        <translation>以“%1”发送，严格模式（strict）。</translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
</context>
<context>
    <name>ParameterSet</name>
    <message>
        <source>No conversation is open.</source>
        <translation>没有打开的对话。</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;.</source>
        <translation>未知的输出格式“%1”。</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Request parameters</source>
        <translation>请求参数</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>0–2, e.g. 0.7</source>
        <translation>0–2，例如 0.7</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>e.g. 1024</source>
        <translation>例如 1024</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>推理强度</translation>
    </message>
    <message>
        <source>low, medium or high</source>
        <translation>low、medium 或 high</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>Reset all to provider defaults</source>
        <translation>全部重置为服务商默认值</translation>
    </message>
    <message>
        <source>Tools in this conversation</source>
        <translation>此对话中的工具</translation>
    </message>
    <message>
        <source>No tools are set up.</source>
        <translation>尚未设置任何工具。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Offer %1 in this conversation</source>
        <translation>在此对话中提供 %1</translation>
    </message>
    <message>
        <source>%1 is marked as not taking a reasoning effort: it is left out of requests (Settings → Providers).</source>
        <translation>%1 被标记为不支持推理强度：请求中将省略该参数（设置 → 服务商）。</translation>
    </message>
    <message>
        <source>%1 does not take tools: none are offered to it (Settings → Providers).</source>
        <translation>%1 不支持工具：不会向它提供任何工具（设置 → 服务商）。</translation>
    </message>
</context>
<context>
    <name>PluginTool</name>
    <message>
        <source>the plugin gave an empty tool</source>
        <translation>插件提供了一个空工具</translation>
    </message>
    <message>
        <source>the tool name &quot;%1&quot; is not 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>工具名称“%1”不是由 1 到 64 个字母、数字、&apos;_&apos; 或 &apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>the tool %1 has no description</source>
        <translation>工具 %1 没有描述</translation>
    </message>
    <message>
        <source>the parameters of %1 are not a JSON Schema of type &quot;object&quot;</source>
        <translation>%1 的参数不是类型为 &quot;object&quot; 的 JSON Schema</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>any provider</source>
        <translation>任意服务商</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Prices, in US dollars per million tokens</source>
        <translation>价格（美元/百万 token）</translation>
    </message>
    <message>
        <source>Comparisons show what an answer cost when its provider does not say. Confab ships no prices: enter the ones your providers charge. A price for &quot;any provider&quot; applies where no provider-specific one is set.</source>
        <translation>服务商未告知回答的费用时，比较会根据这里的价格显示费用。Confab 不内置任何价格：请输入你的服务商收取的价格。“任意服务商”的价格适用于未设置特定服务商价格的情况。</translation>
    </message>
    <message>
        <source>No price yet.</source>
        <translation>尚无价格。</translation>
    </message>
    <message>
        <source>in $%1 · out $%2</source>
        <translation>输入 $%1 · 输出 $%2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the price of %1</source>
        <translation>删除 %1 的价格</translation>
    </message>
    <message>
        <source>Add or change a price</source>
        <translation>添加或修改价格</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>gpt-5.4-mini</source>
        <translation>gpt-5.4-mini</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>dollars per million input tokens</source>
        <translation>美元/百万输入 token</translation>
    </message>
    <message>
        <source>Input price per million tokens</source>
        <translation>每百万 token 的输入价格</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>dollars per million output tokens</source>
        <translation>美元/百万输出 token</translation>
    </message>
    <message>
        <source>Output price per million tokens</source>
        <translation>每百万 token 的输出价格</translation>
    </message>
    <message>
        <source>Save price</source>
        <translation>保存价格</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider has no id.</source>
        <translation>有一个服务商没有 ID。</translation>
    </message>
    <message>
        <source>Provider %1 has no name.</source>
        <translation>服务商 %1 没有名称。</translation>
    </message>
    <message>
        <source>Provider %1 has no base URL.</source>
        <translation>服务商 %1 没有基础 URL。</translation>
    </message>
    <message>
        <source>Provider %1 has a base URL that is not http(s): %2</source>
        <translation>服务商 %1 的基础 URL 不是 http(s) 地址：%2</translation>
    </message>
    <message>
        <source>Provider %1 has a bad extra header: %2</source>
        <translation>服务商 %1 有一个无效的额外请求头：%2</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <source>Key stored in the keychain</source>
        <translation>密钥已存储在钥匙串中</translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation>尚无密钥</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation>无需密钥</translation>
    </message>
    <message>
        <source>Key kept for this session only</source>
        <translation>密钥仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>https://example.com/v1</source>
        <translation>https://example.com/v1</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Optional, e.g. gpt-4o-mini</source>
        <translation>可选，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>每行一个：Name: value</translation>
    </message>
    <message>
        <source>Extra headers, one &quot;Name: value&quot; per line</source>
        <translation>额外请求头，每行一个“Name: value”</translation>
    </message>
    <message>
        <source>Needs an API key</source>
        <translation>需要 API 密钥</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the provider</source>
        <translation>保存服务商</translation>
    </message>
    <message>
        <source>Key state unknown: the keychain could not be read</source>
        <translation>密钥状态未知：无法读取钥匙串</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the key while held</source>
        <translation>按住时显示密钥</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>存入钥匙串</translation>
    </message>
    <message>
        <source>Store the key in the keychain</source>
        <translation>将密钥存入钥匙串</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>仅在本次会话中保留密钥</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>忘记密钥</translation>
    </message>
    <message>
        <source>Forget the key</source>
        <translation>忘记该密钥</translation>
    </message>
    <message>
        <source>Get a key at %1</source>
        <translation>在 %1 获取密钥</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>复制该地址</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>使用此服务商</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Your providers</source>
        <translation>你的服务商</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>添加服务商</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Duplicate the provider</source>
        <translation>创建该服务商的副本</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove the provider</source>
        <translation>删除该服务商</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>删除服务商</translation>
    </message>
    <message>
        <source>Remove “%1” and the key stored for it? This cannot be undone.</source>
        <translation>删除“%1”及为其存储的密钥？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>ProviderResolver</name>
    <message>
        <source>none yet; add one in Confab&apos;s settings</source>
        <translation>尚无；请在 Confab 的设置中添加</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;. Set up: %2.</source>
        <translation>不存在服务商“%1”。已设置的服务商：%2。</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has no base URL yet.</source>
        <translation>服务商“%1”尚未设置基础 URL。</translation>
    </message>
    <message>
        <source>No API key is stored for %1. Store one with: confab-cli keys set &quot;%1&quot; (it reads the key from stdin).</source>
        <translation>没有为 %1 存储 API 密钥。请使用以下命令存储：confab-cli keys set &quot;%1&quot;（它会从 stdin 读取密钥）。</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1). Give the key for this run with --api-key-env VARIABLE.</source>
        <translation>无法访问钥匙串（%1）。请使用 --api-key-env VARIABLE 为本次运行提供密钥。</translation>
    </message>
    <message>
        <source>%1 has no default model: choose one with --model.</source>
        <translation>%1 没有默认模型：请使用 --model 选择一个。</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <source>This provider no longer exists.</source>
        <translation>该服务商已不存在。</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>请为服务商命名。</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, e.g. https://api.openai.com/v1.</source>
        <translation>基础 URL 必须是 http:// 或 https:// 地址，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <source>Write each extra header as &quot;Name: value&quot; on its own line.</source>
        <translation>每个额外请求头单独占一行，格式为“Name: value”。</translation>
    </message>
    <message>
        <source>An extra header has a name or value that cannot be sent.</source>
        <translation>某个额外请求头的名称或值无法发送。</translation>
    </message>
    <message>
        <source>Another provider is already called &quot;%1&quot;.</source>
        <translation>已有另一个服务商名为“%1”。</translation>
    </message>
    <message>
        <source>Paste or type the key first.</source>
        <translation>请先粘贴或输入密钥。</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>密钥已存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The key is kept in memory until Confab quits; it is not saved.</source>
        <translation>密钥保存在内存中，直到 Confab 退出；不会被保存。</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s base URL first.</source>
        <translation>请先输入服务商的基础 URL。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n models.</source>
        <translation>
            <numerusform>已连接：%n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>请输入代理的主机和端口。</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>API key (not shown): </source>
        <translation>API 密钥（不显示）： </translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;. See: confab-cli providers</source>
        <translation>不存在服务商“%1”。请查看：confab-cli providers</translation>
    </message>
    <message>
        <source>No providers yet. Add one in Confab&apos;s settings.
</source>
        <translation>尚无服务商。请在 Confab 的设置中添加。
</translation>
    </message>
    <message>
        <source>No key arrived on stdin; nothing was stored.</source>
        <translation>stdin 上没有收到密钥；未存储任何内容。</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>未存储密钥：%1</translation>
    </message>
    <message>
        <source>Stored the key for %1 in the keychain.
</source>
        <translation>已将 %1 的密钥存入钥匙串。
</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>未删除密钥：%1</translation>
    </message>
    <message>
        <source>No key was stored for %1.
</source>
        <translation>没有为 %1 存储密钥。
</translation>
    </message>
    <message>
        <source>Removed the key for %1.
</source>
        <translation>已删除 %1 的密钥。
</translation>
    </message>
</context>
<context>
    <name>ReasoningBlock</name>
    <message>
        <source>Reasoning: %1</source>
        <translation>推理过程：%1</translation>
    </message>
</context>
<context>
    <name>ReasoningPanel</name>
    <message>
        <source>Hide reasoning</source>
        <translation>隐藏推理过程</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>显示推理过程</translation>
    </message>
</context>
<context>
    <name>RequestMessage</name>
    <message>
        <source>Message %1: a tool result needs the id of the call it answers.</source>
        <translation>消息 %1：工具结果需要其所回应调用的 ID。</translation>
    </message>
    <message>
        <source>Message %1: only user and system messages may have several parts.</source>
        <translation>消息 %1：只有用户消息和系统消息可以包含多个部分。</translation>
    </message>
    <message>
        <source>Message %1: every content part needs a type.</source>
        <translation>消息 %1：每个内容部分都需要类型。</translation>
    </message>
    <message>
        <source>Message %1: an image part needs image_url.url.</source>
        <translation>消息 %1：图片部分需要 image_url.url。</translation>
    </message>
    <message>
        <source>Message %1: every tool call needs an id and a name.</source>
        <translation>消息 %1：每个工具调用都需要 ID 和名称。</translation>
    </message>
</context>
<context>
    <name>ResponseFormat</name>
    <message>
        <source>The schema&apos;s &quot;type&quot; must be one of %1.</source>
        <translation>Schema 的“type”必须是 %1 之一。</translation>
    </message>
    <message>
        <source>The schema&apos;s &quot;properties&quot; must be an object.</source>
        <translation>Schema 的“properties”必须是对象。</translation>
    </message>
    <message>
        <source>The schema&apos;s &quot;required&quot; must be a list of names.</source>
        <translation>Schema 的“required”必须是名称列表。</translation>
    </message>
    <message>
        <source>Paste a JSON Schema, such as {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}.</source>
        <translation>请粘贴 JSON Schema，例如 {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}。</translation>
    </message>
    <message>
        <source>The schema is not valid JSON: %1 at character %2.</source>
        <translation>Schema 不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The schema must be a JSON object, such as {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>Schema 必须是 JSON 对象，例如 {&quot;type&quot;: &quot;object&quot;}。</translation>
    </message>
    <message>
        <source>The schema&apos;s name may have only letters, digits, _ and - (at most %1), not &quot;%2&quot;.</source>
        <translation>Schema 的名称只能包含字母、数字、_ 和 -（最多 %1 个），而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>SearchHitRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain could not be used, so API keys cannot be stored securely. The keychain said: %1</source>
        <translation>无法使用系统钥匙串，因此无法安全地存储 API 密钥。钥匙串返回：%1</translation>
    </message>
    <message>
        <source>The keychain reported error %1.</source>
        <translation>钥匙串报告了错误 %1。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Pick a provider on the left.</source>
        <translation>请在左侧选择一个服务商。</translation>
    </message>
    <message>
        <source>No provider yet. Add one from the list of known services, or Custom for any OpenAI-compatible server.</source>
        <translation>尚无服务商。请从已知服务列表中添加，或选择 Custom 以连接任何 OpenAI 兼容的服务器。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>General: language and notifications</source>
        <translation>常规：语言和通知</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>搜索（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Archived conversations</source>
        <translation>已归档的对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到结果。</translation>
    </message>
    <message>
        <source>Nothing archived.</source>
        <translation>没有已归档的对话。</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>尚无对话。</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>返回对话列表</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Import, export and about</source>
        <translation>导入、导出和关于</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>关于 Confab</translation>
    </message>
</context>
<context>
    <name>SseDecoder</name>
    <message>
        <source>The server sent a line longer than %1 MB; it was refused.</source>
        <translation>服务器发送了超过 %1 MB 的一行数据；已被拒绝。</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1 MB; it was refused.</source>
        <translation>服务器发送了大于 %1 MB 的事件；已被拒绝。</translation>
    </message>
</context>
<context>
    <name>ToolApprovals</name>
    <message>
        <source>Read-only built-in, allowed in settings</source>
        <translation>只读内置工具，已在设置中允许</translation>
    </message>
    <message>
        <source>Always allowed by you</source>
        <translation>你已始终允许</translation>
    </message>
    <message>
        <source>Allowed by you for every tool of %1</source>
        <translation>你已允许 %1 的所有工具</translation>
    </message>
    <message>
        <source>Allowed by you for this chat</source>
        <translation>你已允许在此对话中运行</translation>
    </message>
</context>
<context>
    <name>ToolBox</name>
    <message>
        <source>There is already a server named %1; remove it first, or pick another name.</source>
        <translation>已有名为 %1 的服务器；请先删除它，或另选名称。</translation>
    </message>
    <message>
        <source>Line %1 of the environment is not NAME=value.</source>
        <translation>环境变量的第 %1 行不是 NAME=value 格式。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Waiting for your approval</source>
        <translation>等待你的批准</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>This tool can change files or data.</source>
        <translation>此工具可以修改文件或数据。</translation>
    </message>
    <message>
        <source>This tool talks to other computers over the network.</source>
        <translation>此工具会通过网络与其他计算机通信。</translation>
    </message>
    <message>
        <source>This tool can start programs on this computer.</source>
        <translation>此工具可以在这台计算机上启动程序。</translation>
    </message>
    <message>
        <source>This tool only reads.</source>
        <translation>此工具只读取数据。</translation>
    </message>
    <message>
        <source>Confab does not know what this tool may do.</source>
        <translation>Confab 不清楚此工具可能执行哪些操作。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tool call %1</source>
        <translation>工具调用 %1</translation>
    </message>
    <message>
        <source>Arguments of %1</source>
        <translation>%1 的参数</translation>
    </message>
    <message>
        <source>Ran with your changes; the model asked for:
%1</source>
        <translation>已按你的修改运行；模型请求的是：
%1</translation>
    </message>
    <message>
        <source>The model wants to run %1. %2 Check the arguments below; you can change them before it runs.</source>
        <translation>模型想要运行 %1。%2请检查下面的参数；运行前你可以修改它们。</translation>
    </message>
    <message>
        <source>Arguments %1 will run with</source>
        <translation>%1 运行时将使用的参数</translation>
    </message>
    <message>
        <source>Run once</source>
        <translation>运行一次</translation>
    </message>
    <message>
        <source>Allow in this chat</source>
        <translation>在此对话中允许</translation>
    </message>
    <message>
        <source>Always allow %1</source>
        <translation>始终允许 %1</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Hide result</source>
        <translation>隐藏结果</translation>
    </message>
    <message>
        <source>Show result</source>
        <translation>显示结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1 的结果</translation>
    </message>
</context>
<context>
    <name>ToolConsent</name>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Not allowed: it needs consent</source>
        <translation>未允许：需要你的同意</translation>
    </message>
    <message>
        <source>Allowed once by you</source>
        <translation>你已允许运行一次</translation>
    </message>
    <message>
        <source>Allowed by you for this chat</source>
        <translation>你已允许在此对话中运行</translation>
    </message>
    <message>
        <source>Always allowed by you</source>
        <translation>你已始终允许</translation>
    </message>
    <message>
        <source>Denied by you</source>
        <translation>你已拒绝</translation>
    </message>
    <message>
        <source>, with your changes to the arguments</source>
        <translation>，并采用了你对参数的修改</translation>
    </message>
    <message>
        <source>This call is no longer waiting.</source>
        <translation>此调用已不再等待。</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>这不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object, like {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation>参数必须是一个 JSON 对象，例如 {&quot;name&quot;: &quot;value&quot;}。</translation>
    </message>
</context>
<context>
    <name>ToolPluginLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a Qt plugin (%1)</source>
        <translation>不是 Qt 插件（%1）</translation>
    </message>
    <message>
        <source>built for version %1 of Confab&apos;s tool plugin interface; this Confab loads version %2</source>
        <translation>为 Confab 工具插件接口的第 %1 版构建；此 Confab 加载的是第 %2 版</translation>
    </message>
    <message>
        <source>a Qt plugin of another kind (%1), not a Confab tool plugin</source>
        <translation>是另一种类型的 Qt 插件（%1），而不是 Confab 工具插件</translation>
    </message>
    <message>
        <source>no interface id</source>
        <translation>没有接口 ID</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>its plugin object does not implement ConfabToolPlugin</source>
        <translation>其插件对象未实现 ConfabToolPlugin</translation>
    </message>
    <message>
        <source>failed to give its name and version: %1</source>
        <translation>未能提供其名称和版本：%1</translation>
    </message>
    <message>
        <source>the plugin has no name</source>
        <translation>插件没有名称</translation>
    </message>
    <message>
        <source>the plugin&apos;s name &quot;%1&quot; is reserved for Confab&apos;s own tools</source>
        <translation>插件名称“%1”已保留给 Confab 自带的工具</translation>
    </message>
    <message>
        <source>another plugin named &quot;%1&quot; was already loaded from %2</source>
        <translation>已从 %2 加载了另一个名为“%1”的插件</translation>
    </message>
    <message>
        <source>failed to create its tools: %1</source>
        <translation>未能创建其工具：%1</translation>
    </message>
    <message>
        <source>a tool failed to describe itself: %1</source>
        <translation>某个工具未能描述自身：%1</translation>
    </message>
    <message>
        <source>the name %1 is already taken</source>
        <translation>名称 %1 已被占用</translation>
    </message>
    <message>
        <source>the plugin &quot;%1&quot; offers no tools</source>
        <translation>插件“%1”未提供任何工具</translation>
    </message>
    <message>
        <source>the plugin &quot;%1&quot; offers no usable tool: %2</source>
        <translation>插件“%1”未提供任何可用的工具：%2</translation>
    </message>
</context>
<context>
    <name>ToolRunLog</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>What tools did</source>
        <translation>工具运行记录</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>清除日志</translation>
    </message>
    <message>
        <source>No tool has run yet.</source>
        <translation>尚无工具运行过。</translation>
    </message>
    <message>
        <source>%1  %2 · %3 · %4</source>
        <translation>%1  %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Source: %1
Arguments: %2
Result:
%3</source>
        <translation>来源：%1
参数：%2
结果：
%3</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>reads only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>can change files or data</source>
        <translation>可修改文件或数据</translation>
    </message>
    <message>
        <source>uses the network</source>
        <translation>使用网络</translation>
    </message>
    <message>
        <source>can start programs</source>
        <translation>可启动程序</translation>
    </message>
    <message>
        <source>Share a folder with tools</source>
        <translation>与工具共享文件夹</translation>
    </message>
    <message>
        <source>That is not a folder Confab can read.</source>
        <translation>这不是 Confab 可以读取的文件夹。</translation>
    </message>
    <message>
        <source>Asking before tools run</source>
        <translation>工具运行前询问</translation>
    </message>
    <message>
        <source>Run the read-only built-in tools without asking (clock, calculator, reading shared folders)</source>
        <translation>运行只读的内置工具时不询问（时钟、计算器、读取共享文件夹）</translation>
    </message>
    <message>
        <source>Every other tool asks on its card in the conversation, unless you allowed it for that chat or always.</source>
        <translation>其他所有工具都会在对话中的卡片上询问，除非你已允许它在该对话中运行或始终允许它。</translation>
    </message>
    <message>
        <source>Rounds of tool calls per question, at most:</source>
        <translation>每个问题最多的工具调用轮数：</translation>
    </message>
    <message>
        <source>Rounds of tool calls per question, at most</source>
        <translation>每个问题最多的工具调用轮数</translation>
    </message>
    <message>
        <source>Always allowed:</source>
        <translation>始终允许：</translation>
    </message>
    <message>
        <source>No tool is always allowed.</source>
        <translation>没有始终允许的工具。</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>重新询问</translation>
    </message>
    <message>
        <source>Ask again before %1 runs</source>
        <translation>运行 %1 前重新询问</translation>
    </message>
    <message>
        <source>Shared folders</source>
        <translation>共享的文件夹</translation>
    </message>
    <message>
        <source>read_text_file and list_folder can read these folders and what is inside them, nothing else.</source>
        <translation>read_text_file 和 list_folder 可以读取这些文件夹及其中的内容，除此之外什么也不能读取。</translation>
    </message>
    <message>
        <source>No folder is shared: the file tools cannot read anything.</source>
        <translation>没有共享的文件夹：文件工具无法读取任何内容。</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>Stop sharing %1</source>
        <translation>停止共享 %1</translation>
    </message>
    <message>
        <source>Share a folder…</source>
        <translation>共享文件夹…</translation>
    </message>
    <message>
        <source>Tools the model can call</source>
        <translation>模型可以调用的工具</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Arguments schema of %1</source>
        <translation>%1 的参数 Schema</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>No tool plugin is installed.</source>
        <translation>未安装任何工具插件。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Not loaded: %1 — %2</source>
        <translation>未加载：%1 — %2</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Ask %1 anything.</source>
        <translation>尽管向 %1 提问吧。</translation>
    </message>
    <message>
        <source>No provider is set up yet. Start Confab with --demo to try it offline, or with --base-url and an API key in CONFAB_API_KEY.</source>
        <translation>尚未设置服务商。使用 --demo 启动 Confab 可离线试用，或使用 --base-url 启动并在 CONFAB_API_KEY 中提供 API 密钥。</translation>
    </message>
    <message numerus="yes">
        <source>↑ Show %n earlier message(s)</source>
        <translation>
            <numerusform>↑ 显示更早的 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>↓ Jump to latest</source>
        <translation>↓ 跳到最新</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>This is the offline demo: answers are canned, nothing leaves your computer. Ask anything, or include &quot;tool&quot;, &quot;long&quot; or &quot;json&quot; in your message to see a tool call, a cut-off answer or a JSON answer.</source>
        <translation>这是离线演示：回答都是预设的，不会有任何数据离开你的计算机。随便问点什么，或在消息中包含“tool”、“long”或“json”，即可看到工具调用、被截断的回答或 JSON 回答。</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>编辑你的消息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>复制你的消息</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The history file is damaged: %1 Your conversation stays open; a new history can keep it.</source>
        <translation>历史记录文件已损坏：%1 你的对话仍保持打开；新的历史记录可以保存它。</translation>
    </message>
    <message>
        <source>Could not save to the history: %1 Your conversation stays open and Confab keeps trying.</source>
        <translation>无法保存到历史记录：%1 你的对话仍保持打开，Confab 会继续尝试。</translation>
    </message>
    <message>
        <source>%1 Conversations of this run are not kept.</source>
        <translation>%1 本次运行中的对话不会被保留。</translation>
    </message>
    <message>
        <source>Could not move %1 aside; nothing was changed.</source>
        <translation>无法将 %1 移到一旁；未做任何更改。</translation>
    </message>
    <message>
        <source>Started a new history. The old file is kept as %1.</source>
        <translation>已新建历史记录。旧文件保留为 %1。</translation>
    </message>
    <message>
        <source>Could not reopen the comparison: %1</source>
        <translation>无法重新打开比较：%1</translation>
    </message>
    <message>
        <source>%1 has no base URL yet: set it in Settings.</source>
        <translation>%1 尚未设置基础 URL：请在设置中设置。</translation>
    </message>
    <message>
        <source>No API key is stored for %1: add it in Settings.</source>
        <translation>没有为 %1 存储 API 密钥：请在设置中添加。</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>演示服务器无法启动：%1</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>离线演示</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Confab is already open on this history; its window was brought to the front.</source>
        <translation>Confab 已在使用此历史记录；已将其窗口切换到前台。</translation>
    </message>
</context>
<context>
    <name>parseChunk</name>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>无效的 JSON（%1，位于第 %2 个字节）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
</context>
</TS>
