<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountCommands</name>
    <message>
        <source>account add takes exactly one NAME.</source>
        <translation>account add 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>账户需要一个名称。</translation>
    </message>
    <message>
        <source>--platform is required (one of: %1).</source>
        <translation>必须指定 --platform（可选：%1）。</translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;. Known platforms: %2.</source>
        <translation>未知平台“%1”。已知平台：%2。</translation>
    </message>
    <message>
        <source>The platform &quot;%1&quot; is not supported by this build of suanli-cli yet (supported: %2).</source>
        <translation>此版本的 suanli-cli 尚不支持平台“%1”（已支持：%2）。</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, not &quot;%1&quot;.</source>
        <translation>--base-url 必须是 http:// 或 https:// 开头的网址，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 has no public address: give the deployment&apos;s --base-url.</source>
        <translation>%1没有公共地址：请用 --base-url 指定所部署的地址。</translation>
    </message>
    <message>
        <source>%1 accounts need --login (user name or phone).</source>
        <translation>%1账户需要 --login（用户名或手机号）。</translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option 的格式应为 KEY=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的账户。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>“%2”的%1：</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the %1 cannot be asked for: pass it on stdin with --secret-stdin.</source>
        <translation>标准输入不是终端，无法询问%1：请用 --secret-stdin 从标准输入传入。</translation>
    </message>
    <message>
        <source>No %1 was given.</source>
        <translation>未提供%1。</translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation>账户未添加。</translation>
    </message>
    <message>
        <source>The system keychain cannot store the %1.</source>
        <translation>系统钥匙串无法保存%1。</translation>
    </message>
    <message>
        <source>To store it in an unencrypted file readable only by you (%1), run again with --insecure-storage.</source>
        <translation>如需将其保存在仅你可读的未加密文件（%1）中，请加上 --insecure-storage 重新运行。</translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3). The %4 is stored in: %5.</source>
        <translation>已添加账户 %1（%2，%3）。%4保存在：%5。</translation>
    </message>
    <message>
        <source>account list takes no arguments.</source>
        <translation>account list 不接受参数。</translation>
    </message>
    <message>
        <source>No accounts. Add one with: suanli-cli account add NAME --platform PLATFORM</source>
        <translation>没有账户。可用以下命令添加：suanli-cli account add NAME --platform PLATFORM</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>account remove takes exactly one NAME.</source>
        <translation>account remove 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;. See: suanli-cli account list</source>
        <translation>没有名为“%1”的账户。请查看：suanli-cli account list</translation>
    </message>
    <message>
        <source>The account %1 was removed, but its secret could not be deleted: %2</source>
        <translation>账户 %1 已移除，但无法删除其密钥：%2</translation>
    </message>
    <message>
        <source>Removed account %1 and its secret.</source>
        <translation>已移除账户 %1 及其密钥。</translation>
    </message>
    <message>
        <source>account check takes one NAME.</source>
        <translation>account check 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>Give either --secret-stdin or --password-stdin, not both.</source>
        <translation>--secret-stdin 和 --password-stdin 只能二选一，不能同时指定。</translation>
    </message>
    <message>
        <source>--remember-password goes with --password-stdin.</source>
        <translation>--remember-password 须与 --password-stdin 一起使用。</translation>
    </message>
    <message>
        <source>%1 takes no password here: pass the %2 with --secret-stdin.</source>
        <translation>%1在此不接受密码：请用 --secret-stdin 传入%2。</translation>
    </message>
    <message>
        <source>No password was given on stdin.</source>
        <translation>未从标准输入提供密码。</translation>
    </message>
    <message>
        <source>The API token &quot;%1&quot; made for it stays on %2; delete it in the web console.</source>
        <translation>为其创建的 API 令牌“%1”仍保留在%2上；请在网页控制台中删除。</translation>
    </message>
    <message>
        <source>The password could not be stored (%1); the token commands will ask for it.</source>
        <translation>无法保存密码（%1）；tokens 命令会在需要时询问密码。</translation>
    </message>
    <message>
        <source>The password is kept there too, for the token commands.</source>
        <translation>密码也保存在该处，供 tokens 命令使用。</translation>
    </message>
</context>
<context>
    <name>AccountStateNames</name>
    <message>
        <source>Signed out</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2); it was left as it is.</source>
        <translation>账户文件 %1 已损坏（%2），已原样保留。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>账户需要一个名称。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的账户。</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>没有这个账户。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>服务器返回 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>The platform reported error %1.</source>
        <translation>平台返回错误 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>无法解析服务器的响应：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（错误码 %2）</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <source>The request may have reached the server; check the current state before trying again.</source>
        <translation>请求可能已送达服务器；请先确认当前状态再重试。</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>安全连接失败：%1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>响应体为空</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>The address %1 is not a valid web address.</source>
        <translation>地址 %1 不是有效的网址。</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>服务器在响应前关闭了连接。</translation>
    </message>
    <message>
        <source>the answer&apos;s status line is too long</source>
        <translation>响应的状态行过长</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>不是 HTTP 响应</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are too long</source>
        <translation>响应头过长</translation>
    </message>
    <message>
        <source>a header of the answer is malformed</source>
        <translation>响应头格式错误</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>a chunk of the answer is malformed</source>
        <translation>响应的分块数据格式错误</translation>
    </message>
</context>
<context>
    <name>ChenyuCommands</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 应为 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>create takes no arguments, only options.</source>
        <translation>create 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;suanli-cli pods&apos; and &apos;suanli-cli gpus&apos;).</source>
        <translation>必须指定 --%1（参见“suanli-cli pods”和“suanli-cli gpus”）。</translation>
    </message>
    <message>
        <source>Creating an instance costs money: it is billed by the hour once it runs.</source>
        <translation>创建实例会产生费用：实例运行后按小时计费。</translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to create it.</source>
        <translation>未执行任何操作。加上 --yes 即可创建。</translation>
    </message>
    <message>
        <source>Created %1 (%2, %3 per hour).</source>
        <translation>已创建 %1（%2，每小时 %3）。</translation>
    </message>
    <message>
        <source>shutdown-at ID --cancel takes exactly one ID.</source>
        <translation>shutdown-at ID --cancel 只接受一个 ID。</translation>
    </message>
    <message>
        <source>shutdown-at takes an ID and a time &quot;YYYY-MM-DD HH:MM:SS&quot; (or --cancel).</source>
        <translation>shutdown-at 需要一个 ID 和一个“YYYY-MM-DD HH:MM:SS”格式的时间（或 --cancel）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>“%1”不是“YYYY-MM-DD HH:MM:SS”格式的时间。</translation>
    </message>
    <message>
        <source>%1 (China Standard Time) is not in the future.</source>
        <translation>%1（北京时间）不是将来的时间。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cancelled the scheduled shutdown of %1.</source>
        <translation>已取消 %1 的定时关机。</translation>
    </message>
    <message>
        <source>%1 shuts down at %2 China Standard Time (%3 local time).</source>
        <translation>%1 将于北京时间 %2 关机（本地时间 %3）。</translation>
    </message>
    <message>
        <source>gpus takes no arguments.</source>
        <translation>gpus 不接受参数。</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>PRICE/H</source>
        <translation>单价/小时</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Without a GPU: %1 per hour.</source>
        <translation>无卡模式：每小时 %1。</translation>
    </message>
    <message>
        <source>pods takes no arguments.</source>
        <translation>pods 不接受参数。</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>IMAGE TAGS</source>
        <translation>镜像版本</translation>
    </message>
    <message>
        <source>DEFAULT TAG</source>
        <translation>默认版本</translation>
    </message>
    <message>
        <source>Page %1, %2 of %3 pods.</source>
        <translation>第 %1 页：%2 个，共 %3 个应用。</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 不接受参数。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>CARD</source>
        <translation>抵扣算力卡</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>TRADE NO</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>支付渠道</translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 records).</source>
        <translation>第 %1 页，共 %2 页（%3 条记录）。</translation>
    </message>
</context>
<context>
    <name>ChenyuMapping</name>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation>“items”不是列表</translation>
    </message>
    <message>
        <source>a list entry is not an object</source>
        <translation>列表中的条目不是对象</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>The API key was rejected. Copy a new key from chenyu.cn/console/apiServer and enter it again.</source>
        <translation>API 密钥被拒绝。请从 chenyu.cn/console/apiServer 复制新的密钥并重新输入。</translation>
    </message>
    <message>
        <source>the answer has no &quot;code&quot;</source>
        <translation>响应中缺少“code”</translation>
    </message>
    <message>
        <source>&quot;result&quot; is not an object</source>
        <translation>“result”不是对象</translation>
    </message>
    <message>
        <source>Not logged in: the API key is missing or no longer valid. Copy a new key from chenyu.cn/console/apiServer and enter it again.</source>
        <translation>未登录：API 密钥缺失或已失效。请从 chenyu.cn/console/apiServer 复制新的密钥并重新输入。</translation>
    </message>
    <message>
        <source>Not logged in (%1): the API key is missing or no longer valid. Copy a new key from chenyu.cn/console/apiServer and enter it again.</source>
        <translation>未登录（%1）：API 密钥缺失或已失效。请从 chenyu.cn/console/apiServer 复制新的密钥并重新输入。</translation>
    </message>
    <message>
        <source>The platform reported a system error; try again later.</source>
        <translation>平台返回系统错误，请稍后重试。</translation>
    </message>
    <message>
        <source>the balance &quot;%1&quot; is not an amount</source>
        <translation>余额“%1”不是有效金额</translation>
    </message>
    <message>
        <source>&quot;cards&quot; is not a list</source>
        <translation>“cards”不是列表</translation>
    </message>
    <message>
        <source>an instance has no &quot;uuid&quot;</source>
        <translation>某个实例缺少“uuid”</translation>
    </message>
    <message>
        <source>the answer has no &quot;instance&quot;</source>
        <translation>响应中缺少“instance”</translation>
    </message>
    <message>
        <source>the new instance has no &quot;uuid&quot;</source>
        <translation>新实例缺少“uuid”</translation>
    </message>
    <message>
        <source>the instance has no &quot;status&quot;</source>
        <translation>实例缺少“status”</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>无卡</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>account needs a subcommand: add, list, remove or check.</source>
        <translation>account 需要一个子命令：add、list、remove 或 check。</translation>
    </message>
    <message>
        <source>Unknown account subcommand &quot;%1&quot; (add, list, remove, check).</source>
        <translation>未知的 account 子命令“%1”（可用：add、list、remove、check）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--config-dir needs a directory.</source>
        <translation>--config-dir 需要一个目录。</translation>
    </message>
    <message>
        <source>--lang needs a language: en or zh_CN.</source>
        <translation>--lang 需要指定语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang: use en or zh_CN.</source>
        <translation>--lang 的语言“%1”未知：请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
</context>
<context>
    <name>HuixingyunCommands</name>
    <message>
        <source>--password-stdin is for %1 accounts, whose API tokens are made from the password.</source>
        <translation>--password-stdin 仅适用于%1账户，其 API 令牌由密码生成。</translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation>账户未添加。</translation>
    </message>
    <message>
        <source>Created the API token &quot;%1&quot;.</source>
        <translation>已创建 API 令牌“%1”。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 应为 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>No password was given on stdin.</source>
        <translation>未从标准输入提供密码。</translation>
    </message>
    <message>
        <source>%1 password of %2 (%3): </source>
        <translation>%2（%3）的%1密码：</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message>
        <source>The API tokens of %1 are managed with its password: pass it on stdin with --password-stdin, or keep it with &apos;account add --remember-password&apos;.</source>
        <translation>账户 %1 的 API 令牌需凭其密码管理：请用 --password-stdin 从标准输入传入密码，或用“account add --remember-password”记住密码。</translation>
    </message>
    <message>
        <source>That was the remembered password. Pass the current one with --password-stdin.</source>
        <translation>以上使用的是已记住的密码。请用 --password-stdin 传入当前密码。</translation>
    </message>
    <message>
        <source>Unknown tokens subcommand &quot;%1&quot; (list, create, delete).</source>
        <translation>未知的 tokens 子命令“%1”（可用：list、create、delete）。</translation>
    </message>
    <message>
        <source>tokens takes no arguments.</source>
        <translation>tokens 不接受参数。</translation>
    </message>
    <message>
        <source>No API tokens.</source>
        <translation>没有 API 令牌。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Tokens are masked; --reveal shows them whole.</source>
        <translation>令牌已部分隐藏；加上 --reveal 可显示完整令牌。</translation>
    </message>
    <message>
        <source>tokens create takes exactly one NAME.</source>
        <translation>tokens create 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>Created the API token &quot;%1&quot;. Keep it as secret as a password.</source>
        <translation>已创建 API 令牌“%1”。请像保管密码一样妥善保管它。</translation>
    </message>
    <message>
        <source>tokens delete needs at least one TOKEN (its value or its name).</source>
        <translation>tokens delete 至少需要一个 TOKEN（令牌的值或名称）。</translation>
    </message>
    <message>
        <source>%1 is the API token the account %2 signs in with: deleting it would lock suanli-cli out of the account. Add the account again with another token first (account remove, then account add), then delete this one.</source>
        <translation>%1 是账户 %2 登录所用的 API 令牌：删除它会导致 suanli-cli 无法再访问该账户。请先用其他令牌重新添加账户（先 account remove，再 account add），然后再删除此令牌。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>Deleting an API token cannot be undone; whatever uses it stops working.</source>
        <translation>删除 API 令牌后无法撤销；所有使用它的程序都将无法工作。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was done. Add --yes to delete %n token(s).</source>
        <translation>
            <numerusform>未执行任何操作。如确需删除这 %n 个令牌，请加上 --yes。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API tokens are named &quot;%1&quot;: give the token&apos;s value instead.</source>
        <translation>
            <numerusform>有 %n 个 API 令牌都名为“%1”：请改为指定令牌的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such API token in account %2.</source>
        <translation>%1：账户 %2 中没有此 API 令牌。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Deleted the API token &quot;%1&quot; (%2).</source>
        <translation>已删除 API 令牌“%1”（%2）。</translation>
    </message>
    <message>
        <source>products takes no arguments.</source>
        <translation>products 不接受参数。</translation>
    </message>
    <message>
        <source>GPU TYPE</source>
        <translation>GPU 类型</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>区</translation>
    </message>
    <message>
        <source>GPUS FREE</source>
        <translation>空闲 GPU</translation>
    </message>
    <message>
        <source>GPU RAM</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>DISKS</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 + %2 GB, up to %3 GB more</source>
        <translation>%1 + %2 GB，最多可再扩容 %3 GB</translation>
    </message>
    <message>
        <source>The 慧星云 API gives no prices; see them in the web console.</source>
        <translation>慧星云的 API 不提供价格；请在网页控制台查看。</translation>
    </message>
    <message>
        <source>apps takes no arguments.</source>
        <translation>apps 不接受参数。</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>%1 + %2 GB</source>
        <translation>%1 + %2 GB</translation>
    </message>
    <message>
        <source>images takes no arguments, only options.</source>
        <translation>images 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>Your own images belong to a zone, not a GPU type: use --mine --room ZONE.</source>
        <translation>你自己的镜像属于某个区，而不是某种 GPU 类型：请使用 --mine --room ZONE。</translation>
    </message>
    <message>
        <source>No images of your own.</source>
        <translation>没有你自己的镜像。</translation>
    </message>
    <message>
        <source>No images.</source>
        <translation>没有镜像。</translation>
    </message>
    <message>
        <source>IMAGE ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>buy takes no arguments, only options.</source>
        <translation>buy 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;suanli-cli products&apos; and &apos;suanli-cli images&apos;).</source>
        <translation>必须指定 --%1（参见“suanli-cli products”和“suanli-cli images”）。</translation>
    </message>
    <message>
        <source>--pay takes hourly, daily or monthly, not &quot;%1&quot;.</source>
        <translation>--pay 应为 hourly、daily 或 monthly，而不是“%1”。</translation>
    </message>
    <message>
        <source>No product has the GPU type &quot;%1&quot;. See: suanli-cli products</source>
        <translation>没有 GPU 类型为“%1”的产品。请查看：suanli-cli products</translation>
    </message>
    <message>
        <source>The image %1 cannot be used for %2 (zone %3). See: suanli-cli images --gpu-type %2</source>
        <translation>镜像 %1 不能用于 %2（区 %3）。请查看：suanli-cli images --gpu-type %2</translation>
    </message>
    <message numerus="yes">
        <source>Buying costs money: %n instance(s) of %1 with %2 GPU(s) each, billed %3.</source>
        <translation>
            <numerusform>购买会产生费用：%n 个 %1 实例，每个 %2 张 GPU，%3计费。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to buy.</source>
        <translation>未执行任何操作。加上 --yes 即可购买。</translation>
    </message>
    <message>
        <source>buy-app takes no arguments, only options.</source>
        <translation>buy-app 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;suanli-cli apps&apos;).</source>
        <translation>必须指定 --%1（参见“suanli-cli apps”）。</translation>
    </message>
    <message>
        <source>No application &quot;%1&quot;. Known: %2.</source>
        <translation>没有应用“%1”。已知应用：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Buying costs money: %n instance(s) of %1, billed %2.</source>
        <translation>
            <numerusform>购买会产生费用：%n 个 %1 实例，%2计费。</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost, so the order may have been placed. Check with &apos;suanli-cli list&apos; before ordering again.</source>
        <translation>未收到响应，订单可能已经提交。请先用“suanli-cli list”确认，再决定是否重新下单。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the instances of %n order(s)…</source>
        <translation>
            <numerusform>正在等待 %n 个订单的实例…</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>订单号：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Nothing was bought.</source>
        <translation>未购买任何实例。</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n instance(s) were bought; the rest failed. The ones bought are billed.</source>
        <translation>
            <numerusform>%n 个实例中只购买成功 %1 个，其余均失败。已购买的实例会计费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The order was placed, but its instances did not show up within %n second(s). See: suanli-cli list</source>
        <translation>
            <numerusform>订单已提交，但其实例未在 %n 秒内出现。请查看：suanli-cli list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bought %n instance(s).</source>
        <translation>
            <numerusform>已购买 %n 个实例。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HuixingyunMapping</name>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>“%1”中的条目不是对象</translation>
    </message>
    <message>
        <source>no answer for this instance</source>
        <translation>平台未返回此实例的结果</translation>
    </message>
    <message>
        <source>慧星云 rejected the username or password.</source>
        <translation>慧星云拒绝了该用户名或密码。</translation>
    </message>
    <message>
        <source>慧星云 rejected the username or password: %1</source>
        <translation>慧星云拒绝了该用户名或密码：%1</translation>
    </message>
    <message>
        <source>慧星云 rejected the API token. Create a new token from your username and password and enter it again.</source>
        <translation>慧星云拒绝了该 API 令牌。请用你的用户名和密码创建新的令牌，然后重新输入。</translation>
    </message>
    <message>
        <source>慧星云 rejected the API token (%1). Create a new token from your username and password and enter it again.</source>
        <translation>慧星云拒绝了该 API 令牌（%1）。请用你的用户名和密码创建新的令牌，然后重新输入。</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>the answer has no &quot;token&quot;</source>
        <translation>响应中缺少“token”</translation>
    </message>
    <message>
        <source>the new token has no value</source>
        <translation>新令牌没有值</translation>
    </message>
    <message>
        <source>the answer has no &quot;tokens&quot;</source>
        <translation>响应中缺少“tokens”</translation>
    </message>
    <message>
        <source>a token has no value</source>
        <translation>某个令牌没有值</translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot;</source>
        <translation>响应中缺少“success”</translation>
    </message>
    <message>
        <source>The platform did not confirm the request.</source>
        <translation>平台未确认该请求。</translation>
    </message>
    <message>
        <source>a product has no &quot;gpu_type&quot;</source>
        <translation>某个产品缺少“gpu_type”</translation>
    </message>
    <message>
        <source>an application has no &quot;app_type&quot;</source>
        <translation>某个应用缺少“app_type”</translation>
    </message>
    <message>
        <source>an image has no &quot;image_id&quot;</source>
        <translation>某个镜像缺少“image_id”</translation>
    </message>
    <message>
        <source>the answer says nothing about the order</source>
        <translation>响应中没有任何订单信息</translation>
    </message>
    <message>
        <source>the answer has no &quot;items&quot;</source>
        <translation>响应中缺少“items”</translation>
    </message>
    <message>
        <source>an instance has no &quot;gid&quot;</source>
        <translation>某个实例缺少“gid”</translation>
    </message>
    <message>
        <source>failed without a reason</source>
        <translation>失败，未说明原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot; or &quot;fails&quot; list</source>
        <translation>响应中既没有“success”列表，也没有“fails”列表</translation>
    </message>
    <message>
        <source>the platform reported a failure without a reason</source>
        <translation>平台报告失败，但未说明原因</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (card-less)</source>
        <translation>%1（无卡）</translation>
    </message>
</context>
<context>
    <name>OrderResults</name>
    <message numerus="yes">
        <source>Ordered: %n instance(s) created.</source>
        <translation>
            <numerusform>订购完成：已创建 %n 个实例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was ordered: %n instance(s) failed.</source>
        <translation>
            <numerusform>未订购任何实例：%n 个实例失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly ordered: %1 instance(s) created, %2 failed.</source>
        <translation>部分订购成功：已创建 %1 个实例，%2 个失败。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Failed; the platform gave no reason.</source>
        <translation>失败；平台未说明原因。</translation>
    </message>
</context>
<context>
    <name>PlatformRegistry</name>
    <message>
        <source>晨羽智云 Chenyu</source>
        <translation>晨羽智云</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Copy the API key (K值) from the web console at chenyu.cn/console/apiServer.</source>
        <translation>请在网页控制台 chenyu.cn/console/apiServer 复制 API 密钥（K值）。</translation>
    </message>
    <message>
        <source>慧星云 Huixingyun</source>
        <translation>慧星云</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>慧星云 makes API tokens from your username and password: paste a token you already have, or let the console create one with your password. The token is kept in the keychain; the password only when you ask for it to be remembered.</source>
        <translation>慧星云用你的用户名和密码生成 API 令牌：请粘贴已有的令牌，或让控制台用你的密码创建一个。令牌保存在钥匙串中；只有在你要求记住密码时，才会保存密码。</translation>
    </message>
</context>
<context>
    <name>ResourceCommands</name>
    <message>
        <source>list takes no arguments: %1</source>
        <translation>list 不接受参数：%1</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Valid kinds: %2.</source>
        <translation>未知类型“%1”。有效类型：%2。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Valid statuses: %2.</source>
        <translation>未知状态“%1”。有效状态：%2。</translation>
    </message>
    <message>
        <source>No accounts. Add one with: suanli-cli account add NAME --platform PLATFORM</source>
        <translation>没有账户。可用以下命令添加：suanli-cli account add NAME --platform PLATFORM</translation>
    </message>
    <message>
        <source>No resources.</source>
        <translation>没有资源。</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>PRICE/H</source>
        <translation>单价/小时</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>show takes exactly one ID.</source>
        <translation>show 只接受一个 ID。</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>单价/小时</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Web URL</source>
        <translation>网页地址</translation>
    </message>
    <message>
        <source>Actions now</source>
        <translation>当前可用操作</translation>
    </message>
    <message>
        <source>%1 needs at least one ID.</source>
        <translation>%1 至少需要一个 ID。</translation>
    </message>
    <message>
        <source>%1 does not support &quot;%2&quot;.</source>
        <translation>%1不支持“%2”。</translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to %1 %2.</source>
        <translation>未执行任何操作。如确需执行 %1 %2，请加上 --yes。</translation>
    </message>
    <message>
        <source>%1: no such resource in account %2.</source>
        <translation>%1：账户 %2 中没有此资源。</translation>
    </message>
    <message>
        <source>%1: cannot %2 now (status %3): %4</source>
        <translation>%1：当前无法执行 %2（状态 %3）：%4</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>未执行任何操作。</translation>
    </message>
    <message>
        <source>%1 %2: accepted</source>
        <translation>%1 %2：平台已受理</translation>
    </message>
    <message>
        <source>balance takes no arguments.</source>
        <translation>balance 不接受参数。</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>EXTRAS</source>
        <translation>附加额度</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n item(s)</source>
        <translation>
            <numerusform>共 %n 项，合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>SSH 主机</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>(hidden; use --reveal-password)</source>
        <translation>（已隐藏；使用 --reveal-password 显示）</translation>
    </message>
    <message>
        <source>rebuild needs --image IMAGE_ID (see &apos;suanli-cli images&apos;).</source>
        <translation>rebuild 需要 --image IMAGE_ID（参见“suanli-cli images”）。</translation>
    </message>
    <message>
        <source>snapshot takes exactly one ID: an image is saved from one instance at a time.</source>
        <translation>snapshot 只接受一个 ID：每次只能从一个实例保存镜像。</translation>
    </message>
    <message>
        <source>snapshot needs --name NAME for the new image.</source>
        <translation>snapshot 需要用 --name NAME 指定新镜像的名称。</translation>
    </message>
    <message>
        <source>--pay takes daily or monthly, not &quot;%1&quot;.</source>
        <translation>--pay 应为 daily 或 monthly，而不是“%1”。</translation>
    </message>
    <message>
        <source>renew needs --periods N (days or months, as the instance is billed).</source>
        <translation>renew 需要 --periods N（按实例的计费模式，单位为天或月）。</translation>
    </message>
    <message>
        <source>--periods takes a whole number of days or months, not &quot;%1&quot;.</source>
        <translation>--periods 应为天数或月数（整数），而不是“%1”。</translation>
    </message>
    <message>
        <source>The answer was lost, so the action may have been taken. Check with &apos;suanli-cli list&apos; before trying again.</source>
        <translation>未收到响应，操作可能已经执行。请先用“suanli-cli list”确认，再决定是否重试。</translation>
    </message>
    <message>
        <source>no answer for this id</source>
        <translation>平台未返回此 ID 的结果</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n failed.</source>
        <translation>
            <numerusform>%1：%n 个中有 %2 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 has no balance query in its API; see the balance in its web console.</source>
        <translation>%1：%2的 API 不支持查询余额；请在其网页控制台查看余额。</translation>
    </message>
</context>
<context>
    <name>ResourceNames</name>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Dev environment</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>微调任务</translation>
    </message>
    <message>
        <source>Compute task</source>
        <translation>计算任务</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>在线服务</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评测任务</translation>
    </message>
    <message>
        <source>Video task</source>
        <translation>视频任务</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>开机中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>关机中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>TerminalLauncher</name>
    <message>
        <source>The platform gave no address to log in to.</source>
        <translation>平台未提供可登录的地址。</translation>
    </message>
    <message>
        <source>The address “%1” does not look like a host name; no terminal was opened.</source>
        <translation>地址“%1”看起来不像主机名；未打开终端。</translation>
    </message>
    <message>
        <source>No terminal was found (looked for x-terminal-emulator, gnome-terminal, konsole and xterm). Copy the SSH command instead.</source>
        <translation>未找到终端（已查找 x-terminal-emulator、gnome-terminal、konsole 和 xterm）。请改为复制 SSH 命令。</translation>
    </message>
    <message>
        <source>Neither Windows Terminal nor cmd was found. Copy the SSH command instead.</source>
        <translation>未找到 Windows Terminal 或 cmd。请改为复制 SSH 命令。</translation>
    </message>
    <message>
        <source>This system has no known terminal.</source>
        <translation>此系统上没有已知的终端。</translation>
    </message>
    <message>
        <source>The terminal script could not be written to %1: %2</source>
        <translation>无法将终端脚本写入 %1：%2</translation>
    </message>
    <message>
        <source>The terminal (%1) could not be started.</source>
        <translation>无法启动终端（%1）。</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n 张 GPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Run &apos;suanli-cli --help&apos; for usage.</source>
        <translation>运行“suanli-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>Run &apos;suanli-cli %1 --help&apos; for usage.</source>
        <translation>运行“suanli-cli %1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Usage: suanli-cli account list

Lists the accounts (no secrets).
</source>
        <translation>用法：suanli-cli account list

列出所有账户（不含密钥）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli account remove NAME

Removes the account and deletes its secret from the keychain.
</source>
        <translation>用法：suanli-cli account remove NAME

移除账户，并从钥匙串中删除其密钥。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli account check NAME

Checks the account&apos;s secret with the platform and prints its state
(online, auth-failed, offline).
</source>
        <translation>用法：suanli-cli account check NAME

向平台验证账户的密钥并打印其状态
（online、auth-failed、offline）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli account add|list|remove|check ...

Run &apos;suanli-cli account SUBCOMMAND --help&apos; for each.
</source>
        <translation>用法：suanli-cli account add|list|remove|check ...

各子命令的帮助请运行“suanli-cli account SUBCOMMAND --help”。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli list [--account NAME] [--kind KIND] [--status STATUS] [--include-destroyed]

Lists the resources of every account, or of one with --account.

  --kind KIND            instance, dev-env, training, fine-tune, compute-task, inference,
                         online-service, evaluation, video-task
  --status STATUS        pending, creating, starting, running, stopping, stopped, succeeded,
                         failed, destroyed, unknown
  --include-destroyed    also list destroyed resources (--all is the same)
</source>
        <translation>用法：suanli-cli list [--account NAME] [--kind KIND] [--status STATUS] [--include-destroyed]

列出所有账户的资源；指定 --account 时只列出该账户的资源。

  --kind KIND            instance, dev-env, training, fine-tune, compute-task, inference,
                         online-service, evaluation, video-task
  --status STATUS        pending, creating, starting, running, stopping, stopped, succeeded,
                         failed, destroyed, unknown
  --include-destroyed    同时列出已销毁的资源（--all 作用相同）
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli create --pod UUID --gpu-model UUID --image-tag TAG [--auto-start]
                         [--account NAME] [--yes]

Creates a 晨羽智云 instance (see &apos;pods&apos; and &apos;gpus&apos; for the ids) and prints its id.
It is billed once it runs, so --yes is required.
</source>
        <translation>用法：suanli-cli create --pod UUID --gpu-model UUID --image-tag TAG [--auto-start]
                        [--account NAME] [--yes]

创建一个晨羽智云实例（各 ID 可用“pods”和“gpus”查询）并打印它的 ID。
实例运行后即开始计费，因此必须加上 --yes。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli shutdown-at ID &quot;YYYY-MM-DD HH:MM:SS&quot; [--account NAME]
       suanli-cli shutdown-at ID --cancel [--account NAME]

Schedules (or cancels) the automatic shutdown of a 晨羽智云 instance. The time is China
Standard Time (UTC+8) wall-clock time, as the platform takes it, and must be in the future.
</source>
        <translation>用法：suanli-cli shutdown-at ID &quot;YYYY-MM-DD HH:MM:SS&quot; [--account NAME]
      suanli-cli shutdown-at ID --cancel [--account NAME]

为晨羽智云实例设置（或取消）定时关机。时间与平台的要求一致，为北京时间（UTC+8），
且必须晚于当前时间。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli gpus [--account NAME]

Lists the GPU models of 晨羽智云 with their prices.
</source>
        <translation>用法：suanli-cli gpus [--account NAME]

列出晨羽智云的 GPU 型号及其价格。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli pods [--account NAME] [--page N] [--page-size N] [--keyword K]

Lists the pods (application templates) of 晨羽智云; every page unless --page is given.
</source>
        <translation>用法：suanli-cli pods [--account NAME] [--page N] [--page-size N] [--keyword K]

列出晨羽智云的应用（pod，即应用模板）；未指定 --page 时列出全部页。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli bills [--account NAME] [--page N] [--page-size N] [--keyword K]

Lists charges of a 晨羽智云 account, newest first (page size 1 to 100, default 20).
</source>
        <translation>用法：suanli-cli bills [--account NAME] [--page N] [--page-size N] [--keyword K]

列出晨羽智云账户的账单，最新的在前（每页 1 到 100 条，默认 20 条）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli recharges [--account NAME] [--page N] [--page-size N] [--keyword K]

Lists top-ups of a 晨羽智云 account, newest first (page size 1 to 100, default 20).
</source>
        <translation>用法：suanli-cli recharges [--account NAME] [--page N] [--page-size N] [--keyword K]

列出晨羽智云账户的充值记录，最新的在前（每页 1 到 100 条，默认 20 条）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli [--config-dir DIR] [--json] [--lang LANG] [--verbose] COMMAND ...

Suanli Console on the command line: the accounts, resources and balances of GPU clouds.

Accounts:
  account add NAME --platform PLATFORM [--base-url URL] [--login USER]
                   [--option KEY=VALUE]... [--secret-stdin] [--insecure-storage]
                   [--password-stdin [--remember-password]]
  account list
  account remove NAME
  account check NAME

Resources (every account unless --account):
  list [--account NAME] [--kind KIND] [--status STATUS] [--include-destroyed]
  show ID [--account NAME] [--reveal-password]
  start|stop|restart|destroy ID... [--account NAME] [--yes]
  stop ID... --cardless [--account NAME]
  rebuild ID... --image IMAGE_ID [--account NAME] [--yes]
  snapshot ID --name NAME [--account NAME]
  lengthen ID... --pay daily|monthly [--account NAME] [--yes]
  renew ID... --periods N [--account NAME] [--yes]
  balance [--account NAME]

晨羽智云 Chenyu:
  create --pod UUID --gpu-model UUID --image-tag TAG [--auto-start] [--account NAME] [--yes]
  shutdown-at ID &quot;YYYY-MM-DD HH:MM:SS&quot; [--account NAME]
  shutdown-at ID --cancel [--account NAME]
  gpus [--account NAME]
  pods [--account NAME] [--page N] [--page-size N] [--keyword K]
  bills [--account NAME] [--page N] [--page-size N] [--keyword K]
  recharges [--account NAME] [--page N] [--page-size N] [--keyword K]

慧星云 Huixingyun:
  tokens [--account NAME] [--reveal] [--password-stdin]
  tokens create NAME [--account NAME] [--password-stdin]
  tokens delete TOKEN... [--account NAME] [--password-stdin] [--yes]
  products [--account NAME]
  apps [--account NAME]
  images [--account NAME] [--gpu-type TYPE | --mine [--room ZONE]]
  buy --product GPU_TYPE --image ID --pay hourly|daily|monthly [--count N] [--gpus N]
      [--extra-disk GB] [--wait] [--account NAME] [--yes]
  buy-app --app TYPE --pay hourly|daily|monthly [--count N] [--wait] [--account NAME] [--yes]

Global options:
  --config-dir DIR  use DIR for accounts.json and settings.ini (also SUANLI_CONFIG_DIR)
  --json            print results as UTF-8 JSON on stdout, with every message in English
  --lang LANG       the language of messages and tables: en or zh_CN
                    (default: from LC_ALL, LC_MESSAGES or LANG)
  --verbose         log every HTTP request (method, URL, status, time) on stderr
  --help            show help; COMMAND --help shows the command&apos;s help

Commands that need one account use the only one there is when --account is omitted.

Exit codes: 0 done, 1 failed (network or platform error), 2 usage error,
            3 authentication failed, 4 refused (needs --yes, or not supported).
</source>
        <translation>用法：suanli-cli [--config-dir DIR] [--json] [--lang LANG] [--verbose] COMMAND ...

算力控制台的命令行版本：管理 GPU 云平台的账户、资源和余额。

账户：
  account add NAME --platform PLATFORM [--base-url URL] [--login USER]
                   [--option KEY=VALUE]... [--secret-stdin] [--insecure-storage]
                   [--password-stdin [--remember-password]]
  account list
  account remove NAME
  account check NAME

资源（未指定 --account 时针对所有账户）：
  list [--account NAME] [--kind KIND] [--status STATUS] [--include-destroyed]
  show ID [--account NAME] [--reveal-password]
  start|stop|restart|destroy ID... [--account NAME] [--yes]
  stop ID... --cardless [--account NAME]
  rebuild ID... --image IMAGE_ID [--account NAME] [--yes]
  snapshot ID --name NAME [--account NAME]
  lengthen ID... --pay daily|monthly [--account NAME] [--yes]
  renew ID... --periods N [--account NAME] [--yes]
  balance [--account NAME]

晨羽智云：
  create --pod UUID --gpu-model UUID --image-tag TAG [--auto-start] [--account NAME] [--yes]
  shutdown-at ID &quot;YYYY-MM-DD HH:MM:SS&quot; [--account NAME]
  shutdown-at ID --cancel [--account NAME]
  gpus [--account NAME]
  pods [--account NAME] [--page N] [--page-size N] [--keyword K]
  bills [--account NAME] [--page N] [--page-size N] [--keyword K]
  recharges [--account NAME] [--page N] [--page-size N] [--keyword K]

慧星云：
  tokens [--account NAME] [--reveal] [--password-stdin]
  tokens create NAME [--account NAME] [--password-stdin]
  tokens delete TOKEN... [--account NAME] [--password-stdin] [--yes]
  products [--account NAME]
  apps [--account NAME]
  images [--account NAME] [--gpu-type TYPE | --mine [--room ZONE]]
  buy --product GPU_TYPE --image ID --pay hourly|daily|monthly [--count N] [--gpus N]
      [--extra-disk GB] [--wait] [--account NAME] [--yes]
  buy-app --app TYPE --pay hourly|daily|monthly [--count N] [--wait] [--account NAME] [--yes]

全局选项：
  --config-dir DIR  使用 DIR 保存 accounts.json 和 settings.ini（也可用 SUANLI_CONFIG_DIR 指定）
  --json            以 UTF-8 JSON 格式在标准输出打印结果，所有消息均为英文
  --lang LANG       消息和表格的语言：en 或 zh_CN
                    （默认取自 LC_ALL、LC_MESSAGES 或 LANG）
  --verbose         在标准错误输出中记录每个 HTTP 请求（方法、URL、状态码、耗时）
  --help            显示帮助；COMMAND --help 显示该命令的帮助

只作用于一个账户的命令省略 --account 时，使用仅有的那个账户。

退出码：0 完成，1 失败（网络或平台错误），2 用法错误，
        3 身份验证失败，4 已拒绝（需要 --yes，或不支持该操作）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli account add NAME --platform PLATFORM [--base-url URL] [--login USER]
                              [--option KEY=VALUE]... [--secret-stdin] [--insecure-storage]
                              [--password-stdin [--remember-password]]

Adds an account after checking its secret (API key, token or password) with the platform.
The secret is read from stdin with --secret-stdin (one line), otherwise asked for on the
terminal without echo. It is stored in the system keychain, never in a file, unless
--insecure-storage asks for an unencrypted file in the config dir instead.

  --platform PLATFORM  chenyu, huixingyun, unis or yuanjing
  --base-url URL       the platform&apos;s address (default: the platform&apos;s public one)
  --login USER         user name or phone, where the platform has one
  --option KEY=VALUE   a platform-specific setting; may be repeated
  --secret-stdin       read the secret from stdin
  --insecure-storage   keep secrets in an unencrypted file (for machines without keychain)
  --password-stdin     慧星云: read the account&apos;s password from stdin and create an API token
                       named &quot;Suanli Console @ HOST&quot; with it; only the token is stored
  --remember-password  慧星云: also keep the password in the keychain, for the tokens commands
</source>
        <translation>用法：suanli-cli account add NAME --platform PLATFORM [--base-url URL] [--login USER]
                             [--option KEY=VALUE]... [--secret-stdin] [--insecure-storage]
                             [--password-stdin [--remember-password]]

先向平台验证账户的密钥（API 密钥、令牌或密码），通过后再添加账户。
使用 --secret-stdin 时从标准输入读取密钥（一行），否则在终端上以不回显的方式询问。
密钥保存在系统钥匙串中，从不写入文件；除非用 --insecure-storage 要求改为保存在
配置目录中的未加密文件里。

  --platform PLATFORM  chenyu, huixingyun, unis 或 yuanjing
  --base-url URL       平台地址（默认为平台的公开地址）
  --login USER         用户名或手机号（平台需要时）
  --option KEY=VALUE   平台专用设置；可重复指定
  --secret-stdin       从标准输入读取密钥
  --insecure-storage   将密钥保存在未加密文件中（用于没有钥匙串的机器）
  --password-stdin     慧星云：从标准输入读取账户密码，并用它创建名为
                       “Suanli Console @ HOST”的 API 令牌；只保存令牌
  --remember-password  慧星云：同时将密码保存在钥匙串中，供 tokens 命令使用
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli show ID [--account NAME] [--reveal-password]

Shows one resource with every field and the actions it allows now.
An SSH password is shown only with --reveal-password.
</source>
        <translation>用法：suanli-cli show ID [--account NAME] [--reveal-password]

显示一个资源的全部字段，以及它当前允许的操作。
只有加上 --reveal-password 时才显示 SSH 密码。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli stop ID... [--cardless] [--account NAME] [--yes]

Asks the platform to stop the resources. With --cardless (慧星云&apos;s 无卡关机) the instance
gives its GPU back and keeps its disk; &apos;start&apos; later uses the matching start call.
Every id is checked before anything is sent; platforms that act on several ids in one
request answer per id.
</source>
        <translation>用法：suanli-cli stop ID... [--cardless] [--account NAME] [--yes]

请求平台将这些资源关机。指定 --cardless（慧星云的无卡关机）时，实例会释放 GPU、
保留磁盘；之后的“start”会调用与之对应的开机接口。
发送任何请求之前，会先检查每一个 ID；对于在一个请求中处理多个 ID 的平台，
会逐个 ID 给出结果。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli %1 ID... [--account NAME] [--yes]

Asks the platform to %1 the resources. Actions that cost money or cannot be undone
(destroy) need --yes. Every id is checked before anything is sent; platforms that act
on several ids in one request answer per id (exit 1 when some failed).
</source>
        <translation>用法：suanli-cli %1 ID... [--account NAME] [--yes]

请求平台对这些资源执行 %1。会产生费用或无法撤销的操作（destroy）需要加上 --yes。
发送任何请求之前，会先检查每一个 ID；对于在一个请求中处理多个 ID 的平台，
会逐个 ID 给出结果（部分失败时退出码为 1）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli rebuild ID... --image IMAGE_ID [--account NAME] [--yes]

Reinstalls the instances from an image (see &apos;images&apos;). This wipes the system disk, so
--yes is required. The image must run the same operating system.
</source>
        <translation>用法：suanli-cli rebuild ID... --image IMAGE_ID [--account NAME] [--yes]

用镜像（参见“images”）为这些实例重装系统。这会清空系统盘，因此必须加上 --yes。
镜像的操作系统必须与实例相同。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli snapshot ID --name NAME [--account NAME]

Saves one instance as an image of your own. It is saved in the background and shows up
in &apos;images --mine&apos; when done.
</source>
        <translation>用法：suanli-cli snapshot ID --name NAME [--account NAME]

将一个实例保存为你自己的镜像。镜像在后台保存，完成后会出现在“images --mine”中。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli lengthen ID... --pay daily|monthly [--account NAME] [--yes]

Changes hourly billing to daily or monthly, or daily to monthly. It charges the prepaid
period now and cannot be undone, so --yes is required.
</source>
        <translation>用法：suanli-cli lengthen ID... --pay daily|monthly [--account NAME] [--yes]

将按小时计费改为按天或按月计费，或将按天计费改为按月计费。此操作会立即扣除
预付周期的费用，且无法撤销，因此必须加上 --yes。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli renew ID... --periods N [--account NAME] [--yes]

Extends prepaid instances by N periods of their billing: 1, 3 or 7 days, or 1, 3 or 12
months. It costs money, so --yes is required.
</source>
        <translation>用法：suanli-cli renew ID... --periods N [--account NAME] [--yes]

按实例的计费周期为预付费实例续费 N 个周期：1、3 或 7 天，或 1、3 或 12 个月。
续费会产生费用，因此必须加上 --yes。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli tokens [--account NAME] [--reveal] [--password-stdin]
       suanli-cli tokens create NAME [--account NAME] [--password-stdin]
       suanli-cli tokens delete TOKEN... [--account NAME] [--password-stdin] [--yes]

Lists, creates or deletes the API tokens of a 慧星云 account. Tokens are masked unless
--reveal is given; create prints the new token. delete takes tokens or their names, needs
--yes, and refuses the token the account itself uses. These calls need the account&apos;s
password: the remembered one (account add --remember-password), else from stdin with
--password-stdin, else asked for on the terminal.
</source>
        <translation>用法：suanli-cli tokens [--account NAME] [--reveal] [--password-stdin]
      suanli-cli tokens create NAME [--account NAME] [--password-stdin]
      suanli-cli tokens delete TOKEN... [--account NAME] [--password-stdin] [--yes]

列出、创建或删除慧星云账户的 API 令牌。除非指定 --reveal，否则令牌会部分隐藏；
create 会打印新令牌。delete 接受令牌或其名称，需要加上 --yes，并拒绝删除账户
自身正在使用的令牌。这些操作需要账户密码：优先使用已记住的密码（account add
--remember-password），其次从标准输入读取（--password-stdin），否则在终端上询问。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli products [--account NAME]

Lists the GPU types of 慧星云 with the GPUs free per order, zone and disks.
</source>
        <translation>用法：suanli-cli products [--account NAME]

列出慧星云的 GPU 类型，以及单笔订单可用的空闲 GPU 数、所在区和磁盘。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli apps [--account NAME]

Lists the one-click applications of 慧星云.
</source>
        <translation>用法：suanli-cli apps [--account NAME]

列出慧星云的一键应用。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli images [--account NAME] [--gpu-type TYPE | --mine [--room ZONE]]

Lists the public images of a GPU type (of every product without --gpu-type), or with
--mine your own images in a zone (in every zone without --room).
</source>
        <translation>用法：suanli-cli images [--account NAME] [--gpu-type TYPE | --mine [--room ZONE]]

列出某种 GPU 类型的公共镜像（未指定 --gpu-type 时列出所有产品的）；指定 --mine 时
列出你自己在某个区中的镜像（未指定 --room 时列出所有区的）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli buy --product GPU_TYPE --image ID --pay hourly|daily|monthly [--count N]
                      [--gpus N] [--extra-disk GB] [--wait] [--account NAME] [--yes]

Buys 慧星云 instances (see &apos;products&apos; and &apos;images&apos;): --count instances (default 1) with
--gpus GPUs each (default 1) and an extra data disk in steps of 100 GB. The order is
checked against the product first and sent once; it costs money, so --yes is required.
Prints the order ids, or with --wait the ids of the new instances (waiting up to 5 minutes).
Exit 1 when any instance of the order failed.
</source>
        <translation>用法：suanli-cli buy --product GPU_TYPE --image ID --pay hourly|daily|monthly [--count N]
                     [--gpus N] [--extra-disk GB] [--wait] [--account NAME] [--yes]

购买慧星云实例（参见“products”和“images”）：共 --count 个实例（默认 1 个），每个
--gpus 张 GPU（默认 1 张），额外数据盘以 100 GB 为单位增加。订单会先与产品核对，
然后只发送一次；购买会产生费用，因此必须加上 --yes。
打印订单号；指定 --wait 时打印新实例的 ID（最多等待 5 分钟）。
订单中有任何实例失败时，退出码为 1。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli buy-app --app TYPE --pay hourly|daily|monthly [--count N] [--wait]
                          [--account NAME] [--yes]

Buys instances of a 慧星云 one-click application (see &apos;apps&apos;). It costs money, so --yes
is required. Prints the order ids, or with --wait the ids of the new instances.
</source>
        <translation>用法：suanli-cli buy-app --app TYPE --pay hourly|daily|monthly [--count N] [--wait]
                         [--account NAME] [--yes]

购买慧星云一键应用的实例（参见“apps”）。购买会产生费用，因此必须加上 --yes。
打印订单号；指定 --wait 时打印新实例的 ID。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli balance [--account NAME]

Shows the balance of every account, or of one.
Accounts on platforms without a balance query are skipped with a note.
</source>
        <translation>用法：suanli-cli balance [--account NAME]

显示所有账户的余额，或指定账户的余额。
所在平台不支持查询余额的账户会被跳过，并附上说明。
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Suanli Console: one desktop console for GPU clouds.</source>
        <translation>算力控制台：GPU 云的统一桌面控制台。</translation>
    </message>
    <message>
        <source>Use DIR for the accounts and settings.</source>
        <translation>使用 DIR 保存账户和设置。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Use this language: en or zh_CN.</source>
        <translation>使用指定语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Save an image of the window to FILE once it has loaded, then quit.</source>
        <translation>加载完成后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en or zh_CN.</source>
        <translation>未知语言“%1”；请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation>模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>No temporary folder for the demo profile: %1</source>
        <translation>无法为演示配置创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Demo: a simulated 晨羽智云 answers at %1.</source>
        <translation>演示：模拟的晨羽智云运行在 %1。</translation>
    </message>
    <message>
        <source>Accounts file damaged</source>
        <translation>账户文件已损坏</translation>
    </message>
    <message>
        <source>The accounts file could not be read; it was left as it is.

%1</source>
        <translation>无法读取账户文件，已原样保留。

%1</translation>
    </message>
    <message>
        <source>Start with simulated platforms in a temporary profile; your own accounts and keychain are not touched.</source>
        <translation>使用模拟平台和临时配置启动；不会触及你自己的账户和钥匙串。</translation>
    </message>
    <message>
        <source>Demo: a simulated 慧星云 answers at %1.</source>
        <translation>演示：模拟的慧星云运行在 %1。</translation>
    </message>
</context>
<context>
    <name>suanli::InsecureFileSecretStore</name>
    <message>
        <source>Unencrypted file (insecure)</source>
        <translation>未加密文件（不安全）</translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted in a file readable only by your user. Anyone with access to your user account or its backups can read them.</source>
        <translation>密钥以未加密形式保存在仅当前用户可读的文件中。任何能访问你的用户账户或其备份的人都能读取它们。</translation>
    </message>
    <message>
        <source>The secrets file could not be written: %1</source>
        <translation>无法写入密钥文件：%1</translation>
    </message>
    <message>
        <source>The secrets file could not be read: %1</source>
        <translation>无法读取密钥文件：%1</translation>
    </message>
</context>
<context>
    <name>suanli::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The secret is kept for this session only and must be entered again after a restart.</source>
        <translation>系统钥匙串不可用（%1）。密钥仅在本次运行期间保留，重启后需要重新输入。</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation>钥匙串拒绝保存密钥：%1</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <source>The keychain entry could not be removed: %1</source>
        <translation>无法删除钥匙串条目：%1</translation>
    </message>
</context>
<context>
    <name>suanli::MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation>仅本次运行</translation>
    </message>
</context>
<context>
    <name>suanli::SecretStore</name>
    <message>
        <source>No saved secret for this account; enter it again.</source>
        <translation>此账户没有已保存的密钥，请重新输入。</translation>
    </message>
</context>
<context>
    <name>suanli::chenyu::ChenyuProvider</name>
    <message>
        <source>晨羽智云 has no plain power-off: its &quot;stop&quot; call destroys the instance. To power off without destroying, schedule a shutdown.</source>
        <translation>晨羽智云没有单纯的关机操作：它的“stop”接口会销毁实例。如需关机而不销毁，请使用定时关机。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>A running instance is billed by the hour.</source>
        <translation>运行中的实例按小时计费。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Schedule shutdown…</source>
        <translation>定时关机…</translation>
    </message>
    <message>
        <source>Cancel scheduled shutdown</source>
        <translation>取消定时关机</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>销毁…</translation>
    </message>
    <message>
        <source>Destroying deletes the instance and its data. This cannot be undone.</source>
        <translation>销毁会删除实例及其数据，且无法撤销。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Only a created or stopped instance can be started.</source>
        <translation>只有已创建或已关机的实例可以开机。</translation>
    </message>
    <message>
        <source>Only a running instance can be restarted.</source>
        <translation>只有运行中的实例可以重启。</translation>
    </message>
    <message>
        <source>Only a running instance can be shut down.</source>
        <translation>只有运行中的实例可以关机。</translation>
    </message>
    <message>
        <source>The instance has been destroyed.</source>
        <translation>该实例已被销毁。</translation>
    </message>
    <message>
        <source>The instance has already been destroyed.</source>
        <translation>该实例已经销毁。</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>请先输入 API 密钥。</translation>
    </message>
    <message>
        <source>No instance with id %1.</source>
        <translation>没有 ID 为 %1 的实例。</translation>
    </message>
    <message>
        <source>Choose a shutdown time in the future.</source>
        <translation>请选择一个将来的关机时间。</translation>
    </message>
    <message>
        <source>%1: %2 — accepted by the platform.</source>
        <translation>%1：%2 — 平台已受理。</translation>
    </message>
    <message>
        <source>%1: %2 — failed: %3</source>
        <translation>%1：%2 — 失败：%3</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>shutdown scheduled for %1</source>
        <translation>已设置定时关机：%1</translation>
    </message>
    <message>
        <source>scheduled shutdown cancelled</source>
        <translation>已取消定时关机</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>晨羽智云 does not offer this action.</source>
        <translation>晨羽智云不提供此操作。</translation>
    </message>
</context>
<context>
    <name>suanli::chenyu::Client</name>
    <message>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>recharge history</source>
        <translation>充值记录</translation>
    </message>
    <message>
        <source>bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>pod list</source>
        <translation>应用列表</translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>instance list</source>
        <translation>实例列表</translation>
    </message>
    <message>
        <source>instance status</source>
        <translation>实例状态</translation>
    </message>
    <message>
        <source>create instance</source>
        <translation>创建实例</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>scheduled shutdown</source>
        <translation>定时关机</translation>
    </message>
    <message>
        <source>cancel scheduled shutdown</source>
        <translation>取消定时关机</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>销毁</translation>
    </message>
</context>
<context>
    <name>suanli::cli::CliContext</name>
    <message>
        <source>No account named &quot;%1&quot;. See: suanli-cli account list</source>
        <translation>没有名为“%1”的账户。请查看：suanli-cli account list</translation>
    </message>
    <message>
        <source>No account yet. Add one with: suanli-cli account add NAME --platform PLATFORM</source>
        <translation>尚无账户。可用以下命令添加：suanli-cli account add NAME --platform PLATFORM</translation>
    </message>
    <message>
        <source>There are %1 accounts: choose one with --account NAME.</source>
        <translation>共有 %1 个账户：请用 --account NAME 选择一个。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is on the platform &quot;%2&quot;, which this build of suanli-cli does not support.</source>
        <translation>账户“%1”属于平台“%2”，此版本的 suanli-cli 不支持该平台。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a command for %2 accounts; %3 is a %4 account.</source>
        <translation>“%1”是用于%2账户的命令；%3 是 %4 账户。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::AccountManager</name>
    <message>
        <source>No saved secret for this account; enter it again.</source>
        <translation>此账户没有已保存的密钥，请重新输入。</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>已添加账户。</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>没有这个账户。</translation>
    </message>
    <message>
        <source>Account renamed from &quot;%1&quot;.</source>
        <translation>账户已由“%1”重命名。</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>已移除账户。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::AccountTab</name>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Enter %1…</source>
        <translation>输入%1…</translation>
    </message>
    <message>
        <source>The platform did not accept the credentials: %1</source>
        <translation>平台未接受该凭据：%1</translation>
    </message>
    <message numerus="yes">
        <source>Could not read the list: %1 — trying again in %n second(s).</source>
        <translation>
            <numerusform>无法读取列表：%1 —— %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s API has no balance endpoint</source>
        <translation>%1的 API 没有查询余额的接口</translation>
    </message>
    <message>
        <source>This platform&apos;s API has no balance endpoint</source>
        <translation>此平台的 API 没有查询余额的接口</translation>
    </message>
</context>
<context>
    <name>suanli::gui::ActivityLogView</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>suanli::gui::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>How this account is shown in tabs and in the CLI</source>
        <translation>账户在标签页和命令行中显示的名称</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>接口地址(&amp;B)：</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>User name or phone number</source>
        <translation>用户名或手机号</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation>复制错误(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Verify and add</source>
        <translation>验证并添加(&amp;V)</translation>
    </message>
    <message>
        <source>The secret is kept in: %1. It is never written to the settings.</source>
        <translation>密钥保存在：%1。它不会写入设置文件。</translation>
    </message>
    <message>
        <source>The secret is kept for this session only.</source>
        <translation>密钥仅在本次运行期间保留。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Choose a platform.</source>
        <translation>请选择平台。</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>请输入账户名称。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的账户。</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, e.g. %1.</source>
        <translation>请输入平台地址，例如 %1。</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>This platform is not supported by this build.</source>
        <translation>此版本不支持该平台。</translation>
    </message>
    <message>
        <source>Checking the credentials with %1…</source>
        <translation>正在向%1验证凭据…</translation>
    </message>
    <message>
        <source>The platform did not accept these credentials: %1</source>
        <translation>平台未接受这些凭据：%1</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>An existing &amp;token</source>
        <translation>已有令牌(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Username and password</source>
        <translation>用户名和密码(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remember the password for token management</source>
        <translation>记住密码，用于管理令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Listing, creating and deleting API tokens needs the password. Without this, it is asked for when needed and kept until Suanli Console quits.</source>
        <translation>列出、创建和删除 API 令牌都需要密码。不勾选此项时，会在需要时询问密码，并保留到算力控制台退出为止。</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your username on the platform</source>
        <translation>你在该平台上的用户名</translation>
    </message>
    <message>
        <source>Optional: needed to list, create and delete API tokens</source>
        <translation>可选：列出、创建和删除 API 令牌时需要</translation>
    </message>
    <message>
        <source>A token named “%1” is created for this computer and checked by listing your instances. The token is the account&apos;s secret; the password is kept only if you tick the box.</source>
        <translation>将为这台电脑创建一个名为“%1”的令牌，并通过列出你的实例来验证它。令牌即该账户的密钥；只有勾选该选项时才会保存密码。</translation>
    </message>
    <message>
        <source>Paste an API token you already have; it is the account&apos;s secret. The username is needed only to list, create and delete tokens later.</source>
        <translation>请粘贴你已有的 API 令牌，它就是该账户的密钥。用户名仅在以后列出、创建和删除令牌时需要。</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Creating an API token for this computer with %1…</source>
        <translation>正在通过%1为这台电脑创建 API 令牌…</translation>
    </message>
    <message>
        <source>No token could be created with this username and password: %1</source>
        <translation>无法用此用户名和密码创建令牌：%1</translation>
    </message>
</context>
<context>
    <name>suanli::gui::BalancePanel</name>
    <message>
        <source>Cash plus what is left on compute cards that have not expired.</source>
        <translation>现金余额加上未过期算力卡的剩余额度。</translation>
    </message>
    <message>
        <source>Compute card</source>
        <translation>算力卡</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余额度</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>余额：…</translation>
    </message>
    <message>
        <source>Cash &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>现金余额 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message numerus="yes">
        <source>Compute cards %1 (%n usable) ▾</source>
        <translation>
            <numerusform>算力卡 %1（%n 张可用）▾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compute card(s) in total; click for the details.</source>
        <translation>
            <numerusform>共 %n 张算力卡，点击查看详情。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spendable &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>可用总额 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Balance unavailable</source>
        <translation>余额不可用</translation>
    </message>
</context>
<context>
    <name>suanli::gui::BatchResultDialog</name>
    <message>
        <source>%1 — result</source>
        <translation>%1 — 结果</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No answer for this instance; check the list.</source>
        <translation>平台未返回此实例的结果，请查看列表确认。</translation>
    </message>
    <message numerus="yes">
        <source>Done for all %n instance(s).</source>
        <translation>
            <numerusform>全部 %n 个实例均已完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed for all %n instance(s).</source>
        <translation>
            <numerusform>全部 %n 个实例均失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done for %1 of %2 instances; %3 failed.</source>
        <translation>%2 个实例中 %1 个已完成，%3 个失败。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::BuyApplicationDialog</name>
    <message>
        <source>Buy application</source>
        <translation>购买应用</translation>
    </message>
    <message>
        <source>&amp;Application (慧星云 picks the GPU, zone and image):</source>
        <translation>应用(&amp;A)（由慧星云选择 GPU、区和镜像）：</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>实例数量(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>计费模式(&amp;B)：</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Buying costs money. 慧星云&apos;s API gives no price, so none is shown here: check the price in the 慧星云 web console before you order.</source>
        <translation>购买会产生费用。慧星云的 API 不提供价格，因此这里不显示价格：下单前请在慧星云网页控制台查看价格。</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>购买(&amp;B)…</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Loading the applications…</source>
        <translation>正在加载应用…</translation>
    </message>
    <message>
        <source>The applications could not be loaded: %1</source>
        <translation>无法加载应用：%1</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>慧星云 offers no application right now.</source>
        <translation>慧星云目前没有可购买的应用。</translation>
    </message>
    <message>
        <source>Choose an application.</source>
        <translation>请选择应用。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of %1</source>
        <translation>
            <numerusform>%n 个 %1 实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing: %1</source>
        <translation>计费模式：%1</translation>
    </message>
    <message>
        <source>Buy these application instances?</source>
        <translation>要购买这些应用实例吗？</translation>
    </message>
    <message>
        <source>This costs money from the moment the order is placed. 慧星云&apos;s API gives no price, so the cost is not shown here.</source>
        <translation>从下单那一刻起即开始产生费用。慧星云的 API 不提供价格，因此这里不显示费用。</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>正在下单…</translation>
    </message>
    <message>
        <source>No clear answer came back: the order may have been placed. The instance list is re-read; check it before ordering again.
%1</source>
        <translation>未收到明确的响应：订单可能已经提交。正在重新读取实例列表，请确认后再重新下单。
%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing was ordered: %1</source>
        <translation>未订购任何实例：%1</translation>
    </message>
</context>
<context>
    <name>suanli::gui::ChangeBillingDialog</name>
    <message>
        <source>Change billing</source>
        <translation>修改计费模式</translation>
    </message>
    <message>
        <source>• %1 — now %2</source>
        <translation>• %1 — 当前：%2</translation>
    </message>
    <message numerus="yes">
        <source>Change the billing of %n instance(s) to:</source>
        <translation>
            <numerusform>将 %n 个实例的计费模式改为：</numerusform>
        </translation>
    </message>
    <message>
        <source>慧星云&apos;s API gives no price, so the cost is not shown here: check it in the 慧星云 web console.</source>
        <translation>慧星云的 API 不提供价格，因此这里不显示费用：请在慧星云网页控制台查看。</translation>
    </message>
    <message>
        <source>&amp;Change billing…</source>
        <translation>修改计费模式(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>Switch %n instance(s) to %1 billing?</source>
        <translation>
            <numerusform>要将 %n 个实例改为%1计费吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>This charges the prepaid period now and cannot be undone: the instances never go back to hourly billing, and only hourly instances can be destroyed.</source>
        <translation>此操作会立即扣除预付周期的费用，且不可逆：这些实例再也无法改回按小时计费，而只有按小时计费的实例才能销毁。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::ChenyuPanels</name>
    <message>
        <source>Create instance…</source>
        <translation>创建实例…</translation>
    </message>
    <message>
        <source>Create a new instance (this costs money once it runs)</source>
        <translation>创建新实例（运行后开始计费）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid with card</source>
        <translation>抵扣算力卡</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>Trade no.</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>支付渠道</translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation>充值记录</translation>
    </message>
</context>
<context>
    <name>suanli::gui::CreateInstanceDialog</name>
    <message>
        <source>Create instance</source>
        <translation>创建实例</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>应用(&amp;A)：</translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation>镜像版本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Start the instance once it is created</source>
        <translation>创建后立即开机(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>创建(&amp;C)…</translation>
    </message>
    <message>
        <source>Billed by the hour while the instance runs. The application may add its own hourly price.</source>
        <translation>实例运行期间按小时计费；应用本身可能另有每小时费用。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Loading applications and GPU models…</source>
        <translation>正在加载应用和 GPU 型号…</translation>
    </message>
    <message>
        <source>The applications could not be loaded: %1</source>
        <translation>无法加载应用：%1</translation>
    </message>
    <message>
        <source>The GPU models could not be loaded: %1</source>
        <translation>无法加载 GPU 型号：%1</translation>
    </message>
    <message>
        <source>%1 — %2/h</source>
        <translation>%1 — %2/小时</translation>
    </message>
    <message>
        <source>Without a GPU: %1/h</source>
        <translation>无卡模式：%1/小时</translation>
    </message>
    <message>
        <source>The platform offers no application to create an instance from.</source>
        <translation>平台目前没有可用于创建实例的应用。</translation>
    </message>
    <message>
        <source>The platform offers no GPU model right now.</source>
        <translation>平台目前没有可用的 GPU 型号。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>每小时 %1</translation>
    </message>
    <message>
        <source>Choose an application, an image tag and a GPU model.</source>
        <translation>请选择应用、镜像版本和 GPU 型号。</translation>
    </message>
    <message>
        <source>It starts right away and costs %1 per hour while it runs.</source>
        <translation>实例将立即开机，运行期间每小时收费 %1。</translation>
    </message>
    <message>
        <source>It costs %1 per hour once it runs.</source>
        <translation>实例开机运行后每小时收费 %1。</translation>
    </message>
    <message>
        <source>Create an instance of %1 (%2) on %3?</source>
        <translation>要用 %3 创建 %1（%2）实例吗？</translation>
    </message>
    <message>
        <source>Creating the instance…</source>
        <translation>正在创建实例…</translation>
    </message>
    <message>
        <source>No clear answer came back: the instance may have been created. The instance list is re-read; check it before trying again.
%1</source>
        <translation>未收到明确的响应：实例可能已经创建。正在重新读取实例列表，请确认后再重试。
%1</translation>
    </message>
    <message>
        <source>The instance was not created: %1</source>
        <translation>实例未能创建：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>suanli::gui::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>suanli::gui::HeaderStateKeeper</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>suanli::gui::HuixingyunPanels</name>
    <message>
        <source>Not a 慧星云 account.</source>
        <translation>不是慧星云账户。</translation>
    </message>
    <message>
        <source>慧星云 answered without a token.</source>
        <translation>慧星云的响应中没有令牌。</translation>
    </message>
    <message>
        <source>Rent GPUs…</source>
        <translation>租用 GPU…</translation>
    </message>
    <message>
        <source>Buy application…</source>
        <translation>购买应用…</translation>
    </message>
    <message>
        <source>Rent GPU instances: type, image, count and billing (costs money; %1)</source>
        <translation>租用 GPU 实例：选择类型、镜像、数量和计费模式（会产生费用；%1）</translation>
    </message>
    <message>
        <source>Buy one-click application instances such as ComfyUI (costs money; %1)</source>
        <translation>购买 ComfyUI 等一键应用实例（会产生费用；%1）</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重装系统</translation>
    </message>
    <message>
        <source>Instances are rebuilt together only when they share the zone, the GPU type and the operating system. Select fewer instances.</source>
        <translation>只有区、GPU 类型和操作系统都相同的实例才能一起重装系统。请少选几个实例。</translation>
    </message>
    <message>
        <source>Change billing</source>
        <translation>修改计费模式</translation>
    </message>
    <message>
        <source>The selected instances have no billing mode in common to change to: hourly ones can go daily or monthly, daily ones only monthly.</source>
        <translation>所选实例没有共同可改的计费模式：按小时计费的可改为按天或按月，按天计费的只能改为按月。</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>The selected instances have no renewal period in common: daily ones renew for 1, 3 or 7 days, monthly ones for 1, 3 or 12 months.</source>
        <translation>所选实例没有共同的续费时长：按天计费的可续费 1、3 或 7 天，按月计费的可续费 1、3 或 12 个月。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::InstancesPage</name>
    <message>
        <source>Filter by name, ID or GPU… (Ctrl+F)</source>
        <translation>按名称、ID 或 GPU 筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not destroyed</source>
        <translation>未销毁</translation>
    </message>
    <message>
        <source>Show only resources in this state</source>
        <translation>只显示处于此状态的资源</translation>
    </message>
    <message>
        <source>Show only resources of this kind</source>
        <translation>只显示此类资源</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Re-read the list now (F5)</source>
        <translation>立即重新读取列表（F5）</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>这里还没有内容。</translation>
    </message>
    <message>
        <source>%1 — select a row first</source>
        <translation>%1 —— 请先选择一行</translation>
    </message>
    <message>
        <source>A request for this instance is under way.</source>
        <translation>此实例的请求正在进行中。</translation>
    </message>
    <message>
        <source>Destroy the instance “%1”?</source>
        <translation>确定要销毁实例“%1”吗？</translation>
    </message>
    <message>
        <source>%1 “%2”?</source>
        <translation>确定要%1“%2”吗？</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Destroyed from Suanli Console</source>
        <translation>由算力控制台销毁</translation>
    </message>
    <message>
        <source>%1 failed for “%2”.</source>
        <translation>“%2”的%1操作失败。</translation>
    </message>
    <message>
        <source>No clear answer came back, so the request may have been carried out. The list is being re-read to show what happened.</source>
        <translation>未收到明确的响应，请求可能已经执行。正在重新读取列表以确认实际结果。</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>复制密码</translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation>打开终端</translation>
    </message>
    <message>
        <source>No instances yet. Create one with “%1”.</source>
        <translation>还没有实例。可通过“%1”新建一个。</translation>
    </message>
    <message>
        <source>A request for one of the selected instances is under way.</source>
        <translation>所选实例中有一个的请求正在进行中。</translation>
    </message>
    <message>
        <source>%1 works on one instance at a time; select only one.</source>
        <translation>“%1”每次只能作用于一个实例，请只选择一个。</translation>
    </message>
    <message>
        <source>None of the selected instances allows this: %1</source>
        <translation>所选实例均不允许此操作：%1</translation>
    </message>
    <message>
        <source>Applies to %1 of the %2 selected instances; the others are reported as skipped: %3</source>
        <translation>适用于所选 %2 个实例中的 %1 个；其余实例将报告为已跳过：%3</translation>
    </message>
    <message>
        <source>Select one instance.</source>
        <translation>请选择一个实例。</translation>
    </message>
    <message>
        <source>The platform gave no SSH address for this instance (yet).</source>
        <translation>平台（尚）未提供此实例的 SSH 地址。</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <source>Open a terminal running the SSH command</source>
        <translation>打开终端并运行 SSH 命令</translation>
    </message>
    <message numerus="yes">
        <source>Copy the login password; the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>复制登录密码；剪贴板将在 %n 秒后清空</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform gave no password for this instance.</source>
        <translation>平台未提供此实例的密码。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new image:</source>
        <translation>新镜像的名称：</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n instance(s)?</source>
        <translation>
            <numerusform>确定要销毁 %n 个实例吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n instance(s)?</source>
        <translation>
            <numerusform>确定要对 %n 个实例执行“%1”吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected instance(s) cannot take this action and will be reported as skipped.</source>
        <translation>
            <numerusform>所选实例中有 %n 个无法执行此操作，将报告为已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: accepted for “%2”.</source>
        <translation>%1：平台已受理“%2”的请求。</translation>
    </message>
    <message>
        <source>(no clear answer: it may have been carried out; the list is re-read)</source>
        <translation>（未收到明确的响应：操作可能已经执行；正在重新读取列表）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message numerus="yes">
        <source>Password of “%1” copied; the clipboard is cleared in %n second(s) if it still holds it.</source>
        <translation>
            <numerusform>已复制“%1”的密码；如果剪贴板中仍是该密码，将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal opened: %1</source>
        <translation>已打开终端：%1</translation>
    </message>
    <message>
        <source>No terminal could be opened.</source>
        <translation>无法打开终端。</translation>
    </message>
    <message>
        <source>SSH command: %1</source>
        <translation>SSH 命令：%1</translation>
    </message>
</context>
<context>
    <name>suanli::gui::MainWindow</name>
    <message>
        <source>Suanli Console — 算力控制台 (demo)</source>
        <translation>算力控制台 — Suanli Console（演示）</translation>
    </message>
    <message>
        <source>Suanli Console — 算力控制台</source>
        <translation>算力控制台 — Suanli Console</translation>
    </message>
    <message>
        <source>Welcome to Suanli Console</source>
        <translation>欢迎使用算力控制台</translation>
    </message>
    <message>
        <source>Add an account of a GPU cloud to see its instances, balance and bills here.</source>
        <translation>添加一个 GPU 云平台账户，即可在这里查看它的实例、余额和账单。</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>Add account (Ctrl+N)</source>
        <translation>添加账户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name account…</source>
        <translation>重命名账户(&amp;N)…</translation>
    </message>
    <message>
        <source>Enter &amp;secret again…</source>
        <translation>重新输入密钥(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>移除账户(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation>下一个账户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous account</source>
        <translation>上一个账户(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>活动日志(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>筛选列表(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation>状态栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Create instance…</source>
        <translation>创建实例(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy the selected &amp;log entries</source>
        <translation>复制选中的日志条目(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Suanli Console</source>
        <translation>关于算力控制台(&amp;A)</translation>
    </message>
    <message>
        <source>About Suanli Console</source>
        <translation>关于算力控制台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Suanli Console %1&lt;/h3&gt;&lt;p&gt;One desktop console for the GPU clouds Chinese ML teams rent from: instances, balances and bills in one window.&lt;/p&gt;&lt;p&gt;Secrets stay in the system keychain; money is counted in fen, never rounded through floating point.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;算力控制台 %1&lt;/h3&gt;&lt;p&gt;面向国内机器学习团队的 GPU 云统一桌面控制台：实例、余额和账单尽在一个窗口。&lt;/p&gt;&lt;p&gt;密钥只保存在系统钥匙串中；金额以“分”为单位精确计算，从不经过浮点数舍入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>This build cannot open accounts of the platform “%1”.</source>
        <translation>此版本无法打开平台“%1”的账户。</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>尚无账户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>Spendable including compute cards: %1</source>
        <translation>含算力卡的可用总额：%1</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove the account “%1” from Suanli Console?</source>
        <translation>确定要从算力控制台移除账户“%1”吗？</translation>
    </message>
    <message>
        <source>Its secret is deleted from %1. Nothing changes on the platform: instances keep running and keep being billed.</source>
        <translation>它的密钥将从%1中删除。平台上的一切保持不变：实例会继续运行并继续计费。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>重命名账户</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation>输入%1</translation>
    </message>
    <message>
        <source>%1 for “%2”:</source>
        <translation>“%2”的%1：</translation>
    </message>
    <message>
        <source>This profile keeps secrets in memory only (%1).</source>
        <translation>此配置只在内存中保存密钥（%1）。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies the next time Suanli Console starts.</source>
        <translation>新的语言将在下次启动算力控制台时生效。</translation>
    </message>
    <message>
        <source>Unencrypted file</source>
        <translation>未加密文件</translation>
    </message>
    <message>
        <source>Keep secrets in an unencrypted file anyway?</source>
        <translation>仍要将密钥保存在未加密文件中吗？</translation>
    </message>
    <message>
        <source>Use the file</source>
        <translation>使用文件</translation>
    </message>
    <message>
        <source>Secrets not moved</source>
        <translation>密钥未迁移</translation>
    </message>
    <message>
        <source>The secrets could not be moved; nothing was changed.

%1</source>
        <translation>无法迁移密钥，未做任何更改。

%1</translation>
    </message>
    <message>
        <source>Secrets are now kept in: %1</source>
        <translation>密钥现保存在：%1</translation>
    </message>
    <message>
        <source>Secret kept for this session only</source>
        <translation>密钥仅在本次运行期间保留</translation>
    </message>
    <message>
        <source>Demo: simulated platforms, temporary profile</source>
        <translation>演示模式：模拟平台，临时配置</translation>
    </message>
</context>
<context>
    <name>suanli::gui::PagedTablePage</name>
    <message>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <source>Rows per page:</source>
        <translation>每页行数：</translation>
    </message>
    <message>
        <source>Filter by keyword (asked of the platform)…</source>
        <translation>按关键词筛选（由平台查询）…</translation>
    </message>
    <message>
        <source>Reload this page</source>
        <translation>重新加载本页</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>页，共 %1 页</translation>
    </message>
</context>
<context>
    <name>suanli::gui::PasswordDialog</name>
    <message>
        <source>&amp;Remember the password for token management</source>
        <translation>记住密码，用于管理令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Password for “%1”</source>
        <translation>“%1”的密码</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Without this, the password is kept until Suanli Console quits.</source>
        <translation>不勾选此项时，密码会保留到算力控制台退出为止。</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::RebuildDialog</name>
    <message>
        <source>Rebuild from an image</source>
        <translation>从镜像重装系统</translation>
    </message>
    <message numerus="yes">
        <source>Reinstall %n instance(s) in zone %1 from an image. Only images with the same operating system (%2) are offered: 慧星云 cannot reinstall across operating systems.</source>
        <translation>
            <numerusform>用镜像为区 %1 中的 %n 个实例重装系统。这里只列出操作系统相同（%2）的镜像：慧星云无法跨操作系统重装系统。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Rebuild…</source>
        <translation>重装系统(&amp;R)…</translation>
    </message>
    <message>
        <source>The images could not be loaded: %1</source>
        <translation>无法加载镜像：%1</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的镜像</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公共镜像</translation>
    </message>
    <message>
        <source>No image fits these instances.</source>
        <translation>没有适用于这些实例的镜像。</translation>
    </message>
    <message numerus="yes">
        <source>Reinstall %n instance(s) from “%1”?</source>
        <translation>
            <numerusform>要用“%1”为 %n 个实例重装系统吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重装系统</translation>
    </message>
    <message>
        <source>The system disk of each is wiped; this cannot be undone.</source>
        <translation>每个实例的系统盘都会被清空，且无法撤销。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::RenewDialog</name>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>• %1 — %2, expires %3</source>
        <translation>• %1 — %2，到期时间 %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n instance(s):</source>
        <translation>
            <numerusform>为 %n 个实例续费：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>续费时长(&amp;F)：</translation>
    </message>
    <message>
        <source>A period is a day for daily instances and a month for monthly ones.</source>
        <translation>按天计费的实例一个周期为一天，按月计费的实例一个周期为一个月。</translation>
    </message>
    <message>
        <source>慧星云&apos;s API gives no price, so the cost is not shown here: check it in the 慧星云 web console.</source>
        <translation>慧星云的 API 不提供价格，因此这里不显示费用：请在慧星云网页控制台查看。</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>续费(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n 个周期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n instance(s) for %1?</source>
        <translation>
            <numerusform>要为 %n 个实例续费 %1 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is charged for the extra time now.</source>
        <translation>续费时长的费用会立即从账户扣除。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::RentGpuDialog</name>
    <message>
        <source>Rent GPUs</source>
        <translation>租用 GPU</translation>
    </message>
    <message>
        <source>1. &amp;GPU type (GPUs left: the most one order can take now):</source>
        <translation>1. GPU 类型(&amp;G)（剩余 GPU：目前单笔订单最多可订购的数量）：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>2. &amp;Image:</source>
        <translation>2. 镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>3. &amp;Instances:</source>
        <translation>3. 实例数量(&amp;I)：</translation>
    </message>
    <message>
        <source>GP&amp;Us per instance:</source>
        <translation>每个实例的 GPU 数(&amp;U)：</translation>
    </message>
    <message>
        <source>Extra &amp;data disk:</source>
        <translation>额外数据盘(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>计费模式(&amp;B)：</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>&amp;Rent…</source>
        <translation>租用(&amp;R)…</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区</translation>
    </message>
    <message>
        <source>GPUs left</source>
        <translation>剩余 GPU</translation>
    </message>
    <message>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU 类型</translation>
    </message>
    <message>
        <source>Hourly instances can be destroyed once stopped; daily and monthly ones are paid ahead and run until they expire.</source>
        <translation>按小时计费的实例关机后即可销毁；按天和按月计费的实例需预付费用，并会一直运行到到期为止。</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Renting costs money. 慧星云&apos;s API gives no price, so none is shown here: check the price in the 慧星云 web console before you order.</source>
        <translation>租用会产生费用。慧星云的 API 不提供价格，因此这里不显示价格：下单前请在慧星云网页控制台查看价格。</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租用</translation>
    </message>
    <message>
        <source>Loading the GPU types…</source>
        <translation>正在加载 GPU 类型…</translation>
    </message>
    <message>
        <source>The GPU types could not be loaded: %1</source>
        <translation>无法加载 GPU 类型：%1</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No GPUs of this type are free right now.</source>
        <translation>此类型的 GPU 目前没有空闲。</translation>
    </message>
    <message>
        <source>慧星云 offers no GPU type right now.</source>
        <translation>慧星云目前没有可租用的 GPU 类型。</translation>
    </message>
    <message>
        <source>Every GPU type is sold out right now.</source>
        <translation>目前所有 GPU 类型均已售罄。</translation>
    </message>
    <message numerus="yes">
        <source>up to %n per instance now</source>
        <translation>
            <numerusform>目前每个实例最多 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>in steps of 100 GB, up to %1 GB; included: %2 GB system disk, %3 GB data disk</source>
        <translation>以 100 GB 为单位，最多 %1 GB；已含：%2 GB 系统盘、%3 GB 数据盘</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>正在加载镜像…</translation>
    </message>
    <message>
        <source>OS unknown</source>
        <translation>操作系统未知</translation>
    </message>
    <message>
        <source>%1 — %2 — my image</source>
        <translation>%1 — %2 — 我的镜像</translation>
    </message>
    <message>
        <source>%1 — %2 — public</source>
        <translation>%1 — %2 — 公共镜像</translation>
    </message>
    <message>
        <source>No image for this GPU type</source>
        <translation>此 GPU 类型没有可用镜像</translation>
    </message>
    <message>
        <source>The public images could not be loaded: %1</source>
        <translation>无法加载公共镜像：%1</translation>
    </message>
    <message>
        <source>Your own images could not be loaded: %1</source>
        <translation>无法加载你自己的镜像：%1</translation>
    </message>
    <message>
        <source>Choose a GPU type that has GPUs left.</source>
        <translation>请选择仍有剩余 GPU 的类型。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of %1 in zone %2</source>
        <translation>
            <numerusform>%n 个 %1 实例，位于区 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) per instance</source>
        <translation>
            <numerusform>每个实例 %n 张 GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) in all</source>
        <translation>
            <numerusform>共 %n 张 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vCPU and %2 GB memory each</source>
        <translation>每个实例 %1 个 vCPU、%2 GB 内存</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Disks: %1 GB system + %2 GB data + %3 GB extra data</source>
        <translation>磁盘：%1 GB 系统盘 + %2 GB 数据盘 + %3 GB 额外数据盘</translation>
    </message>
    <message>
        <source>Billing: %1</source>
        <translation>计费模式：%1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n GPU(s) of this type are left: part of the order may fail.</source>
        <translation>
            <numerusform>此类型的 GPU 只剩 %n 张：订单可能部分失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent these instances?</source>
        <translation>要租用这些实例吗？</translation>
    </message>
    <message>
        <source>This costs money from the moment the order is placed. 慧星云&apos;s API gives no price, so the cost is not shown here.</source>
        <translation>从下单那一刻起即开始产生费用。慧星云的 API 不提供价格，因此这里不显示费用。</translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation>正在下单…</translation>
    </message>
    <message>
        <source>No clear answer came back: the order may have been placed. The instance list is re-read; check it before ordering again.
%1</source>
        <translation>未收到明确的响应：订单可能已经提交。正在重新读取实例列表，请确认后再重新下单。
%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing was ordered: %1</source>
        <translation>未订购任何实例：%1</translation>
    </message>
    <message>
        <source>The new instances are selected in the list once they show up.</source>
        <translation>新实例出现后会在列表中自动选中。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::ResourceDetailPane</name>
    <message>
        <source>Select a row to see every field the platform returned.</source>
        <translation>选择一行即可查看平台返回的全部字段。</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy all as &amp;JSON</source>
        <translation>全部复制为 &amp;JSON</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>在浏览器中打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n 个字段}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未提供）</translation>
    </message>
</context>
<context>
    <name>suanli::gui::ResourceTableModel</name>
    <message>
        <source>GPU × %1</source>
        <translation>GPU × %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Price/h</source>
        <translation>单价/小时</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>已过期 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>SSH %1@%2, port %3</source>
        <translation>SSH %1@%2，端口 %3</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>IP:port</source>
        <translation>IP:端口</translation>
    </message>
</context>
<context>
    <name>suanli::gui::ScheduleShutdownDialog</name>
    <message>
        <source>Schedule shutdown</source>
        <translation>定时关机</translation>
    </message>
    <message>
        <source>Shut down &amp;at:</source>
        <translation>关机时间(&amp;A)：</translation>
    </message>
    <message>
        <source>In 15 min</source>
        <translation>15 分钟后</translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>In 4 h</source>
        <translation>4 小时后</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>设置定时(&amp;S)</translation>
    </message>
    <message>
        <source>Shut down &lt;b&gt;%1&lt;/b&gt; (%2) at a set time. The instance is powered off, not destroyed.</source>
        <translation>在指定时间关闭 &lt;b&gt;%1&lt;/b&gt;（%2）。实例只会关机，不会被销毁。</translation>
    </message>
    <message>
        <source>Time in your time zone (%1). The platform receives it in China Standard Time.</source>
        <translation>时间按你所在的时区（%1）填写，发送给平台时会换算为北京时间。</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>请选择一个将来的时间。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies after a restart of the application.</source>
        <translation>更改语言需重启应用后生效。</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>While the account is &amp;shown:</source>
        <translation>账户显示时(&amp;S)：</translation>
    </message>
    <message>
        <source>While it is &amp;hidden:</source>
        <translation>账户隐藏时(&amp;H)：</translation>
    </message>
    <message>
        <source>While a platform cannot be reached, the pauses grow up to two minutes.</source>
        <translation>平台无法连接时，刷新间隔会逐渐延长，最长两分钟。</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>密钥保存位置</translation>
    </message>
    <message>
        <source>System &amp;keychain (recommended)</source>
        <translation>系统钥匙串(&amp;K)（推荐）</translation>
    </message>
    <message>
        <source>&amp;Unencrypted file (insecure)</source>
        <translation>未加密文件(&amp;U)（不安全）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Secrets held now are moved to the new place when you press OK.</source>
        <translation>点击“确定”后，当前持有的密钥会迁移到新的位置。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::TokensPage</name>
    <message>
        <source>Enter &amp;password…</source>
        <translation>输入密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>新建令牌(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>复制令牌(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Copy the selected token; the clipboard is cleared after 30 seconds</source>
        <translation>复制所选令牌；剪贴板将在 30 秒后清空</translation>
    </message>
    <message>
        <source>Delete the selected tokens (Del)</source>
        <translation>删除所选令牌（Del）</translation>
    </message>
    <message>
        <source>API tokens of this 慧星云 account</source>
        <translation>此慧星云账户的 API 令牌</translation>
    </message>
    <message>
        <source>API tokens of %1 on 慧星云</source>
        <translation>%1 在慧星云上的 API 令牌</translation>
    </message>
    <message>
        <source>Listing the API tokens needs the account&apos;s password.</source>
        <translation>列出 API 令牌需要该账户的密码。</translation>
    </message>
    <message>
        <source>慧星云 lists, creates and deletes API tokens only with the account&apos;s username and password.</source>
        <translation>慧星云只有凭账户的用户名和密码才能列出、创建和删除 API 令牌。</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>慧星云 did not accept the username and password: %1</source>
        <translation>慧星云未接受该用户名和密码：%1</translation>
    </message>
    <message>
        <source>The tokens could not be listed: %1</source>
        <translation>无法列出令牌：%1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>%1 (used by this account)</source>
        <translation>%1（此账户正在使用）</translation>
    </message>
    <message>
        <source>Suanli Console signs in to this account with this token.</source>
        <translation>算力控制台使用此令牌登录该账户。</translation>
    </message>
    <message>
        <source>Show or hide this token</source>
        <translation>显示或隐藏此令牌</translation>
    </message>
    <message>
        <source>This account has no API token.</source>
        <translation>此账户没有 API 令牌。</translation>
    </message>
    <message>
        <source>One of them is the token Suanli Console signs in to this account with. Deleting it would lock this account out until a new token is entered. Sign the account in with another token first (Accounts › Enter secret again), then delete this one.</source>
        <translation>其中一个是算力控制台登录该账户所用的令牌。删除它会导致该账户无法使用，直到输入新的令牌为止。请先用其他令牌登录该账户（账户 › 重新输入密钥），然后再删除此令牌。</translation>
    </message>
    <message>
        <source>Delete API token</source>
        <translation>删除 API 令牌</translation>
    </message>
    <message>
        <source>This token cannot be deleted from here.</source>
        <translation>无法在此删除该令牌。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API token(s)?</source>
        <translation>
            <numerusform>确定要删除 %n 个 API 令牌吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Programs that use them can no longer reach 慧星云. This cannot be undone.</source>
        <translation>使用这些令牌的程序将无法再访问慧星云。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The tokens were not deleted: %1</source>
        <translation>令牌未删除：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个 API 令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>新建 API 令牌</translation>
    </message>
    <message>
        <source>Name of the new token (what uses it):</source>
        <translation>新令牌的名称（注明用途）：</translation>
    </message>
    <message>
        <source>No token was created: %1</source>
        <translation>未创建令牌：%1</translation>
    </message>
    <message>
        <source>API token “%1” created.</source>
        <translation>已创建 API 令牌“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Token copied; the clipboard is cleared in %n second(s) if it still holds it.</source>
        <translation>
            <numerusform>已复制令牌；如果剪贴板中仍是该令牌，将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanli::huixingyun::Client</name>
    <message>
        <source>Enter the 慧星云 username and password.</source>
        <translation>请输入慧星云的用户名和密码。</translation>
    </message>
    <message>
        <source>Give the new token a name.</source>
        <translation>请为新令牌命名。</translation>
    </message>
    <message>
        <source>create API token</source>
        <translation>创建 API 令牌</translation>
    </message>
    <message>
        <source>API token list</source>
        <translation>API 令牌列表</translation>
    </message>
    <message>
        <source>Choose at least one token to delete.</source>
        <translation>请至少选择一个要删除的令牌。</translation>
    </message>
    <message>
        <source>delete API tokens</source>
        <translation>删除 API 令牌</translation>
    </message>
    <message>
        <source>GPU products</source>
        <translation>GPU 产品</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>应用列表</translation>
    </message>
    <message>
        <source>Choose a GPU type to list its images.</source>
        <translation>请选择 GPU 类型以列出其镜像。</translation>
    </message>
    <message>
        <source>public images</source>
        <translation>公共镜像</translation>
    </message>
    <message>
        <source>Choose a zone to list its images.</source>
        <translation>请选择区以列出其中的镜像。</translation>
    </message>
    <message>
        <source>my images</source>
        <translation>我的镜像</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <source>Choose a GPU product.</source>
        <translation>请选择 GPU 产品。</translation>
    </message>
    <message>
        <source>Order at least one instance.</source>
        <translation>请至少订购一个实例。</translation>
    </message>
    <message>
        <source>Each instance needs at least one GPU.</source>
        <translation>每个实例至少需要一张 GPU。</translation>
    </message>
    <message>
        <source>Extra data disk is added in steps of 100 GB.</source>
        <translation>额外数据盘须以 100 GB 为单位增加。</translation>
    </message>
    <message>
        <source>buy instances</source>
        <translation>购买实例</translation>
    </message>
    <message>
        <source>Choose an application.</source>
        <translation>请选择应用。</translation>
    </message>
    <message>
        <source>buy application</source>
        <translation>购买应用</translation>
    </message>
    <message>
        <source>instance list</source>
        <translation>实例列表</translation>
    </message>
    <message>
        <source>No instance was chosen.</source>
        <translation>未选择实例。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance id.</source>
        <translation>“%1”不是实例 ID。</translation>
    </message>
    <message>
        <source>card-less stop</source>
        <translation>无卡关机</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>start after card-less stop</source>
        <translation>无卡关机后开机</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Choose the image to reinstall from.</source>
        <translation>请选择用于重装系统的镜像。</translation>
    </message>
    <message>
        <source>rebuild</source>
        <translation>重装系统</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Billing can only change to daily or monthly.</source>
        <translation>计费模式只能改为按天或按月。</translation>
    </message>
    <message>
        <source>change billing</source>
        <translation>修改计费模式</translation>
    </message>
    <message>
        <source>Renew for 1, 3 or 7 days, or for 1, 3 or 12 months.</source>
        <translation>续费时长可选 1、3 或 7 天，或 1、3 或 12 个月。</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>A snapshot is taken of exactly one instance.</source>
        <translation>保存镜像时只能选择一个实例。</translation>
    </message>
    <message>
        <source>Give the image a name.</source>
        <translation>请为镜像命名。</translation>
    </message>
    <message>
        <source>save image</source>
        <translation>保存镜像</translation>
    </message>
</context>
<context>
    <name>suanli::huixingyun::HuixingyunProvider</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>An hourly-billed instance is billed again once it runs.</source>
        <translation>按小时计费的实例开机运行后会重新开始计费。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Stop without GPU</source>
        <translation>无卡关机</translation>
    </message>
    <message>
        <source>The instance powers off and gives its GPU back (无卡关机); the disk is kept. When it starts again, a GPU of its type may not be free.</source>
        <translation>实例关机并释放其 GPU（无卡关机），磁盘保留。再次开机时，可能没有同型号的空闲 GPU。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Rebuild…</source>
        <translation>重装系统…</translation>
    </message>
    <message>
        <source>Reinstalling from an image wipes the system disk and everything on it. The image must run the same operating system as the instance.</source>
        <translation>从镜像重装系统会清空系统盘及其中的全部数据。镜像的操作系统必须与实例相同。</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>保存镜像…</translation>
    </message>
    <message>
        <source>The image is saved in the background and shows up among your images when done.</source>
        <translation>镜像在后台保存，完成后会出现在“我的镜像”中。</translation>
    </message>
    <message>
        <source>Change billing…</source>
        <translation>修改计费模式…</translation>
    </message>
    <message>
        <source>Switching to daily or monthly billing charges the prepaid period now, and it is one-way: the instance can never go back to hourly billing, and only hourly instances can be destroyed.</source>
        <translation>改为按天或按月计费会立即扣除预付周期的费用，且不可逆：实例再也无法改回按小时计费，而只有按小时计费的实例才能销毁。</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续费…</translation>
    </message>
    <message>
        <source>Renewing charges the account for the extra days or months now.</source>
        <translation>续费会立即从账户扣除所续天数或月数的费用。</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>销毁…</translation>
    </message>
    <message>
        <source>Destroying deletes the instance and its disks. This cannot be undone.</source>
        <translation>销毁会删除实例及其磁盘，且无法撤销。</translation>
    </message>
    <message>
        <source>Only a stopped instance can be started.</source>
        <translation>只有已关机的实例可以开机。</translation>
    </message>
    <message>
        <source>Only a running instance can be stopped.</source>
        <translation>只有运行中的实例可以关机。</translation>
    </message>
    <message>
        <source>Only a running instance can be restarted.</source>
        <translation>只有运行中的实例可以重启。</translation>
    </message>
    <message>
        <source>Wait until the instance is running or stopped before reinstalling it.</source>
        <translation>请等实例处于运行中或已关机状态后再重装系统。</translation>
    </message>
    <message>
        <source>Wait until the instance is running or stopped before saving it as an image.</source>
        <translation>请等实例处于运行中或已关机状态后再保存镜像。</translation>
    </message>
    <message>
        <source>This instance is already billed monthly; billing cannot go back to daily or hourly.</source>
        <translation>此实例已按月计费，无法改回按天或按小时计费。</translation>
    </message>
    <message>
        <source>The billing mode &quot;%1&quot; is unknown, so it cannot be changed here.</source>
        <translation>计费模式“%1”未知，无法在此修改。</translation>
    </message>
    <message>
        <source>Hourly-billed instances cannot be renewed; change the billing to daily or monthly instead.</source>
        <translation>按小时计费的实例无法续费；请改为按天或按月计费。</translation>
    </message>
    <message>
        <source>The billing mode &quot;%1&quot; is unknown, so the instance cannot be renewed here.</source>
        <translation>计费模式“%1”未知，无法在此为实例续费。</translation>
    </message>
    <message>
        <source>in an unknown way</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>慧星云 destroys only instances that are billed hourly and stopped; this one is billed %1 and not stopped.</source>
        <translation>慧星云只能销毁按小时计费且已关机的实例；此实例的计费模式为%1，且尚未关机。</translation>
    </message>
    <message>
        <source>慧星云 destroys only instances that are billed hourly and stopped; this one is billed %1 and runs until it expires.</source>
        <translation>慧星云只能销毁按小时计费且已关机的实例；此实例的计费模式为%1，会一直运行到到期为止。</translation>
    </message>
    <message>
        <source>慧星云 destroys only instances that are billed hourly and stopped; stop this one first.</source>
        <translation>慧星云只能销毁按小时计费且已关机的实例；请先将此实例关机。</translation>
    </message>
    <message>
        <source>慧星云 does not offer this action.</source>
        <translation>慧星云不提供此操作。</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <source>Order at least one instance.</source>
        <translation>请至少订购一个实例。</translation>
    </message>
    <message>
        <source>The order names GPU type %1 but the product is %2.</source>
        <translation>订单指定的 GPU 类型为 %1，但所选产品为 %2。</translation>
    </message>
    <message>
        <source>The zone must be the product&apos;s zone (%1).</source>
        <translation>区必须与产品所在的区一致（%1）。</translation>
    </message>
    <message>
        <source>No GPUs of this type are available now.</source>
        <translation>此类型的 GPU 目前没有空闲。</translation>
    </message>
    <message>
        <source>Only 1 GPU per instance is available now.</source>
        <translation>目前每个实例只能选择 1 张 GPU。</translation>
    </message>
    <message>
        <source>Choose 1 to %1 GPUs per instance.</source>
        <translation>请为每个实例选择 1 到 %1 张 GPU。</translation>
    </message>
    <message>
        <source>Extra data disk is added in steps of 100 GB.</source>
        <translation>额外数据盘须以 100 GB 为单位增加。</translation>
    </message>
    <message>
        <source>The data disk can grow by at most %1 GB.</source>
        <translation>数据盘最多只能扩容 %1 GB。</translation>
    </message>
    <message>
        <source>Choose an application.</source>
        <translation>请选择应用。</translation>
    </message>
    <message>
        <source>A daily-billed instance renews for 1, 3 or 7 days.</source>
        <translation>按天计费的实例可续费 1、3 或 7 天。</translation>
    </message>
    <message>
        <source>A monthly-billed instance renews for 1, 3 or 12 months.</source>
        <translation>按月计费的实例可续费 1、3 或 12 个月。</translation>
    </message>
    <message>
        <source>Billing cannot change back to hourly.</source>
        <translation>计费模式无法改回按小时。</translation>
    </message>
    <message>
        <source>This instance is already billed daily; it can only change to monthly.</source>
        <translation>此实例已按天计费，只能改为按月计费。</translation>
    </message>
    <message>
        <source>The image runs %1 but the instance runs %2: 慧星云 cannot reinstall across operating systems.</source>
        <translation>镜像的操作系统为 %1，而实例为 %2：慧星云无法跨操作系统重装系统。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>card-less stop</source>
        <translation>无卡关机</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>rebuild from image %1</source>
        <translation>用镜像 %1 重装系统</translation>
    </message>
    <message>
        <source>save as image &quot;%1&quot;</source>
        <translation>保存为镜像“%1”</translation>
    </message>
    <message>
        <source>change billing to %1</source>
        <translation>将计费模式改为%1</translation>
    </message>
    <message numerus="yes">
        <source>renew for %n period(s)</source>
        <translation>
            <numerusform>续费 %n 个周期</numerusform>
        </translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Enter the API token first (create one from your username and password).</source>
        <translation>请先输入 API 令牌（可用你的用户名和密码创建）。</translation>
    </message>
    <message>
        <source>No instance with id %1.</source>
        <translation>没有 ID 为 %1 的实例。</translation>
    </message>
    <message>
        <source>慧星云&apos;s API has no balance endpoint: see the balance in the 慧星云 web console.</source>
        <translation>慧星云的 API 没有查询余额的接口：请在慧星云网页控制台查看余额。</translation>
    </message>
    <message>
        <source>Choose the image to reinstall from.</source>
        <translation>请选择用于重装系统的镜像。</translation>
    </message>
    <message>
        <source>An image is saved from one instance at a time.</source>
        <translation>每次只能从一个实例保存镜像。</translation>
    </message>
    <message>
        <source>Give the image a name.</source>
        <translation>请为镜像命名。</translation>
    </message>
    <message>
        <source>Choose daily or monthly billing.</source>
        <translation>请选择按天或按月计费。</translation>
    </message>
    <message>
        <source>Renew for 1, 3 or 7 days, or for 1, 3 or 12 months.</source>
        <translation>续费时长可选 1、3 或 7 天，或 1、3 或 12 个月。</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 — 未发送：%2</translation>
    </message>
    <message>
        <source>%1: %2 — not sent: %3</source>
        <translation>%1：%2 — 未发送：%3</translation>
    </message>
    <message>
        <source>start after card-less stop</source>
        <translation>无卡关机后开机</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 for %n instance(s): %2</source>
        <translation>
            <numerusform>已发送：%1（%n 个实例）：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the card-less start failed too: %2)</source>
        <translation>%1（无卡关机后开机也失败了：%2）</translation>
    </message>
    <message>
        <source>%1: %2 — failed: %3</source>
        <translation>%1：%2 — 失败：%3</translation>
    </message>
    <message>
        <source>%1: %2 — accepted by the platform.</source>
        <translation>%1：%2 — 平台已受理。</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — 失败：%2</translation>
    </message>
    <message>
        <source>%1 — %2 created, %3 failed: %4</source>
        <translation>%1 — 已创建 %2 个，%3 个失败：%4</translation>
    </message>
    <message>
        <source>%1 — %2 created (orders %3).</source>
        <translation>%1 — 已创建 %2 个（订单号 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>order of %n instance(s) of %1 × %2</source>
        <translation>
            <numerusform>订购 %n 个实例（%1 × %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1 (%2 billing).</source>
        <translation>已发送：%1（%2计费）。</translation>
    </message>
    <message numerus="yes">
        <source>order of %n %1 application instance(s)</source>
        <translation>
            <numerusform>订购 %n 个 %1 应用实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the account&apos;s 慧星云 username first.</source>
        <translation>请先输入该账户的慧星云用户名。</translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; created.</source>
        <translation>已创建 API 令牌“%1”。</translation>
    </message>
    <message>
        <source>Creating API token &quot;%1&quot; failed: %2</source>
        <translation>创建 API 令牌“%1”失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个 API 令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>The API token this account uses was deleted; enter a new one.</source>
        <translation>此账户正在使用的 API 令牌已被删除，请输入新的令牌。</translation>
    </message>
    <message>
        <source>Deleting API tokens failed: %1</source>
        <translation>删除 API 令牌失败：%1</translation>
    </message>
</context>
</TS>
