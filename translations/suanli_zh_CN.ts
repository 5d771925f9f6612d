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
    <message>
        <source>%1 accounts take no option &quot;%2&quot; (their options: %3).</source>
        <translation>%1账户不接受选项“%2”（可用选项：%3）。</translation>
    </message>
    <message>
        <source>--option %1 needs the path of a PEM or DER certificate file.</source>
        <translation>--option %1 需要 PEM 或 DER 格式证书文件的路径。</translation>
    </message>
    <message>
        <source>--code-stdin and --select are for platforms that sign in with an SMS code.</source>
        <translation>--code-stdin 和 --select 仅适用于使用短信验证码登录的平台。</translation>
    </message>
    <message>
        <source>account login takes one NAME.</source>
        <translation>account login 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>account login is for accounts that sign in with an SMS code; to give %1 a new %2, remove the account and add it again.</source>
        <translation>account login 仅适用于使用短信验证码登录的账户；如需为 %1 设置新的%2，请移除该账户后重新添加。</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>密钥</translation>
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
    <message>
        <source>The server answered with HTTP status %1: %2</source>
        <translation>服务器返回 HTTP 状态码 %1：%2</translation>
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
        <source>account needs a subcommand: add, list, remove, check or login.</source>
        <translation>account 需要一个子命令：add、list、remove、check 或 login。</translation>
    </message>
    <message>
        <source>Unknown account subcommand &quot;%1&quot; (add, list, remove, check, login).</source>
        <translation>未知的 account 子命令“%1”（可用：add、list、remove、check、login）。</translation>
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
    <name>FileCommands</name>
    <message>
        <source>upload needs at least one file or folder.</source>
        <translation>upload 至少需要一个文件或文件夹。</translation>
    </message>
    <message>
        <source>upload needs --to REMOTE_DIR, the folder to upload into (&quot;/&quot; for the top).</source>
        <translation>upload 需要用 --to REMOTE_DIR 指定要上传到的文件夹（“/”表示顶层文件夹）。</translation>
    </message>
    <message>
        <source>--parallel takes a whole number from %1 to %2.</source>
        <translation>--parallel 应为 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>--chunk-size takes a size from 1M to 64M, such as 8M.</source>
        <translation>--chunk-size 应为 1M 到 64M 之间的大小，例如 8M。</translation>
    </message>
    <message>
        <source>--limit takes bytes per second, such as 10M (0 for no limit).</source>
        <translation>--limit 应为每秒字节数，例如 10M（0 表示不限速）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Another suanli-cli upload is running with this configuration; wait for it to end.</source>
        <translation>另一个使用此配置的 suanli-cli 上传正在运行，请等待其结束。</translation>
    </message>
    <message>
        <source>Cannot open the upload journal: %1</source>
        <translation>无法打开上传记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n upload(s) from the journal.</source>
        <translation>
            <numerusform>正在根据上传记录恢复 %n 个上传。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 files, %3 of %4 (%5%)</source>
        <translation>%1/%2 个文件，%3/%4（%5%）</translation>
    </message>
    <message>
        <source>, %1/s, %2 left</source>
        <translation>，%1/秒，剩余 %2</translation>
    </message>
    <message>
        <source>, checking files: %1</source>
        <translation>，正在检查文件：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1, to %2.</source>
        <translation>
            <numerusform>已将 %n 个文件（共 %1）上传到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>the public storage of %1</source>
        <translation>%1 的公共存储</translation>
    </message>
    <message>
        <source>the private storage of %1</source>
        <translation>%1 的私有存储</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were on the server already and were not sent again.</source>
        <translation>
            <numerusform>%n 个文件已在服务器上，未重复上传。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed. Run the same command again to retry them.</source>
        <translation>
            <numerusform>%n 个上传失败。再次运行相同的命令即可重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>files needs a subcommand: ls, mkdir, rm or sftp.</source>
        <translation>files 需要一个子命令：ls、mkdir、rm 或 sftp。</translation>
    </message>
    <message>
        <source>Unknown files subcommand &quot;%1&quot; (ls, mkdir, rm, sftp).</source>
        <translation>未知的 files 子命令“%1”（可用：ls、mkdir、rm、sftp）。</translation>
    </message>
    <message>
        <source>files %1 needs a remote path.</source>
        <translation>files %1 需要一个远程路径。</translation>
    </message>
    <message>
        <source>Deleting cannot be undone; folders go with everything in them.</source>
        <translation>删除后无法撤销；文件夹会连同其中的全部内容一起删除。</translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to files rm %1.</source>
        <translation>未执行任何操作。如确需执行 files rm %1，请加上 --yes。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>The top folder exists already.</source>
        <translation>顶层文件夹已存在。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>The top folder cannot be deleted.</source>
        <translation>顶层文件夹不能删除。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>协议：%1</translation>
    </message>
    <message>
        <source>Address:  %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Port:     %1</source>
        <translation>端口：%1</translation>
    </message>
    <message>
        <source>User:     %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <source>Add --reveal-password to show the password.</source>
        <translation>加上 --reveal-password 可显示密码。</translation>
    </message>
    <message>
        <source>The address is the platform&apos;s internal one; it may not be reachable from outside its network.</source>
        <translation>该地址是平台的内网地址，在其网络之外可能无法访问。</translation>
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
    <name>LogCommands</name>
    <message>
        <source>Cannot write the log: %1</source>
        <translation>无法写入日志：%1</translation>
    </message>
    <message>
        <source>logs takes one pod or task: its id or its name.</source>
        <translation>logs 只接受一个容器组或任务：其 ID 或名称。</translation>
    </message>
    <message>
        <source>--tail takes a number of lines (0 or more), not &quot;%1&quot;.</source>
        <translation>--tail 应为行数（0 或更大），而不是“%1”。</translation>
    </message>
    <message>
        <source>--tail and --all cannot be used together.</source>
        <translation>--tail 和 --all 不能同时使用。</translation>
    </message>
    <message>
        <source>--follow needs one pod; --all downloads a whole task&apos;s logs once.</source>
        <translation>--follow 需要指定一个容器组；--all 会一次性下载整个任务的日志。</translation>
    </message>
    <message>
        <source>The task “%1” has no pods yet: nothing has been logged.</source>
        <translation>任务“%1”还没有容器组：尚无任何日志。</translation>
    </message>
    <message>
        <source>The task “%1” has %2 pods; --follow needs one of them: %3</source>
        <translation>任务“%1”有 %2 个容器组；--follow 需要指定其中一个：%3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Several tasks are named “%1”; give one of their ids: %2</source>
        <translation>有多个任务都名为“%1”；请指定其中一个的 ID：%2</translation>
    </message>
    <message>
        <source>No task or pod is called “%1” on this account (see &apos;suanli-cli list&apos;).</source>
        <translation>此账户中没有名为“%1”的任务或容器组（参见“suanli-cli list”）。</translation>
    </message>
    <message>
        <source>Reading new lines failed (trying again): %1</source>
        <translation>读取新日志行失败（正在重试）：%1</translation>
    </message>
    <message>
        <source>No temporary folder for the download: %1</source>
        <translation>无法为下载创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Saved the logs of “%1” to %2 (a zip archive, %3 bytes).</source>
        <translation>已将“%1”的日志保存到 %2（zip 压缩包，%3 字节）。</translation>
    </message>
    <message>
        <source>Saved the logs of “%1” to %2 (%3 bytes).</source>
        <translation>已将“%1”的日志保存到 %2（%3 字节）。</translation>
    </message>
    <message>
        <source>The platform sent a zip archive; use --output FILE to keep it.</source>
        <translation>平台发来的是 zip 压缩包；请用 --output FILE 保存。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>MetricInfo</name>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Precision pipes</source>
        <translation>精度管线</translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation>功耗与温度</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
</context>
<context>
    <name>MetricUnit</name>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>核</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>MetricsCommands</name>
    <message>
        <source>metrics needs at least one pod name (the pods of a job are listed by &apos;show&apos;).</source>
        <translation>metrics 至少需要一个容器组名称（任务的容器组可用“show”查看）。</translation>
    </message>
    <message>
        <source>--csv and --json cannot be used together.</source>
        <translation>--csv 和 --json 不能同时使用。</translation>
    </message>
    <message>
        <source>Give either --since or --from/--to, not both.</source>
        <translation>--since 和 --from/--to 只能二选一，不能同时指定。</translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation>--to 须与 --from 一起使用。</translation>
    </message>
    <message>
        <source>--since takes a duration such as 30s, 15m, 1h, 6h or 2d, not &quot;%1&quot;.</source>
        <translation>--since 应为时长，例如 30s、15m、1h、6h 或 2d，而不是“%1”。</translation>
    </message>
    <message>
        <source>--from takes a time such as &quot;2025-02-10 15:54:52&quot; (China time) or 2025-02-10T15:54:52+08:00, not &quot;%1&quot;.</source>
        <translation>--from 应为时间，例如 &quot;2025-02-10 15:54:52&quot;（北京时间）或 2025-02-10T15:54:52+08:00，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to takes a time such as &quot;2025-02-10 16:54:52&quot; (China time) or 2025-02-10T16:54:52+08:00, not &quot;%1&quot;.</source>
        <translation>--to 应为时间，例如 &quot;2025-02-10 16:54:52&quot;（北京时间）或 2025-02-10T16:54:52+08:00，而不是“%1”。</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>时间范围的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;. Metrics: %2.</source>
        <translation>未知指标“%1”。可用指标：%2。</translation>
    </message>
    <message>
        <source>%1: no samples between %2 and %3 (was the pod running then?).</source>
        <translation>%1：%2 至 %3 之间没有采样数据（该容器组当时可能未在运行）。</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>容器组</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>SAMPLES</source>
        <translation>采样数</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>AVG</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
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
    <message>
        <source>紫光 UNIS 算力平台</source>
        <translation>紫光 UNIS 算力平台</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Your UNIS username and password. From platform version D11 on, the password is sent AES-encrypted with your deployment&apos;s login encryption key (account option aes-key, 16, 24 or 32 characters; ask the platform&apos;s administrator); for older platforms set plain-password=true. A deployment with a certificate from its own CA needs that CA certificate (option ca-cert, a PEM file). The password is kept in the keychain; the sign-in token only in memory.</source>
        <translation>你的紫光 UNIS 用户名和密码。自平台 D11 版本起，密码会用该部署的登录加密密钥进行 AES 加密后再发送（账户选项 aes-key，长度为 16、24 或 32 个字符；请向平台管理员索取）；较旧的平台请设置 plain-password=true。如果该部署使用自有 CA 签发的证书，则需要提供该 CA 证书（选项 ca-cert，PEM 文件）。密码保存在钥匙串中；登录令牌仅保存在内存中。</translation>
    </message>
    <message>
        <source>元境 Yuanjing</source>
        <translation>元境</translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <source>元境 signs in with a code sent by SMS to your phone. A phone number that has no 元境 account yet gets a new one. The session the sign-in makes is kept in the keychain; when it ends, sign in again with a new code.</source>
        <translation>元境通过发送到你手机的短信验证码登录。尚未注册元境账户的手机号会自动创建一个新账户。登录产生的会话保存在钥匙串中；会话过期后，请用新的验证码重新登录。</translation>
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
    <message>
        <source>CREATOR</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>RUN TIME</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>register-model takes exactly one ID: a job that succeeded.</source>
        <translation>register-model 只接受一个 ID，且须为已成功的任务。</translation>
    </message>
    <message>
        <source>register-model needs --name NAME for the new model.</source>
        <translation>register-model 需要用 --name NAME 指定新模型的名称。</translation>
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
    <name>UnisCommands</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of %1 CPU, %2 GB</source>
        <translation>
            <numerusform>%n 个节点，每节点 %1 CPU、%2 GB</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>--option %1 takes true or false, not &quot;%2&quot;.</source>
        <translation>--option %1 应为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>The login encryption key (--option %1) must be 16, 24 or 32 bytes long (AES-128, -192 or -256), not %2.</source>
        <translation>登录加密密钥（--option %1）的长度必须为 16、24 或 32 字节（AES-128、-192 或 -256），而不是 %2。</translation>
    </message>
    <message>
        <source>%1 accounts need the deployment&apos;s login encryption key: --option %2=KEY (16, 24 or 32 bytes; the platform&apos;s administrator knows it), or --option %3=true for platforms before version D11.</source>
        <translation>%1账户需要该部署的登录加密密钥：--option %2=KEY（16、24 或 32 字节；可向平台管理员索取）；D11 之前版本的平台则使用 --option %3=true。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 应为 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1 takes NAME=VALUE, not &quot;%2&quot;.</source>
        <translation>--%1 的格式应为 NAME=VALUE，而不是“%2”。</translation>
    </message>
    <message>
        <source>--mig takes a MIG profile such as 1g.10gb.</source>
        <translation>--mig 应为 MIG 配置，例如 1g.10gb。</translation>
    </message>
    <message>
        <source>--mig-count goes with --mig PROFILE.</source>
        <translation>--mig-count 须与 --mig PROFILE 一起使用。</translation>
    </message>
    <message>
        <source>--vgpu-memory and --vgpu-cores go with --vgpus N.</source>
        <translation>--vgpu-memory 和 --vgpu-cores 须与 --vgpus N 一起使用。</translation>
    </message>
    <message>
        <source>Give whole GPUs (--gpus), vGPUs (--vgpus) or MIG slices (--mig), not several.</source>
        <translation>整卡 GPU（--gpus）、vGPU（--vgpus）和 MIG 切片（--mig）只能指定其中一种。</translation>
    </message>
    <message numerus="yes">
        <source>%n assets are named &quot;%1&quot;: give --%2 the id instead: %3.</source>
        <translation>
            <numerusform>有 %n 个资产都名为“%1”：请改为给 --%2 指定 ID：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>No image &quot;%1&quot; in the AI assets. Images: %2.</source>
        <translation>AI 资产中没有镜像“%1”。可用镜像：%2。</translation>
    </message>
    <message>
        <source>No algorithm &quot;%1&quot; in the AI assets. Algorithms: %2.</source>
        <translation>AI 资产中没有算法“%1”。可用算法：%2。</translation>
    </message>
    <message>
        <source>No model &quot;%1&quot; in the AI assets. Models: %2.</source>
        <translation>AI 资产中没有模型“%1”。可用模型：%2。</translation>
    </message>
    <message>
        <source>No dataset &quot;%1&quot; in the AI assets. Datasets: %2.</source>
        <translation>AI 资产中没有数据集“%1”。可用数据集：%2。</translation>
    </message>
    <message>
        <source>%1 (%2) has no version to use.</source>
        <translation>%1（%2）没有可用的版本。</translation>
    </message>
    <message>
        <source>%1 has no version &quot;%2&quot; (--%3). Versions: %4.</source>
        <translation>%1 没有版本“%2”（--%3）。可用版本：%4。</translation>
    </message>
    <message>
        <source>No preset spec has the GPU model &quot;%1&quot;. GPU models: %2.</source>
        <translation>没有 GPU 型号为“%1”的预设规格。可用 GPU 型号：%2。</translation>
    </message>
    <message numerus="yes">
        <source>No single preset spec of %1 has %n whole GPU(s); choose one with --spec: %2.</source>
        <translation>
            <numerusform>无法在 %1 的预设规格中唯一确定含 %n 张整卡 GPU 的规格；请用 --spec 选择一个：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preset specs are named &quot;%1&quot;: give --spec the spec id instead: %2.</source>
        <translation>
            <numerusform>有 %n 个预设规格都名为“%1”：请改为给 --spec 指定规格 ID：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No preset spec &quot;%1&quot;. Specs: %2. See: suanli-cli specs</source>
        <translation>没有预设规格“%1”。可用规格：%2。请查看：suanli-cli specs</translation>
    </message>
    <message>
        <source>No resource group &quot;%1&quot; for this account. Resource groups: %2. See: suanli-cli resource-groups</source>
        <translation>此账户没有资源组“%1”。可用资源组：%2。请查看：suanli-cli resource-groups</translation>
    </message>
    <message>
        <source>The answer was lost, so the job may have been created. Check with &apos;suanli-cli list --kind %1&apos; before trying again.</source>
        <translation>未收到响应，任务可能已经创建。请先用“suanli-cli list --kind %1”确认，再决定是否重试。</translation>
    </message>
    <message>
        <source>Accepted; waiting for &quot;%1&quot; to show in the list…</source>
        <translation>平台已受理；正在等待“%1”出现在列表中…</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, %3).</source>
        <translation>已创建“%1”（%2，%3）。</translation>
    </message>
    <message numerus="yes">
        <source>The platform accepted &quot;%1&quot;, but its list did not show it within %n second(s). See: suanli-cli list --kind %2</source>
        <translation>
            <numerusform>平台已受理“%1”，但它未在 %n 秒内出现在列表中。请查看：suanli-cli list --kind %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new jobs are named &quot;%1&quot;; the newest is shown.</source>
        <translation>
            <numerusform>有 %n 个新任务都名为“%1”；显示的是最新的一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>whoami takes no arguments.</source>
        <translation>whoami 不接受参数。</translation>
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
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>quota takes no arguments.</source>
        <translation>quota 不接受参数。</translation>
    </message>
    <message>
        <source>QUOTA</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 卡数</translation>
    </message>
    <message>
        <source>vGPUs</source>
        <translation>vGPU 数</translation>
    </message>
    <message>
        <source>MIG slices</source>
        <translation>MIG 切片数</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>配额有效期：%1</translation>
    </message>
    <message>
        <source>No compute quota is configured for this user.</source>
        <translation>此用户未配置算力配额。</translation>
    </message>
    <message>
        <source>Storage quota: not enabled (%1).</source>
        <translation>存储配额：未启用（%1）。</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Files (inodes)</source>
        <translation>文件数（inode）</translation>
    </message>
    <message>
        <source>Storage period: %1</source>
        <translation>存储配额有效期：%1</translation>
    </message>
    <message>
        <source>The remaining compute resources could not be read: %1</source>
        <translation>无法读取剩余算力资源：%1</translation>
    </message>
    <message>
        <source>The storage quota could not be read: %1</source>
        <translation>无法读取存储配额：%1</translation>
    </message>
    <message>
        <source>pods takes exactly one job ID for a %1 account.</source>
        <translation>对于%1账户，pods 只接受一个任务 ID。</translation>
    </message>
    <message>
        <source>The job %1 has no pods (yet).</source>
        <translation>任务 %1（尚）没有容器组。</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>容器组</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>NODE IP</source>
        <translation>节点 IP</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>RUN TIME</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>events takes exactly one POD (its UID as &apos;pods&apos; shows it).</source>
        <translation>events 只接受一个 POD（即“pods”显示的 UID）。</translation>
    </message>
    <message>
        <source>The job %1 has no pod &quot;%2&quot;. Pods: %3.</source>
        <translation>任务 %1 没有容器组“%2”。现有容器组：%3。</translation>
    </message>
    <message>
        <source>No events for the pod %1.</source>
        <translation>容器组 %1 没有事件。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>create-devenv takes no arguments, only options.</source>
        <translation>create-devenv 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>create-devenv needs --name NAME.</source>
        <translation>create-devenv 需要 --name NAME。</translation>
    </message>
    <message>
        <source>create-devenv needs --image IMAGE (see &apos;suanli-cli assets image&apos;).</source>
        <translation>create-devenv 需要 --image IMAGE（参见“suanli-cli assets image”）。</translation>
    </message>
    <message>
        <source>A preset spec sets the CPU, memory and GPUs: leave out --cpu, --memory, --gpus, --vgpus and --mig, or choose a --resource-group instead of a spec.</source>
        <translation>预设规格已确定 CPU、内存和 GPU：请去掉 --cpu、--memory、--gpus、--vgpus 和 --mig，或改用 --resource-group 而不指定规格。</translation>
    </message>
    <message>
        <source>create-devenv needs a preset spec (--spec, or --gpu-model with --gpus; see &apos;suanli-cli specs&apos;), or --resource-group with --cpu and --memory (see &apos;suanli-cli resource-groups&apos;).</source>
        <translation>create-devenv 需要预设规格（--spec，或 --gpu-model 加 --gpus；参见“suanli-cli specs”），或者 --resource-group 加 --cpu 和 --memory（参见“suanli-cli resource-groups”）。</translation>
    </message>
    <message>
        <source>With --resource-group, give --cpu N and --memory GB.</source>
        <translation>使用 --resource-group 时，请指定 --cpu N 和 --memory GB。</translation>
    </message>
    <message>
        <source>--ssh-auth takes password, key-pair or both, not &quot;%1&quot;.</source>
        <translation>--ssh-auth 应为 password、key-pair 或 both，而不是“%1”。</translation>
    </message>
    <message>
        <source>SSH with a key pair needs --ssh-key-pair ID.</source>
        <translation>使用密钥对进行 SSH 登录需要 --ssh-key-pair ID。</translation>
    </message>
    <message>
        <source>--ssh-password-stdin does not go with --ssh-auth key-pair.</source>
        <translation>--ssh-password-stdin 不能与 --ssh-auth key-pair 一起使用。</translation>
    </message>
    <message>
        <source>No SSH password was given on stdin.</source>
        <translation>未从标准输入提供 SSH 密码。</translation>
    </message>
    <message>
        <source>The resource group %1 shares its GPUs as MIG slices: use --mig PROFILE.</source>
        <translation>资源组 %1 以 MIG 切片方式共享 GPU：请使用 --mig PROFILE。</translation>
    </message>
    <message>
        <source>The resource group %1 shares its GPUs as vGPUs: use --vgpus N.</source>
        <translation>资源组 %1 以 vGPU 方式共享 GPU：请使用 --vgpus N。</translation>
    </message>
    <message>
        <source>The resource group %1 gives whole GPUs: use --gpus N.</source>
        <translation>资源组 %1 提供整卡 GPU：请使用 --gpus N。</translation>
    </message>
    <message>
        <source>The resource group %1 has no %2 GPUs (it has: %3).</source>
        <translation>资源组 %1 没有 %2 GPU（现有：%3）。</translation>
    </message>
    <message>
        <source>This creates the dev environment &quot;%1&quot; from %2 %3 with %4 in %5; it uses the account&apos;s compute quota while it runs.</source>
        <translation>此操作将在 %5 中用 %2 %3 创建开发环境“%1”，配置为 %4；运行期间会占用该账户的算力配额。</translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to create it.</source>
        <translation>未执行任何操作。加上 --yes 即可创建。</translation>
    </message>
    <message>
        <source>create-task takes no arguments, only options.</source>
        <translation>create-task 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>create-task needs --kind training, fine-tune or compute-task.</source>
        <translation>create-task 需要 --kind training、fine-tune 或 compute-task。</translation>
    </message>
    <message>
        <source>--kind takes training, fine-tune or compute-task, not &quot;%1&quot;.</source>
        <translation>--kind 应为 training、fine-tune 或 compute-task，而不是“%1”。</translation>
    </message>
    <message>
        <source>A compute task needs --scenario fine-tune, pre-train, rl, dpo or model-training.</source>
        <translation>计算任务需要 --scenario fine-tune、pre-train、rl、dpo 或 model-training。</translation>
    </message>
    <message>
        <source>A fine-tune job takes --scenario fine-tune or pre-train, not &quot;%1&quot;.</source>
        <translation>微调任务的 --scenario 应为 fine-tune 或 pre-train，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scenario is for fine-tune jobs and compute tasks.</source>
        <translation>--scenario 仅适用于微调任务和计算任务。</translation>
    </message>
    <message>
        <source>--incremental goes with --scenario pre-train.</source>
        <translation>--incremental 须与 --scenario pre-train 一起使用。</translation>
    </message>
    <message>
        <source>--sft-model is for compute tasks of the rl and dpo scenarios.</source>
        <translation>--sft-model 仅适用于 rl 和 dpo 场景的计算任务。</translation>
    </message>
    <message>
        <source>--reward-model is for compute tasks of the rl scenario.</source>
        <translation>--reward-model 仅适用于 rl 场景的计算任务。</translation>
    </message>
    <message>
        <source>--task-type is for training jobs and model-training compute tasks.</source>
        <translation>--task-type 仅适用于训练任务和 model-training 场景的计算任务。</translation>
    </message>
    <message>
        <source>--task-type takes nlp, cv or ml, not &quot;%1&quot;.</source>
        <translation>--task-type 应为 nlp、cv 或 ml，而不是“%1”。</translation>
    </message>
    <message>
        <source>--framework takes %1, not &quot;%2&quot;.</source>
        <translation>--framework 应为 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>--resource-type takes standard or advanced, not &quot;%1&quot;.</source>
        <translation>--resource-type 应为 standard 或 advanced，而不是“%1”。</translation>
    </message>
    <message>
        <source>create-task needs --name NAME.</source>
        <translation>create-task 需要 --name NAME。</translation>
    </message>
    <message>
        <source>create-task needs --algorithm ALGORITHM (see &apos;suanli-cli assets algorithm&apos;).</source>
        <translation>create-task 需要 --algorithm ALGORITHM（参见“suanli-cli assets algorithm”）。</translation>
    </message>
    <message>
        <source>Give the input as --dataset or as --input-dir, not both.</source>
        <translation>--dataset 和 --input-dir 只能二选一来指定输入，不能同时指定。</translation>
    </message>
    <message>
        <source>A preset spec decides the resource group: give --spec or --resource-group, not both.</source>
        <translation>预设规格已决定资源组：--spec 和 --resource-group 只能二选一，不能同时指定。</translation>
    </message>
    <message>
        <source>create-task needs --spec SPEC (see &apos;suanli-cli specs&apos;), or --resource-group with --cpu and --memory (see &apos;suanli-cli resource-groups&apos;).</source>
        <translation>create-task 需要 --spec SPEC（参见“suanli-cli specs”），或者 --resource-group 加 --cpu 和 --memory（参见“suanli-cli resource-groups”）。</translation>
    </message>
    <message>
        <source>With --resource-group, give --cpu N and --memory GB (per node).</source>
        <translation>使用 --resource-group 时，请指定 --cpu N 和 --memory GB（每个节点）。</translation>
    </message>
    <message>
        <source>The algorithm %1 has no strategy to run it with.</source>
        <translation>算法 %1 没有可用于运行的策略。</translation>
    </message>
    <message>
        <source>The algorithm %1 has several strategies; choose one with --config: %2.</source>
        <translation>算法 %1 有多个策略；请用 --config 选择一个：%2。</translation>
    </message>
    <message>
        <source>The algorithm %1 has no strategy &quot;%2&quot;. Strategies: %3.</source>
        <translation>算法 %1 没有策略“%2”。可用策略：%3。</translation>
    </message>
    <message>
        <source>The strategy %1 names no image: give --image IMAGE.</source>
        <translation>策略 %1 未指定镜像：请用 --image IMAGE 指定。</translation>
    </message>
    <message>
        <source>no input</source>
        <translation>无输入</translation>
    </message>
    <message>
        <source>The resource group %1 has no high-performance network (RDMA).</source>
        <translation>资源组 %1 没有高性能网络（RDMA）。</translation>
    </message>
    <message>
        <source>This creates &quot;%1&quot; (%2): %3 (%4), image %5 %6, input %7, %8 in %9. It starts at once and uses the account&apos;s compute quota.</source>
        <translation>此操作将创建“%1”（%2）：%3（%4），镜像 %5 %6，输入 %7，在 %9 中使用 %8。任务会立即启动，并占用该账户的算力配额。</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>clone takes exactly one ID: a compute task.</source>
        <translation>clone 只接受一个 ID，且须为计算任务。</translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to clone %1.</source>
        <translation>未执行任何操作。如确需克隆 %1，请加上 --yes。</translation>
    </message>
    <message>
        <source>%1: no such compute task in account %2.</source>
        <translation>%1：账户 %2 中没有此计算任务。</translation>
    </message>
    <message>
        <source>%1: cannot clone it: %2</source>
        <translation>%1：无法克隆：%2</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>未执行任何操作。</translation>
    </message>
    <message>
        <source>specs takes no arguments.</source>
        <translation>specs 不接受参数。</translation>
    </message>
    <message>
        <source>No preset specs: this deployment does not use them; create with --resource-group instead.</source>
        <translation>没有预设规格：此部署不使用预设规格；请改用 --resource-group 创建。</translation>
    </message>
    <message>
        <source>No preset spec has the GPU model %1. GPU models: %2.</source>
        <translation>没有 GPU 型号为 %1 的预设规格。可用 GPU 型号：%2。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>GPU models: %1</source>
        <translation>GPU 型号：%1</translation>
    </message>
    <message>
        <source>resource-groups takes no arguments.</source>
        <translation>resource-groups 不接受参数。</translation>
    </message>
    <message>
        <source>No resource groups for this account&apos;s user group.</source>
        <translation>此账户所在的用户组没有资源组。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>GPU SHARE</source>
        <translation>GPU 共享方式</translation>
    </message>
    <message>
        <source>GPU MODELS</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPUS FREE</source>
        <translation>空闲 GPU</translation>
    </message>
    <message>
        <source>CPU FREE</source>
        <translation>空闲 CPU</translation>
    </message>
    <message>
        <source>MEMORY FREE</source>
        <translation>空闲内存</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>%1/%2 GB</source>
        <translation>%1/%2 GB</translation>
    </message>
    <message>
        <source>assets takes one of: image, algorithm, model, dataset.</source>
        <translation>assets 需要以下之一：image、algorithm、model、dataset。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何内容。</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>★ preset by the platform</source>
        <translation>★ 平台预置</translation>
    </message>
</context>
<context>
    <name>UnisEnvelope</name>
    <message>
        <source>The UNIS platform no longer accepts the sign-in; sign in again.</source>
        <translation>紫光 UNIS 平台的登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>the answer has neither a code nor a success field</source>
        <translation>响应中既没有“code”字段，也没有“success”字段</translation>
    </message>
</context>
<context>
    <name>UnisLogin</name>
    <message numerus="yes">
        <source>The login encryption key must be 16, 24 or 32 characters long; this one has %n.</source>
        <translation>
            <numerusform>登录加密密钥的长度必须为 16、24 或 32 个字符；当前为 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be encrypted for the sign-in.</source>
        <translation>无法为登录加密密码。</translation>
    </message>
</context>
<context>
    <name>UnisLogs</name>
    <message>
        <source>The log answer holds no data.</source>
        <translation>日志响应中没有数据。</translation>
    </message>
    <message>
        <source>The log answer does not say where its lines start.</source>
        <translation>日志响应中未指明日志行的起始位置。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>UnisMapping</name>
    <message>
        <source>the answer&apos;s data is not an object</source>
        <translation>响应中的数据不是对象</translation>
    </message>
    <message>
        <source>the answer&apos;s data is not a list</source>
        <translation>响应中的数据不是列表</translation>
    </message>
    <message>
        <source>an entry of %1 is not an object</source>
        <translation>%1中的条目不是对象</translation>
    </message>
    <message>
        <source>the list in the answer is not a list</source>
        <translation>响应中的列表字段不是列表</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Tenant administrator</source>
        <translation>租户管理员</translation>
    </message>
    <message>
        <source>User</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <source>the user information has no user</source>
        <translation>用户信息中缺少用户</translation>
    </message>
    <message>
        <source>the user information has no user id or name</source>
        <translation>用户信息中缺少用户 ID 或名称</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Pre-train</source>
        <translation>预训练</translation>
    </message>
    <message>
        <source>Reinforcement learning</source>
        <translation>强化学习</translation>
    </message>
    <message>
        <source>Direct preference (DPO)</source>
        <translation>直接偏好优化（DPO）</translation>
    </message>
    <message>
        <source>Model training</source>
        <translation>模型训练</translation>
    </message>
    <message>
        <source>a pod has neither an id nor a name</source>
        <translation>某个容器组既没有 ID 也没有名称</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>事件列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <source>a spec has no specId</source>
        <translation>某个规格缺少 specId</translation>
    </message>
    <message>
        <source>the answer names no resource group</source>
        <translation>响应中未指明资源组</translation>
    </message>
    <message>
        <source>the resource groups</source>
        <translation>资源组列表</translation>
    </message>
    <message>
        <source>a resource group has no id</source>
        <translation>某个资源组没有 ID</translation>
    </message>
    <message>
        <source>an asset has no id</source>
        <translation>某个资产没有 ID</translation>
    </message>
    <message>
        <source>the strategies</source>
        <translation>策略列表</translation>
    </message>
    <message>
        <source>a strategy has no id</source>
        <translation>某个策略没有 ID</translation>
    </message>
    <message>
        <source>the strategy has no id</source>
        <translation>该策略没有 ID</translation>
    </message>
    <message>
        <source>the answer carries no command</source>
        <translation>响应中没有命令</translation>
    </message>
    <message>
        <source>The platform did not carry it out.</source>
        <translation>平台未执行此操作。</translation>
    </message>
    <message>
        <source>The task cannot be resumed.</source>
        <translation>该任务无法恢复运行。</translation>
    </message>
    <message>
        <source>the answer names no model</source>
        <translation>响应中未指明模型</translation>
    </message>
</context>
<context>
    <name>UnisMonitoring</name>
    <message>
        <source>GPU utilization</source>
        <translation>GPU 利用率</translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <source>Memory utilization</source>
        <translation>内存利用率</translation>
    </message>
    <message>
        <source>GPU core utilization</source>
        <translation>GPU 核心利用率</translation>
    </message>
    <message>
        <source>SM active</source>
        <translation>SM 活跃度</translation>
    </message>
    <message>
        <source>DRAM active</source>
        <translation>DRAM 活跃度</translation>
    </message>
    <message>
        <source>PCIe bandwidth</source>
        <translation>PCIe 带宽</translation>
    </message>
    <message>
        <source>PCIe Tx</source>
        <translation>PCIe 发送</translation>
    </message>
    <message>
        <source>PCIe Rx</source>
        <translation>PCIe 接收</translation>
    </message>
    <message>
        <source>RDMA in</source>
        <translation>RDMA 接收</translation>
    </message>
    <message>
        <source>RDMA out</source>
        <translation>RDMA 发送</translation>
    </message>
    <message>
        <source>NVLink bandwidth</source>
        <translation>NVLink 带宽</translation>
    </message>
    <message>
        <source>FP16 pipe</source>
        <translation>FP16 管线</translation>
    </message>
    <message>
        <source>FP32 pipe</source>
        <translation>FP32 管线</translation>
    </message>
    <message>
        <source>FP64 pipe</source>
        <translation>FP64 管线</translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation>GPU 功耗</translation>
    </message>
    <message>
        <source>GPU temperature</source>
        <translation>GPU 温度</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>Mean response time</source>
        <translation>平均响应时间</translation>
    </message>
    <message>
        <source>Token generation speed</source>
        <translation>Token 生成速度</translation>
    </message>
    <message>
        <source>Cluster CPU in use</source>
        <translation>集群 CPU 使用量</translation>
    </message>
    <message>
        <source>Cluster memory in use</source>
        <translation>集群内存使用量</translation>
    </message>
    <message>
        <source>Cluster GPUs in use</source>
        <translation>集群 GPU 使用量</translation>
    </message>
    <message>
        <source>Cluster file system in use</source>
        <translation>集群文件系统使用量</translation>
    </message>
    <message>
        <source>RDMA download per card</source>
        <translation>单卡 RDMA 下载</translation>
    </message>
    <message>
        <source>RDMA upload per card</source>
        <translation>单卡 RDMA 上传</translation>
    </message>
    <message>
        <source>The monitoring answer holds no metrics object.</source>
        <translation>监控响应中没有 metrics 对象。</translation>
    </message>
    <message>
        <source>The RDMA answer holds no traffic object.</source>
        <translation>RDMA 响应中没有 traffic 对象。</translation>
    </message>
    <message>
        <source>The cluster totals answer holds no data object.</source>
        <translation>集群总量响应中没有 data 对象。</translation>
    </message>
    <message>
        <source>The cluster totals answer names none of the documented fields.</source>
        <translation>集群总量响应中没有任何文档所列的字段。</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>文件系统</translation>
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

紫光 UNIS 算力平台 (jobs: dev-env, training, fine-tune, compute-task):
  whoami | quota | specs | resource-groups [--account NAME]
  assets image|algorithm|model|dataset [--mine] [--search TEXT] [--account NAME]
  pods JOB_ID [--account NAME]
  events POD_UID [--job JOB_ID] [--account NAME]
  resume ID... [--account NAME] [--yes]
  clone ID [--name NAME] [--account NAME] [--yes]
  register-model ID --name NAME [--account NAME]
  create-devenv --name NAME --image IMAGE (--spec SPEC | --gpu-model MODEL [--gpus N] |
                --resource-group GROUP --cpu N --memory GB [GPUs]) [--ssh ...] [--yes]
  create-task --kind training|fine-tune|compute-task --name NAME --algorithm ALGORITHM
              (--spec SPEC | --resource-group GROUP --cpu N --memory GB [GPUs]) [...] [--yes]

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

命令行版算力控制台：管理 GPU 云的账户、资源和余额。

账户：
  account add NAME --platform PLATFORM [--base-url URL] [--login USER]
                   [--option KEY=VALUE]... [--secret-stdin] [--insecure-storage]
                   [--password-stdin [--remember-password]]
  account list
  account remove NAME
  account check NAME

资源（未指定 --account 时涉及所有账户）：
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

紫光 UNIS 算力平台（任务类型：dev-env、training、fine-tune、compute-task）：
  whoami | quota | specs | resource-groups [--account NAME]
  assets image|algorithm|model|dataset [--mine] [--search TEXT] [--account NAME]
  pods JOB_ID [--account NAME]
  events POD_UID [--job JOB_ID] [--account NAME]
  resume ID... [--account NAME] [--yes]
  clone ID [--name NAME] [--account NAME] [--yes]
  register-model ID --name NAME [--account NAME]
  create-devenv --name NAME --image IMAGE (--spec SPEC | --gpu-model MODEL [--gpus N] |
                --resource-group GROUP --cpu N --memory GB [GPUs]) [--ssh ...] [--yes]
  create-task --kind training|fine-tune|compute-task --name NAME --algorithm ALGORITHM
              (--spec SPEC | --resource-group GROUP --cpu N --memory GB [GPUs]) [...] [--yes]

全局选项：
  --config-dir DIR  使用 DIR 存放 accounts.json 和 settings.ini（也可用 SUANLI_CONFIG_DIR 指定）
  --json            以 UTF-8 JSON 格式在标准输出上打印结果，所有消息均为英文
  --lang LANG       消息和表格的语言：en 或 zh_CN
                    （默认取自 LC_ALL、LC_MESSAGES 或 LANG）
  --verbose         在标准错误上记录每个 HTTP 请求（方法、URL、状态码、耗时）
  --help            显示帮助；COMMAND --help 显示该命令的帮助

需要单个账户的命令在省略 --account 时，会使用唯一的那个账户。

退出码：0 成功，1 失败（网络或平台错误），2 用法错误，
        3 身份验证失败，4 被拒绝（需要 --yes，或不支持该操作）。
</translation>
    </message>
    <message>
        <source>
Monitoring (紫光 UNIS):
  metrics POD... [--account NAME] [--since DURATION | --from TIME [--to TIME]]
          [--metric KEY]... [--csv]
</source>
        <translation>
监控（紫光 UNIS）：
  metrics POD... [--account NAME] [--since DURATION | --from TIME [--to TIME]]
          [--metric KEY]... [--csv]
</translation>
    </message>
    <message>
        <source>UNIS storage (private, or the shared one with --public):
  upload PATH... --to REMOTE_DIR [--public] [--parallel N] [--chunk-size 8M] [--limit 10M]
         [--account NAME]
  files ls [REMOTE_DIR] [--public] [--account NAME]
  files mkdir REMOTE_DIR... [--public] [--account NAME]
  files rm REMOTE_PATH... [--public] [--account NAME] [--yes]
  files sftp [--public] [--reveal-password] [--account NAME]
</source>
        <translation>UNIS 存储（私有存储；指定 --public 时为共享的公共存储）：
  upload PATH... --to REMOTE_DIR [--public] [--parallel N] [--chunk-size 8M] [--limit 10M]
         [--account NAME]
  files ls [REMOTE_DIR] [--public] [--account NAME]
  files mkdir REMOTE_DIR... [--public] [--account NAME]
  files rm REMOTE_PATH... [--public] [--account NAME] [--yes]
  files sftp [--public] [--reveal-password] [--account NAME]
</translation>
    </message>
    <message>
        <source>Job logs (紫光 UNIS):
  logs POD|TASK [--account NAME] [--follow] [--tail N] [--all] [--output FILE]
</source>
        <translation>任务日志（紫光 UNIS）：
  logs POD|TASK [--account NAME] [--follow] [--tail N] [--all] [--output FILE]
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

Options (--option KEY=VALUE):
  ca-cert=FILE         every platform: also trust the CA certificate(s) in FILE (PEM or DER),
                       for a deployment with a certificate of its own CA
  aes-key=KEY          紫光 UNIS: the deployment&apos;s login encryption key (16, 24 or 32 bytes)
  plain-password=true  紫光 UNIS: send the password unencrypted (platforms before version D11)
Other keys are refused. For 紫光 UNIS the secret is the password, and --login the user name.
</source>
        <translation>用法：suanli-cli account add NAME --platform PLATFORM [--base-url URL] [--login USER]
                             [--option KEY=VALUE]... [--secret-stdin] [--insecure-storage]
                             [--password-stdin [--remember-password]]

先向平台验证账户的密钥（API 密钥、令牌或密码），然后添加该账户。
指定 --secret-stdin 时从标准输入读取密钥（一行），否则在终端上以不回显的方式询问。
密钥保存在系统钥匙串中，绝不写入文件；但指定 --insecure-storage 时，会改为保存在
配置目录中的未加密文件里。

  --platform PLATFORM  chenyu、huixingyun、unis 或 yuanjing
  --base-url URL       平台地址（默认：平台的公共地址）
  --login USER         用户名或手机号（适用于需要登录名的平台）
  --option KEY=VALUE   平台专用设置；可重复指定
  --secret-stdin       从标准输入读取密钥
  --insecure-storage   将密钥保存在未加密文件中（适用于没有钥匙串的机器）
  --password-stdin     慧星云：从标准输入读取账户密码，并用它创建一个名为
                       “Suanli Console @ HOST”的 API 令牌；只保存该令牌
  --remember-password  慧星云：同时将密码保存在钥匙串中，供 tokens 命令使用

选项（--option KEY=VALUE）：
  ca-cert=FILE         所有平台：额外信任 FILE 中的 CA 证书（PEM 或 DER），
                       适用于证书由自有 CA 签发的部署
  aes-key=KEY          紫光 UNIS：该部署的登录加密密钥（16、24 或 32 字节）
  plain-password=true  紫光 UNIS：不加密发送密码（D11 之前版本的平台）
不接受其他键。对于紫光 UNIS，密钥即密码，--login 即用户名。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli pods [--account NAME] [--page N] [--page-size N] [--keyword K]
       suanli-cli pods JOB_ID [--account NAME]

For a 晨羽智云 account: lists its pods (application templates); every page unless --page is given.
For a 紫光 UNIS account: lists the pods (instances) of one job, with their UIDs for &apos;events&apos;.
</source>
        <translation>用法：suanli-cli pods [--account NAME] [--page N] [--page-size N] [--keyword K]
      suanli-cli pods JOB_ID [--account NAME]

对于晨羽智云账户：列出其应用（应用模板）；未指定 --page 时列出所有页。
对于紫光 UNIS 账户：列出某个任务的容器组（实例）及其 UID，供“events”使用。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli events POD_UID [--job JOB_ID] [--account NAME]

Lists the Kubernetes events of a 紫光 UNIS pod, oldest first. With --job, the pod may also be
given by its name.
</source>
        <translation>用法：suanli-cli events POD_UID [--job JOB_ID] [--account NAME]

列出紫光 UNIS 容器组的 Kubernetes 事件，最早的在前。指定 --job 时，也可以按名称
指定容器组。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli whoami [--account NAME]

Shows who a 紫光 UNIS account signs in as: user, tenant, user group and role.
</source>
        <translation>用法：suanli-cli whoami [--account NAME]

显示紫光 UNIS 账户的登录身份：用户、租户、用户组和角色。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli quota [--account NAME]

Shows what is left of a 紫光 UNIS account&apos;s compute quota (CPU, memory, GPUs, vGPUs, MIG
slices, jobs) and its storage quota. In JSON a figure is a number, or the platform&apos;s own
words when it sends words (a storage quota that is not enabled), or null.
</source>
        <translation>用法：suanli-cli quota [--account NAME]

显示紫光 UNIS 账户剩余的计算配额（CPU、内存、GPU、vGPU、MIG 切片、任务数）及其存储配额。
在 JSON 中，各项数值为数字；平台返回文字时（如未启用的存储配额）为平台的原文；
否则为 null。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli specs [--gpu-model MODEL] [--account NAME]

Lists the preset specs of a 紫光 UNIS deployment (CPU, memory, GPUs) and its GPU models.
</source>
        <translation>用法：suanli-cli specs [--gpu-model MODEL] [--account NAME]

列出紫光 UNIS 部署的预置规格（CPU、内存、GPU）及其 GPU 型号。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli resource-groups [--account NAME]

Lists the resource groups a 紫光 UNIS account&apos;s jobs can run in, with what is free now.
</source>
        <translation>用法：suanli-cli resource-groups [--account NAME]

列出紫光 UNIS 账户的任务可以运行的资源组，以及各资源组当前的空闲资源。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli assets image|algorithm|model|dataset [--mine] [--search TEXT] [--account NAME]

Lists the AI assets of a 紫光 UNIS account (the names the create commands take), every one
it can see or with --mine only its own.
</source>
        <translation>用法：suanli-cli assets image|algorithm|model|dataset [--mine] [--search TEXT] [--account NAME]

列出紫光 UNIS 账户的 AI 资产（即各创建命令所接受的名称）：默认列出其可见的全部资产，
指定 --mine 时只列出自己的。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli resume ID... [--account NAME] [--yes]

Lets a stopped or failed 紫光 UNIS compute task run on from its last checkpoint, after
asking the platform whether it can. It uses compute quota, so --yes is required.
</source>
        <translation>用法：suanli-cli resume ID... [--account NAME] [--yes]

先向平台确认能否恢复，然后让已停止或失败的紫光 UNIS 计算任务从上一个检查点继续运行。
此操作会占用计算配额，因此必须加上 --yes。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli clone ID [--name NAME] [--account NAME] [--yes]

Creates a 紫光 UNIS compute task with the settings of another (named NAME, default the
old name with &quot;-clone&quot;), and prints its id once the list shows it. It starts at once and
uses compute quota, so --yes is required.
</source>
        <translation>用法：suanli-cli clone ID [--name NAME] [--account NAME] [--yes]

按另一个紫光 UNIS 计算任务的设置创建新的计算任务（名为 NAME，默认为原名称加上 -clone），
并在列表中出现后打印其 ID。新任务会立即开始运行并占用计算配额，因此必须加上 --yes。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli register-model ID --name NAME [--account NAME]

Registers what a 紫光 UNIS job that succeeded wrote to its output folder as a private model
named NAME in the AI assets.
</source>
        <translation>用法：suanli-cli register-model ID --name NAME [--account NAME]

将已成功的紫光 UNIS 任务写入其输出文件夹的内容，注册为 AI 资产中名为 NAME 的私有模型。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli create-devenv --name NAME --image IMAGE [--image-version V]
           (--spec SPEC [--resource-group GROUP] | --gpu-model MODEL [--gpus N] |
            --resource-group GROUP --cpu N --memory GB [--gpu-model MODEL]
            [--gpus N | --vgpus N [--vgpu-memory MB] [--vgpu-cores N] | --mig PROFILE [--mig-count N]])
           [--ssh] [--ssh-auth password|key-pair|both] [--ssh-key-pair ID] [--ssh-password-stdin]
           [--no-shared-memory] [--account NAME] [--yes]

Creates a 紫光 UNIS dev environment (notebook) and prints its id once the list shows it (the
platform&apos;s answer does not name it). Names are checked against the platform first (see
&apos;assets image&apos;, &apos;specs&apos;, &apos;resource-groups&apos;); ids work too. With a preset spec (or a GPU model
and a number of whole cards, which pick one) the spec decides the CPU, memory, GPUs and the
resource group; without, give a resource group and the resources. The image version is the
image&apos;s current one unless --image-version is given. SSH signs in with a password the
platform makes, one read from stdin, or a key pair. /dev/shm is mounted unless
--no-shared-memory; the platform&apos;s create call takes no other mounts.
It uses compute quota while it runs, so --yes is required.
</source>
        <translation>用法：suanli-cli create-devenv --name NAME --image IMAGE [--image-version V]
          (--spec SPEC [--resource-group GROUP] | --gpu-model MODEL [--gpus N] |
           --resource-group GROUP --cpu N --memory GB [--gpu-model MODEL]
           [--gpus N | --vgpus N [--vgpu-memory MB] [--vgpu-cores N] | --mig PROFILE [--mig-count N]])
          [--ssh] [--ssh-auth password|key-pair|both] [--ssh-key-pair ID] [--ssh-password-stdin]
          [--no-shared-memory] [--account NAME] [--yes]

创建紫光 UNIS 开发环境（notebook），并在列表中出现后打印其 ID（平台的响应中不含该 ID）。
名称会先与平台核对（参见“assets image”“specs”“resource-groups”）；也可以直接使用 ID。
使用预置规格时（或指定 GPU 型号和整卡数量，由此选定一个规格），CPU、内存、GPU 和资源组
均由规格决定；不使用规格时，需指定资源组和各项资源。除非指定 --image-version，否则使用
镜像的当前版本。SSH 登录可使用平台生成的密码、从标准输入读取的密码或密钥对。除非指定
--no-shared-memory，否则会挂载 /dev/shm；平台的创建接口不接受其他挂载。
开发环境运行期间会占用计算配额，因此必须加上 --yes。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli create-task --kind training|fine-tune|compute-task --name NAME
           [--scenario SCENARIO [--incremental]] --algorithm ALGORITHM [--algorithm-version V]
           [--config STRATEGY] [--param NAME=VALUE]... [--env NAME=VALUE]... [--command CMD]
           [--image IMAGE [--image-version V]] [--model MODEL [--model-version V]]
           [--sft-model MODEL] [--reward-model MODEL] [--dataset DATASET [--dataset-version V] |
            --input-dir DIR] [--output DIR] [--working-dir DIR]
           (--spec SPEC | --resource-group GROUP --cpu N --memory GB [--gpus N | --vgpus N ... |
            --mig PROFILE ...]) [--nodes N] [--rdma] [--framework F] [--task-type nlp|cv|ml]
           [--resource-type standard|advanced] [--description TEXT] [--urgent] [--account NAME] [--yes]

Creates a 紫光 UNIS training job, LLM fine-tune job or compute task from an algorithm of the AI
assets and prints its id once the list shows it. The algorithm&apos;s strategy (--config; needed
when it has several) gives the start file, the image, the base model and the hyper-parameters,
which --param changes or adds to; the command is generated from them unless --command is given.
  --scenario    compute tasks: fine-tune, pre-train, rl, dpo or model-training;
                fine-tune jobs: fine-tune (default) or pre-train; --incremental: incremental pre-training
  --sft-model   rl and dpo: the policy (SFT) model; --reward-model: rl&apos;s reward model
  --dataset     a dataset of the AI assets as input; --input-dir a folder of your storage instead
  --nodes       how many nodes, each with the spec&apos;s or the given resources (default 1)
  --framework   PyTorch, TensorFlow, scikit-learn or MPI (default: the strategy&apos;s)
  --task-type   training and model-training: nlp (default), cv or ml
It starts at once and uses compute quota, so --yes is required.
</source>
        <translation>用法：suanli-cli create-task --kind training|fine-tune|compute-task --name NAME
          [--scenario SCENARIO [--incremental]] --algorithm ALGORITHM [--algorithm-version V]
          [--config STRATEGY] [--param NAME=VALUE]... [--env NAME=VALUE]... [--command CMD]
          [--image IMAGE [--image-version V]] [--model MODEL [--model-version V]]
          [--sft-model MODEL] [--reward-model MODEL] [--dataset DATASET [--dataset-version V] |
           --input-dir DIR] [--output DIR] [--working-dir DIR]
          (--spec SPEC | --resource-group GROUP --cpu N --memory GB [--gpus N | --vgpus N ... |
           --mig PROFILE ...]) [--nodes N] [--rdma] [--framework F] [--task-type nlp|cv|ml]
          [--resource-type standard|advanced] [--description TEXT] [--urgent] [--account NAME] [--yes]

用 AI 资产中的算法创建紫光 UNIS 训练任务、大模型微调任务或计算任务，并在列表中出现后
打印其 ID。算法的策略（--config；算法有多个策略时必须指定）决定启动文件、镜像、基础模型
和超参数，--param 可修改或新增超参数；除非指定 --command，否则根据这些设置生成启动命令。
  --scenario    计算任务：fine-tune、pre-train、rl、dpo 或 model-training；
                微调任务：fine-tune（默认）或 pre-train；--incremental：增量预训练
  --sft-model   rl 和 dpo：策略模型（SFT 模型）；--reward-model：rl 的奖励模型
  --dataset     以 AI 资产中的数据集作为输入；也可改用 --input-dir 指定你存储中的文件夹
  --nodes       节点数，每个节点使用规格中的资源或所指定的资源（默认 1）
  --framework   PyTorch、TensorFlow、scikit-learn 或 MPI（默认：策略中的框架）
  --task-type   训练任务和 model-training：nlp（默认）、cv 或 ml
任务会立即开始运行并占用计算配额，因此必须加上 --yes。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli metrics POD... [--account NAME] [--since DURATION | --from TIME [--to TIME]]
                          [--metric KEY]... [--csv]

Prints the monitoring series of 紫光 UNIS pods (the pod names of a job, e.g.
llm-...-worker-0): a summary row per series (last, min, average, max), every sample as
CSV with --csv, or every sample as JSON with --json. GPU metrics have a series per card.

  --since DURATION  the last 30s, 15m, 1h (default), 6h, 2d ...
  --from TIME       the range&apos;s start: &quot;2025-02-10 15:54:52&quot; (China time), an ISO time
                    with offset, or epoch milliseconds
  --to TIME         the range&apos;s end (default: now)
  --metric KEY      only this metric; may be repeated. Keys: cpuUtilizationRate,
                    memoryUtilizationRate, gpuUtilizationRate, gpuCoreUtilizationRate,
                    gpuSmActive, gpuDramActive, gpuPcie, gpuPcieTx, gpuPcieRx, rdmaReceiver,
                    rdmaTransmitted, gpuNvLink, fp16, fp32, fp64, gpuPower, gpuTemperature,
                    qps, responseSpeed, token
  --csv             time,epoch_ms,pod,metric,instance,unit,value rows, one per sample
</source>
        <translation>用法：suanli-cli metrics POD... [--account NAME] [--since DURATION | --from TIME [--to TIME]]
                         [--metric KEY]... [--csv]

打印紫光 UNIS 容器组（任务的容器组名称，例如 llm-...-worker-0）的监控序列：默认每个序列
输出一行汇总（最新值、最小值、平均值、最大值）；指定 --csv 时以 CSV 输出每个数据点，
指定 --json 时以 JSON 输出每个数据点。GPU 指标每张卡各有一个序列。

  --since DURATION  最近一段时间：30s、15m、1h（默认）、6h、2d ...
  --from TIME       时间范围的开始：&quot;2025-02-10 15:54:52&quot;（北京时间）、带时区偏移的
                    ISO 时间，或以毫秒计的 Unix 时间戳
  --to TIME         时间范围的结束（默认：当前时间）
  --metric KEY      只显示此指标；可重复指定。可用的键：cpuUtilizationRate,
                    memoryUtilizationRate, gpuUtilizationRate, gpuCoreUtilizationRate,
                    gpuSmActive, gpuDramActive, gpuPcie, gpuPcieTx, gpuPcieRx, rdmaReceiver,
                    rdmaTransmitted, gpuNvLink, fp16, fp32, fp64, gpuPower, gpuTemperature,
                    qps, responseSpeed, token
  --csv             每个数据点一行，列为 time,epoch_ms,pod,metric,instance,unit,value
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli upload PATH... --to REMOTE_DIR [--public] [--parallel N] [--chunk-size SIZE]
                         [--limit RATE] [--account NAME]

Uploads files and folders (with everything in them) into REMOTE_DIR of a UNIS account&apos;s
private storage, or of the public storage with --public. Each file is sent in chunks with
their MD5s; chunks the server already holds with the same MD5 are skipped, and a file
already there is not sent again. If the upload is interrupted, the same command resumes it
from the journal in the configuration directory. A file changed on disk since it was queued
is uploaded again from the start.

  --parallel N       requests at once, 1 to 8 (default 3)
  --chunk-size SIZE  1M to 64M (default 8M); an interrupted upload keeps its own
  --limit RATE       bytes per second over all uploads, such as 10M (default: none)

Shows a progress line on a terminal; with --json prints one object per PATH.
</source>
        <translation>用法：suanli-cli upload PATH... --to REMOTE_DIR [--public] [--parallel N] [--chunk-size SIZE]
                        [--limit RATE] [--account NAME]

将文件和文件夹（连同其中的所有内容）上传到 UNIS 账户私有存储的 REMOTE_DIR 中；指定
--public 时上传到公共存储。每个文件分块发送，并附带各块的 MD5；服务器上已有相同 MD5
的块会被跳过，已存在的文件不会重复发送。上传中断后，再次运行同一命令即可根据配置目录中的
上传记录继续上传。文件加入队列后如果在磁盘上发生了变化，将从头重新上传。

  --parallel N       同时发送的请求数，1 到 8（默认 3）
  --chunk-size SIZE  1M 到 64M（默认 8M）；中断后继续的上传沿用原来的分块大小
  --limit RATE       所有上传合计的每秒字节数上限，例如 10M（默认：不限）

在终端上显示进度行；指定 --json 时，每个 PATH 打印一个对象。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli files rm REMOTE_PATH... [--public] [--account NAME] --yes

Deletes files and folders (folders with everything in them). Needs --yes.
</source>
        <translation>用法：suanli-cli files rm REMOTE_PATH... [--public] [--account NAME] --yes

删除文件和文件夹（文件夹连同其中的所有内容）。需要加上 --yes。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli files mkdir REMOTE_DIR... [--public] [--account NAME]

Creates folders; their parent folders must exist.
</source>
        <translation>用法：suanli-cli files mkdir REMOTE_DIR... [--public] [--account NAME]

创建文件夹；其父文件夹必须已存在。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli files sftp [--public] [--reveal-password] [--account NAME]

Shows how to reach the storage over SFTP. The password shows only with --reveal-password.
</source>
        <translation>用法：suanli-cli files sftp [--public] [--reveal-password] [--account NAME]

显示如何通过 SFTP 访问存储。只有加上 --reveal-password 时才显示密码。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli files ls [REMOTE_DIR] [--public] [--account NAME]
       suanli-cli files mkdir REMOTE_DIR... [--public] [--account NAME]
       suanli-cli files rm REMOTE_PATH... [--public] [--account NAME] --yes
       suanli-cli files sftp [--public] [--reveal-password] [--account NAME]

The storage of a UNIS account: its private files, or the shared public storage with --public.
</source>
        <translation>用法：suanli-cli files ls [REMOTE_DIR] [--public] [--account NAME]
      suanli-cli files mkdir REMOTE_DIR... [--public] [--account NAME]
      suanli-cli files rm REMOTE_PATH... [--public] [--account NAME] --yes
      suanli-cli files sftp [--public] [--reveal-password] [--account NAME]

UNIS 账户的存储：其私有文件；指定 --public 时为共享的公共存储。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli logs POD|TASK [--account NAME] [--follow] [--tail N] [--all] [--output FILE]

Prints the log of a job&apos;s pod on a 紫光 UNIS account. POD is a pod&apos;s id or name, TASK a job&apos;s id
or name (a task with one pod shows that pod; with several, each pod&apos;s last lines).

  --tail N       the last N lines (default 100; 0 for none, with --follow)
  --all          the whole log; for a TASK every pod&apos;s log, through the batch download
  --follow       keep printing new lines until Ctrl+C
  --output FILE  write to FILE instead of standard output

With --json: one object with the lines (an array for several pods); with --follow one
object a line: {&quot;pod&quot;, &quot;line&quot;, &quot;text&quot;}.
</source>
        <translation>用法：suanli-cli logs POD|TASK [--account NAME] [--follow] [--tail N] [--all] [--output FILE]

打印紫光 UNIS 账户上某个任务容器组的日志。POD 为容器组的 ID 或名称，TASK 为任务的 ID
或名称（只有一个容器组的任务显示该容器组的日志；有多个容器组时，显示每个容器组的最后几行）。

  --tail N       最后 N 行（默认 100；与 --follow 合用时可设为 0，即不显示已有的行）
  --all          完整日志；对于 TASK，通过批量下载获取每个容器组的日志
  --follow       持续打印新行，直到按下 Ctrl+C
  --output FILE  写入 FILE，而不是标准输出

指定 --json 时：输出一个包含各行的对象（有多个容器组时为数组）；指定 --follow 时每行
输出一个对象：{&quot;pod&quot;, &quot;line&quot;, &quot;text&quot;}。
</translation>
    </message>
    <message>
        <source>
元境 Yuanjing (signs in with an SMS code; balance, list and show work as above):
  account add NAME --platform yuanjing --base-url URL --login PHONE [--code-stdin]
                   [--select USER_ID] [--insecure-storage]
  account login NAME [--code-stdin] [--select USER_ID]
  recharge AMOUNT [--wait [--timeout SECONDS]] [--account NAME] [--yes]
  keys [--account NAME]
  keys apply NAME [--description TEXT] [--account NAME]
  keys show ID [--account NAME]
  orders [--page N] [--page-size N] [--account NAME]
  price --model ID [--duration N] [--resolution R] [--ratio R] [--audio] [--account NAME]
  pricing-test PPID --usage JSON [--account NAME]
  models [--type text|image|reference] [--account NAME]
  video create --model ID --prompt TEXT [--duration N] [--ratio R] [--resolution R] [--audio]
               [--image FILE|URL] [--account NAME] [--yes]
  video tasks [--account NAME]
  video status TASKID [--account NAME]
</source>
        <translation>
元境（使用短信验证码登录；balance、list 和 show 的用法同上）：
  account add NAME --platform yuanjing --base-url URL --login PHONE [--code-stdin]
                   [--select USER_ID] [--insecure-storage]
  account login NAME [--code-stdin] [--select USER_ID]
  recharge AMOUNT [--wait [--timeout SECONDS]] [--account NAME] [--yes]
  keys [--account NAME]
  keys apply NAME [--description TEXT] [--account NAME]
  keys show ID [--account NAME]
  orders [--page N] [--page-size N] [--account NAME]
  price --model ID [--duration N] [--resolution R] [--ratio R] [--audio] [--account NAME]
  pricing-test PPID --usage JSON [--account NAME]
  models [--type text|image|reference] [--account NAME]
  video create --model ID --prompt TEXT [--duration N] [--ratio R] [--resolution R] [--audio]
               [--image FILE|URL] [--account NAME] [--yes]
  video tasks [--account NAME]
  video status TASKID [--account NAME]
</translation>
    </message>
    <message>
        <source>
  --code-stdin         元境: read the SMS code from stdin (one line) once it was sent;
                       otherwise it is asked for on the terminal
  --select USER_ID     元境: the account to sign in as when the phone has several

元境 signs in with a code sent by SMS to --login PHONE; there is no secret to type. A phone
number 元境 does not know yet gets a new 元境 account. --base-url is required: the platform
has no public address. The session the sign-in makes is stored in the keychain.
</source>
        <translation>
  --code-stdin         元境：验证码发送后，从标准输入读取短信验证码（一行）；
                       否则在终端上询问
  --select USER_ID     元境：手机号下有多个账户时，指定要登录的账户

元境通过发送到 --login PHONE 的短信验证码登录，无需输入密钥。元境尚未注册的手机号
会自动创建新的元境账户。必须指定 --base-url：该平台没有公共地址。登录产生的会话
保存在钥匙串中。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli account login NAME [--code-stdin] [--select USER_ID]

Signs an account in again with a new SMS code (元境), when its session has ended: a code
is sent to the account&apos;s phone and read from the terminal, or from stdin with --code-stdin.
The account signed in as before is chosen again; --select picks another of the phone&apos;s.
</source>
        <translation>用法：suanli-cli account login NAME [--code-stdin] [--select USER_ID]

会话过期后，用新的短信验证码重新登录账户（元境）：验证码会发送到该账户的手机，
然后从终端读取；指定 --code-stdin 时则从标准输入读取。
默认仍登录之前的账户；--select 可选择该手机号下的其他账户。
</translation>
    </message>
    <message>
        <source>Also: suanli-cli account login NAME (元境: sign in again with a new SMS code).
</source>
        <translation>另有：suanli-cli account login NAME（元境：用新的短信验证码重新登录）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli recharge AMOUNT [--wait [--timeout SECONDS]] [--account NAME] [--yes]

Starts an Alipay recharge of AMOUNT yuan (at most two decimals) on a 元境 account and prints
the payment page&apos;s address: open it in a browser to pay. It takes real money, so --yes is
required. With --wait the balance is asked every few seconds until the payment shows
(at most --timeout seconds, default 600; exit 1 when it does not).
</source>
        <translation>用法：suanli-cli recharge AMOUNT [--wait [--timeout SECONDS]] [--account NAME] [--yes]

为元境账户发起金额为 AMOUNT 元（最多两位小数）的支付宝充值，并打印支付页面的地址：
在浏览器中打开该地址即可付款。此操作会支付真实款项，因此必须加上 --yes。
指定 --wait 时，每隔几秒查询一次余额，直到付款到账（最多等待 --timeout 秒，
默认 600 秒；未到账则以退出码 1 退出）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli keys [--account NAME]
       suanli-cli keys apply NAME [--description TEXT] [--account NAME]
       suanli-cli keys show ID [--account NAME]

Lists the apps with downstream API keys of a 元境 account, applies for a key for a new app
(prints its id), or shows one app&apos;s API key and secret key.
</source>
        <translation>用法：suanli-cli keys [--account NAME]
      suanli-cli keys apply NAME [--description TEXT] [--account NAME]
      suanli-cli keys show ID [--account NAME]

列出元境账户中带有下游 API 密钥的应用，为新应用申请密钥（并打印其 ID），
或显示某个应用的 API 密钥和 Secret Key。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli orders [--page N] [--page-size N] [--account NAME]

Lists the charges of a 元境 account, newest first: model, usage, amount, status and booking
(page size 1 to 500, default 80).
</source>
        <translation>用法：suanli-cli orders [--page N] [--page-size N] [--account NAME]

列出元境账户的扣费订单，最新的在前：模型、用量、金额、状态和入账情况
（每页 1 到 500 条，默认 80 条）。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli price --model ID [--duration N] [--resolution R] [--ratio R] [--audio]
                        [--option KEY=VALUE]... [--account NAME]

Asks 元境 for the list price and your price of a model with a configuration.
</source>
        <translation>用法：suanli-cli price --model ID [--duration N] [--resolution R] [--ratio R] [--audio]
                       [--option KEY=VALUE]... [--account NAME]

向元境查询某个模型在指定配置下的原价和你的价格。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli pricing-test PPID --usage JSON [--account NAME]

Runs a 元境 pricing program on a usage object, such as &apos;{&quot;seconds&quot;:5,&quot;resolution&quot;:&quot;720p&quot;}&apos;,
for operators who define pricing.
</source>
        <translation>用法：suanli-cli pricing-test PPID --usage JSON [--account NAME]

用一个用量对象（例如 &apos;{&quot;seconds&quot;:5,&quot;resolution&quot;:&quot;720p&quot;}&apos;）运行元境的定价项目，
供负责定价的运营人员使用。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli models [--type text|image|reference] [--account NAME]

Lists 元境&apos;s video models (text to video, image to video, reference to video) and their inputs.
</source>
        <translation>用法：suanli-cli models [--type text|image|reference] [--account NAME]

列出元境的视频模型（文生视频、图生视频、参考生视频）及其输入项。
</translation>
    </message>
    <message>
        <source>Usage: suanli-cli video create --model ID --prompt TEXT [--duration N] [--ratio R]
                               [--resolution R] [--audio] [--image FILE|URL]
                               [--option KEY=VALUE]... [--poll-seconds N] [--account NAME] [--yes]
       suanli-cli video tasks [--account NAME]
       suanli-cli video status TASKID [--account NAME]

create checks the inputs against the model, shows the price and, with --yes (it costs
money), generates the video: progress lines on stderr, the video&apos;s address on stdout.
When the stream breaks the task&apos;s status is asked every --poll-seconds (default 5).
tasks lists today&apos;s tasks and the earlier ones seen here; status shows one task.
</source>
        <translation>用法：suanli-cli video create --model ID --prompt TEXT [--duration N] [--ratio R]
                              [--resolution R] [--audio] [--image FILE|URL]
                              [--option KEY=VALUE]... [--poll-seconds N] [--account NAME] [--yes]
      suanli-cli video tasks [--account NAME]
      suanli-cli video status TASKID [--account NAME]

create 会按模型要求检查输入并显示价格，指定 --yes 时（会产生费用）生成视频：
进度信息输出到标准错误，视频地址输出到标准输出。
流式连接中断时，每隔 --poll-seconds 秒（默认 5 秒）查询一次任务状态。
tasks 列出今天的任务以及之前在本机查看过的任务；status 显示单个任务。
</translation>
    </message>
</context>
<context>
    <name>YuanjingCommands</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 应为 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1 signs in with a mainland China mobile number: &quot;%2&quot; is not one.</source>
        <translation>%1使用中国大陆手机号登录：“%2”不是中国大陆手机号。</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the SMS code cannot be asked for: pass it on stdin with --code-stdin.</source>
        <translation>标准输入不是终端，无法询问短信验证码：请用 --code-stdin 从标准输入传入。</translation>
    </message>
    <message>
        <source>%1 signs in with a code sent by SMS. A phone number it does not know yet gets a new %2 account.</source>
        <translation>%1通过短信验证码登录。尚未注册的手机号会自动创建新的%2账户。</translation>
    </message>
    <message>
        <source>An SMS code was sent to %1.</source>
        <translation>短信验证码已发送至 %1。</translation>
    </message>
    <message>
        <source>SMS code: </source>
        <translation>短信验证码： </translation>
    </message>
    <message>
        <source>No SMS code was given.</source>
        <translation>未提供短信验证码。</translation>
    </message>
    <message>
        <source>This phone has several %1 accounts:</source>
        <translation>该手机号下有多个%1账户：</translation>
    </message>
    <message>
        <source>Account ID to sign in as: </source>
        <translation>要登录的账户 ID： </translation>
    </message>
    <message>
        <source>No account was chosen.</source>
        <translation>未选择账户。</translation>
    </message>
    <message>
        <source>USER ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>This phone has several %1 accounts: run the command again with --select USER_ID (a new SMS code is sent).</source>
        <translation>该手机号下有多个%1账户：请加上 --select USER_ID 重新运行该命令（会发送新的短信验证码）。</translation>
    </message>
    <message>
        <source>%1 did not sign in.</source>
        <translation>未能登录 %1。</translation>
    </message>
    <message>
        <source>%1 signs in with an SMS code, not a secret or a password: pass the code with --code-stdin, or type it when asked.</source>
        <translation>%1使用短信验证码登录，而不是密钥或密码：请用 --code-stdin 传入验证码，或在提示时输入。</translation>
    </message>
    <message>
        <source>Not a %1 account.</source>
        <translation>不是%1账户。</translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation>账户未添加。</translation>
    </message>
    <message>
        <source>The system keychain cannot store the %1 session.</source>
        <translation>系统钥匙串无法保存%1会话。</translation>
    </message>
    <message>
        <source>To store it in an unencrypted file readable only by you (%1), run again with --insecure-storage.</source>
        <translation>如需将其保存在仅你可读的未加密文件（%1）中，请加上 --insecure-storage 重新运行。</translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3), signed in as %4. The session is stored in: %5.</source>
        <translation>已添加账户 %1（%2，%3），已以 %4 身份登录。会话保存在：%5。</translation>
    </message>
    <message>
        <source>account login is for accounts that sign in with an SMS code; %1 is a %2 account.</source>
        <translation>account login 仅适用于使用短信验证码登录的账户；%1 是%2账户。</translation>
    </message>
    <message>
        <source>The new session could not be stored: %1</source>
        <translation>无法保存新的会话：%1</translation>
    </message>
    <message>
        <source>Signed in to %1 again as %2.</source>
        <translation>已重新登录 %1，身份为 %2。</translation>
    </message>
    <message>
        <source>recharge takes exactly one AMOUNT in yuan, such as 100 or 12.50.</source>
        <translation>recharge 只接受一个以元为单位的 AMOUNT，例如 100 或 12.50。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan with at most two decimals, above zero.</source>
        <translation>“%1”不是有效金额：金额以元为单位，须大于零，最多两位小数。</translation>
    </message>
    <message>
        <source>Recharging %1 takes a payment of real money with Alipay.</source>
        <translation>充值 %1 需要用支付宝支付真实款项。</translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to get the payment page.</source>
        <translation>未执行任何操作。加上 --yes 即可获取支付页面。</translation>
    </message>
    <message>
        <source>Open this address in a browser (a new window) to pay %1 with Alipay.</source>
        <translation>请在浏览器（新窗口）中打开以下地址，用支付宝支付 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the payment: the balance is asked every few seconds (at most %n second(s)).</source>
        <translation>
            <numerusform>正在等待付款：每隔几秒查询一次余额（最多 %n 秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No payment arrived within %n second(s); the balance is still %1.</source>
        <translation>
            <numerusform>%n 秒内未收到付款；余额仍为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid: the balance went from %1 to %2.</source>
        <translation>已付款：余额从 %1 变为 %2。</translation>
    </message>
    <message>
        <source>orders takes no arguments.</source>
        <translation>orders 不接受参数。</translation>
    </message>
    <message>
        <source>No orders on page %1 of %2.</source>
        <translation>第 %1 页（共 %2 页）没有订单。</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>没有订单。</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>使用时间</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>BOOKED</source>
        <translation>入账</translation>
    </message>
    <message>
        <source>Page %1 of %2; %3 orders in all.</source>
        <translation>第 %1 页，共 %2 页（共 %3 个订单）。</translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot;. See: suanli-cli models</source>
        <translation>%1没有模型“%2”。请查看：suanli-cli models</translation>
    </message>
    <message>
        <source>price takes no arguments.</source>
        <translation>price 不接受参数。</translation>
    </message>
    <message>
        <source>--model is required (see: suanli-cli models).</source>
        <translation>必须指定 --model（参见：suanli-cli models）。</translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--option 的格式应为 KEY=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>CONFIGURATION</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>LIST PRICE</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>YOUR PRICE</source>
        <translation>你的价格</translation>
    </message>
    <message>
        <source>pricing-test takes exactly one PPID (the pricing program).</source>
        <translation>pricing-test 只接受一个 PPID（定价项目）。</translation>
    </message>
    <message>
        <source>--usage takes a JSON object, such as &apos;{&quot;seconds&quot;:5,&quot;resolution&quot;:&quot;720p&quot;}&apos;.</source>
        <translation>--usage 应为 JSON 对象，例如 &apos;{&quot;seconds&quot;:5,&quot;resolution&quot;:&quot;720p&quot;}&apos;。</translation>
    </message>
    <message>
        <source>%1 prices %2 at %3.</source>
        <translation>%1 对 %2 的定价为 %3。</translation>
    </message>
    <message>
        <source>Unknown keys subcommand &quot;%1&quot; (list, apply, show).</source>
        <translation>未知的 keys 子命令“%1”（可用：list、apply、show）。</translation>
    </message>
    <message>
        <source>keys takes no arguments.</source>
        <translation>keys 不接受参数。</translation>
    </message>
    <message>
        <source>No API keys yet. Apply for one with: suanli-cli keys apply NAME</source>
        <translation>还没有 API 密钥。可用以下命令申请：suanli-cli keys apply NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The keys themselves: suanli-cli keys show ID</source>
        <translation>查看密钥本身：suanli-cli keys show ID</translation>
    </message>
    <message>
        <source>keys apply takes exactly one NAME (the app&apos;s name).</source>
        <translation>keys apply 只接受一个 NAME（应用名称）。</translation>
    </message>
    <message>
        <source>Applied for an API key for &quot;%1&quot;. See it with: suanli-cli keys</source>
        <translation>已为“%1”申请 API 密钥。可用以下命令查看：suanli-cli keys</translation>
    </message>
    <message>
        <source>Applied for an API key for &quot;%1&quot;. Show it with: suanli-cli keys show %2</source>
        <translation>已为“%1”申请 API 密钥。可用以下命令显示：suanli-cli keys show %2</translation>
    </message>
    <message>
        <source>keys show takes exactly one ID (see: suanli-cli keys).</source>
        <translation>keys show 只接受一个 ID（参见：suanli-cli keys）。</translation>
    </message>
    <message>
        <source>app:        %1</source>
        <translation>应用：        %1</translation>
    </message>
    <message>
        <source>API key:    %1</source>
        <translation>API 密钥：    %1</translation>
    </message>
    <message>
        <source>secret key: %1</source>
        <translation>Secret Key：  %1</translation>
    </message>
    <message>
        <source>Keep both as secret as a password.</source>
        <translation>请像保管密码一样妥善保管这两个密钥。</translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation>models 不接受参数。</translation>
    </message>
    <message>
        <source>--type takes text, image or reference (or 文生视频, 图生视频, 参考生视频), not &quot;%1&quot;.</source>
        <translation>--type 应为 text、image 或 reference（或者文生视频、图生视频、参考生视频），而不是“%1”。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>INPUTS</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No models.</source>
        <translation>没有模型。</translation>
    </message>
    <message>
        <source>video needs a subcommand: create, tasks or status.</source>
        <translation>video 需要一个子命令：create、tasks 或 status。</translation>
    </message>
    <message>
        <source>Unknown video subcommand &quot;%1&quot; (create, tasks, status).</source>
        <translation>未知的 video 子命令“%1”（可用：create、tasks、status）。</translation>
    </message>
    <message>
        <source>video create takes no arguments; the prompt goes with --prompt.</source>
        <translation>video create 不接受参数；提示词请用 --prompt 指定。</translation>
    </message>
    <message>
        <source>--prompt is required.</source>
        <translation>必须指定 --prompt。</translation>
    </message>
    <message>
        <source>The model %1 takes no --%2.</source>
        <translation>模型 %1 不接受 --%2。</translation>
    </message>
    <message>
        <source>--%1 takes one of %2 for %3, not &quot;%4&quot;.</source>
        <translation>对于 %3，--%1 应为 %2 之一，而不是“%4”。</translation>
    </message>
    <message>
        <source>The model %1 makes no audio.</source>
        <translation>模型 %1 不能生成音频。</translation>
    </message>
    <message>
        <source>The model %1 makes a video from an image: give it with --image FILE or URL.</source>
        <translation>模型 %1 根据图片生成视频：请用 --image FILE 或 URL 指定图片。</translation>
    </message>
    <message>
        <source>The model %1 takes no image.</source>
        <translation>模型 %1 不接受图片。</translation>
    </message>
    <message>
        <source>--image takes a PNG, JPEG or WebP file, or an http(s) address.</source>
        <translation>--image 应为 PNG、JPEG 或 WebP 文件，或者 http(s) 地址。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 超过 10 MB。</translation>
    </message>
    <message>
        <source>Generating this video costs %1, charged when it succeeds.</source>
        <translation>生成此视频需花费 %1，生成成功后扣费。</translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to generate it.</source>
        <translation>未执行任何操作。加上 --yes 即可生成。</translation>
    </message>
    <message>
        <source>Generating with %1 for %2…</source>
        <translation>正在使用 %1 生成视频（费用 %2）…</translation>
    </message>
    <message>
        <source>The video %1 is ready.</source>
        <translation>视频 %1 已生成。</translation>
    </message>
    <message>
        <source>The video %1 failed: %2</source>
        <translation>视频 %1 生成失败：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>video tasks takes no arguments.</source>
        <translation>video tasks 不接受参数。</translation>
    </message>
    <message>
        <source>No video tasks today.</source>
        <translation>今天没有视频任务。</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>PROMPT</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>VIDEO OR REASON</source>
        <translation>视频或原因</translation>
    </message>
    <message>
        <source>video status takes exactly one TASKID.</source>
        <translation>video status 只接受一个 TASKID。</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>YuanjingMapping</name>
    <message>
        <source>The 元境 session has ended. Sign in again with a new SMS code.</source>
        <translation>元境会话已过期。请用新的短信验证码重新登录。</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>元境 reported an error without saying which.</source>
        <translation>元境报告了错误，但未说明具体原因。</translation>
    </message>
    <message>
        <source>the answer has no &quot;status&quot;</source>
        <translation>响应中缺少“status”</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is unknown</source>
        <translation>状态“%1”未知</translation>
    </message>
    <message>
        <source>the answer has no &quot;key&quot; to sign in with</source>
        <translation>响应中缺少用于登录的“key”</translation>
    </message>
    <message>
        <source>the choice of accounts has no &quot;users&quot; list</source>
        <translation>可选账户中缺少“users”列表</translation>
    </message>
    <message>
        <source>an account to choose is not an object</source>
        <translation>某个可选账户不是对象</translation>
    </message>
    <message>
        <source>an account to choose has no id</source>
        <translation>某个可选账户没有 ID</translation>
    </message>
    <message>
        <source>the choice of accounts is empty</source>
        <translation>可选账户列表为空</translation>
    </message>
    <message>
        <source>the sign-in answer has no &quot;user&quot;</source>
        <translation>登录响应中缺少“user”</translation>
    </message>
    <message>
        <source>the signed-in user has no id</source>
        <translation>已登录的用户没有 ID</translation>
    </message>
    <message>
        <source>the answer has no payment address (&quot;redirct&quot;)</source>
        <translation>响应中缺少支付地址（“redirct”）</translation>
    </message>
    <message>
        <source>the payment address is not a web address</source>
        <translation>支付地址不是有效的网址</translation>
    </message>
    <message>
        <source>the balance is neither a list nor an object</source>
        <translation>余额既不是列表也不是对象</translation>
    </message>
    <message>
        <source>a balance entry is not an object</source>
        <translation>某个余额条目不是对象</translation>
    </message>
    <message>
        <source>a balance entry has no amount</source>
        <translation>某个余额条目没有金额</translation>
    </message>
    <message>
        <source>the answer has no &quot;price&quot;</source>
        <translation>响应中缺少“price”</translation>
    </message>
    <message>
        <source>the answer has no &quot;result&quot;</source>
        <translation>响应中缺少“result”</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>含音频</translation>
    </message>
    <message>
        <source>&quot;rows&quot; is not a list</source>
        <translation>“rows”不是列表</translation>
    </message>
    <message>
        <source>an order is not an object</source>
        <translation>某个订单不是对象</translation>
    </message>
    <message>
        <source>&quot;apikeys&quot; is not a list</source>
        <translation>“apikeys”不是列表</translation>
    </message>
    <message>
        <source>an app is not an object</source>
        <translation>某个应用不是对象</translation>
    </message>
    <message>
        <source>an app has no id</source>
        <translation>某个应用没有 ID</translation>
    </message>
    <message>
        <source>the answer has no API key (&quot;aapikey&quot;)</source>
        <translation>响应中缺少 API 密钥（“aapikey”）</translation>
    </message>
    <message>
        <source>Text to video (文生视频)</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <source>Image to video (图生视频)</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <source>Reference to video (参考生视频)</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <source>Reference image</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>the model list is not a list</source>
        <translation>模型列表字段不是列表</translation>
    </message>
    <message>
        <source>a model is not an object</source>
        <translation>某个模型不是对象</translation>
    </message>
    <message>
        <source>a model has no id</source>
        <translation>某个模型没有 ID</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; is neither a list nor an object</source>
        <translation>“tasks”既不是列表也不是对象</translation>
    </message>
    <message>
        <source>the task list is neither a list nor an object</source>
        <translation>任务列表字段既不是列表也不是对象</translation>
    </message>
    <message>
        <source>a task is not an object</source>
        <translation>某个任务不是对象</translation>
    </message>
    <message>
        <source>a task has no id</source>
        <translation>某个任务没有 ID</translation>
    </message>
    <message>
        <source>the task status has no &quot;response&quot;</source>
        <translation>任务状态中缺少“response”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <message>
        <source>Open FILE in the log viewer (no accounts are loaded).</source>
        <translation>在日志查看器中打开 FILE（不加载任何账户）。</translation>
    </message>
    <message>
        <source>Demo: a simulated 紫光 UNIS 算力平台 answers at %1.</source>
        <translation>演示：模拟的紫光 UNIS 算力平台运行在 %1。</translation>
    </message>
    <message>
        <source>The upload journal cannot be used (%1): uploads will not survive a restart.</source>
        <translation>上传记录不可用（%1）：重启后将无法继续未完成的上传。</translation>
    </message>
    <message>
        <source>Demo: a simulated 元境 answers at %1; its SMS codes show in this log.</source>
        <translation>演示：模拟的元境运行在 %1；其短信验证码会显示在此日志中。</translation>
    </message>
    <message>
        <source>Simulated SMS to %1: the code is %2.</source>
        <translation>发送至 %1 的模拟短信：验证码为 %2。</translation>
    </message>
</context>
<context>
    <name>suanli::AccountSession</name>
    <message>
        <source>it holds no PEM or DER certificate</source>
        <translation>其中没有 PEM 或 DER 格式的证书</translation>
    </message>
    <message>
        <source>The CA certificate file %1 of account %2 cannot be read: %3</source>
        <translation>无法读取账户 %2 的 CA 证书文件 %1：%3</translation>
    </message>
</context>
<context>
    <name>suanli::EventLogSource</name>
    <message>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation>HTTP 请求</translation>
    </message>
</context>
<context>
    <name>suanli::FileLogSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
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
    <name>suanli::LineMatcher</name>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1（位于第 %2 个字符）</translation>
    </message>
</context>
<context>
    <name>suanli::LogSource</name>
    <message>
        <source>This log cannot be downloaded.</source>
        <translation>此日志无法下载。</translation>
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
    <message>
        <source>The account&apos;s new session could not be stored: %1</source>
        <translation>无法保存该账户的新会话：%1</translation>
    </message>
    <message>
        <source>Sign in again with a new SMS code: suanli-cli account login %1</source>
        <translation>请用新的短信验证码重新登录：suanli-cli account login %1</translation>
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
    <message>
        <source>Login &amp;encryption key:</source>
        <translation>登录加密密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>16, 24 or 32 characters, from the platform&apos;s administrator</source>
        <translation>16、24 或 32 个字符，向平台管理员获取</translation>
    </message>
    <message>
        <source>Send the password &amp;unencrypted (platforms before version D11)</source>
        <translation>不加密发送密码(&amp;U)（D11 之前版本的平台）</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Optional: a PEM file, for a deployment with its own certificate authority</source>
        <translation>可选：PEM 文件，用于使用自有证书颁发机构的部署</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>From platform version D11 on, the password is sent AES-encrypted with this deployment&apos;s key. Ask the platform&apos;s administrator for it.</source>
        <translation>从平台 D11 版本起，密码会用该部署的密钥进行 AES 加密后发送。请向平台管理员索取该密钥。</translation>
    </message>
    <message>
        <source>Platforms before version D11 take the password as it is; no key is needed then.</source>
        <translation>D11 之前版本的平台直接接收原始密码，此时无需密钥。</translation>
    </message>
    <message>
        <source>Trusted for this account only, besides the system&apos;s certificate authorities. Certificate checks are never switched off.</source>
        <translation>仅对此账户生效，作为系统证书颁发机构之外的额外信任。证书校验始终不会关闭。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the login encryption key, or tick the box for platforms before version D11.</source>
        <translation>请输入登录加密密钥；如果平台版本早于 D11，请勾选相应选项。</translation>
    </message>
    <message numerus="yes">
        <source>The login encryption key has %n byte(s); it must have 16, 24 or 32.</source>
        <translation>
            <numerusform>登录加密密钥为 %n 字节，必须为 16、24 或 32 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>Your username and password on the platform. The password is kept in the keychain, the sign-in token only in memory. The login encryption key is the same for everyone on a deployment: ask its administrator.</source>
        <translation>你在该平台上的用户名和密码。密码保存在钥匙串中，登录令牌只保存在内存中。同一部署的所有用户使用相同的登录加密密钥，请向该部署的管理员索取。</translation>
    </message>
    <message>
        <source>https://host:port of your deployment (required)</source>
        <translation>你的部署的 https://host:port（必填）</translation>
    </message>
    <message>
        <source>Enter the address of your %1 deployment, e.g. https://10.0.0.8:30443.</source>
        <translation>请输入你的%1部署地址，例如 https://10.0.0.8:30443。</translation>
    </message>
    <message>
        <source>&amp;Sign in and add</source>
        <translation>登录并添加(&amp;S)</translation>
    </message>
    <message>
        <source>https://… (required)</source>
        <translation>https://…（必填）</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address (https://…).</source>
        <translation>请输入平台地址（https://…）。</translation>
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
    <message>
        <source>Balance &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>余额 &lt;b&gt;%1&lt;/b&gt;</translation>
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
    <name>suanli::gui::FileBrowserModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>suanli::gui::FileBrowserPage</name>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Your own files</source>
        <translation>你自己的文件</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>The storage shared by everyone on the platform</source>
        <translation>平台上所有人共享的存储</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>新建文件夹…</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>在 %1 中新建的文件夹名称：</translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation>上传文件…</translation>
    </message>
    <message>
        <source>Upload files to %1</source>
        <translation>上传文件到 %1</translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation>上传文件夹…</translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation>上传文件夹到 %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>SFTP details…</source>
        <translation>SFTP 连接信息…</translation>
    </message>
    <message>
        <source>Drop files or folders here to upload them into the folder shown.</source>
        <translation>将文件或文件夹拖放到此处，即可上传到当前显示的文件夹。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty. Drop files or folders here to upload them into it.</source>
        <translation>%1 为空。将文件或文件夹拖放到此处，即可上传到其中。</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n 个文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1</source>
        <translation>
            <numerusform>%n 个文件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Drop files or folders here to upload them.</source>
        <translation>%1。将文件或文件夹拖放到此处即可上传。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for upload to %1.</source>
        <translation>
            <numerusform>已将 %n 项加入队列，等待上传到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation>文件夹名称不能包含 / 或 \。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Created the folder %1.</source>
        <translation>已创建文件夹 %1。</translation>
    </message>
    <message>
        <source>the public storage</source>
        <translation>公共存储</translation>
    </message>
    <message>
        <source>your private storage</source>
        <translation>你的私有存储</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1?</source>
        <translation>
            <numerusform>确定要从%1中删除 %n 项吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders are deleted with everything in them. This cannot be undone.

%1</source>
        <translation>文件夹将连同其中的所有内容一起删除。此操作无法撤销。

%1</translation>
    </message>
    <message>
        <source>Deleting failed: %1</source>
        <translation>删除失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>已删除 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Public storage</source>
        <translation>公共存储</translation>
    </message>
    <message>
        <source>Private storage</source>
        <translation>私有存储</translation>
    </message>
</context>
<context>
    <name>suanli::gui::FileBrowserSftpDialog</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>SFTP access to the public storage</source>
        <translation>通过 SFTP 访问公共存储</translation>
    </message>
    <message>
        <source>SFTP access to the private storage</source>
        <translation>通过 SFTP 访问私有存储</translation>
    </message>
    <message numerus="yes">
        <source>Copies the password; the clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>复制密码；剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The platform gives its internal address: it may be reachable only from inside its network or over your VPN.</source>
        <translation>平台提供的是内部地址：可能只能在其内网中或通过你的 VPN 访问。</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>正在向平台查询…</translation>
    </message>
    <message>
        <source>The SFTP details could not be read: %1</source>
        <translation>无法读取 SFTP 连接信息：%1</translation>
    </message>
    <message>
        <source>Log in with any SFTP client, e.g. sftp -P %1 %2@%3</source>
        <translation>可使用任意 SFTP 客户端登录，例如 sftp -P %1 %2@%3</translation>
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
    <name>suanli::gui::LogView</name>
    <message>
        <source>No line matches the filter.</source>
        <translation>没有与筛选条件匹配的行。</translation>
    </message>
    <message>
        <source>No lines yet.</source>
        <translation>暂无日志行。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::LogViewRulesDialog</name>
    <message>
        <source>Highlight rules</source>
        <translation>高亮规则</translation>
    </message>
    <message>
        <source>Lines that match a rule are coloured; the first matching rule wins for the line&apos;s background. Double-click a colour to change it.</source>
        <translation>与规则匹配的行会着色；行背景色以第一条匹配的规则为准。双击颜色即可修改。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>大小写</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Whole line</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>The pattern “%1” is not a valid regular expression: %2</source>
        <translation>模式“%1”不是有效的正则表达式：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>suanli::gui::LogViewSearchBar</name>
    <message>
        <source>Regular expression (PCRE)</source>
        <translation>正则表达式（PCRE）</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show only the lines that match</source>
        <translation>仅显示匹配的行</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>停止搜索</translation>
    </message>
    <message>
        <source>Search…  (terms: ERROR AND cuda NOT timeout)</source>
        <translation>搜索…（条件示例：ERROR AND cuda NOT timeout）</translation>
    </message>
    <message>
        <source>Plain text or, with .*, a regular expression. Combine terms with AND and NOT (upper case, spaces around): “ERROR AND cuda NOT timeout” finds lines with ERROR and cuda but without timeout. Enter: next hit; Shift+Enter: previous hit.</source>
        <translation>输入纯文本；开启 .* 时按正则表达式匹配。可用 AND 和 NOT 组合条件（须大写，前后留空格）：“ERROR AND cuda NOT timeout”会查找包含 ERROR 和 cuda 但不含 timeout 的行。Enter：下一个匹配；Shift+Enter：上一个匹配。</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hits so far</source>
        <translation>已找到 %1 个匹配</translation>
    </message>
</context>
<context>
    <name>suanli::gui::LogViewerWindow</name>
    <message>
        <source>Stop the download</source>
        <translation>停止下载</translation>
    </message>
    <message>
        <source>Download the task&apos;s logs</source>
        <translation>下载任务日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>日志 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Downloading the logs of “%1”…</source>
        <translation>正在下载“%1”的日志…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Task logs</source>
        <translation>任务日志</translation>
    </message>
    <message>
        <source>The logs could not be downloaded.

%1</source>
        <translation>无法下载日志。

%1</translation>
    </message>
    <message>
        <source>The platform sent a zip archive; it was saved to %1.</source>
        <translation>平台发送的是 zip 压缩包，已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>已下载 %1</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>Downloaded to %1</source>
        <translation>已下载到 %1</translation>
    </message>
    <message>
        <source>%1 — Log viewer</source>
        <translation>%1 — 日志查看器</translation>
    </message>
    <message>
        <source>Log viewer</source>
        <translation>日志查看器</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open log…</source>
        <translation>打开日志(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save shown lines…</source>
        <translation>保存显示的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Save &amp;everything…</source>
        <translation>保存全部内容(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Download whole log…</source>
        <translation>下载完整日志(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go to line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>自动跟随(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest lines in view (scrolling up stops it; the end starts it again)</source>
        <translation>始终显示最新的行（向上滚动时停止，回到末尾时恢复）</translation>
    </message>
    <message>
        <source>&amp;Wrap lines</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <source>Line &amp;numbers</source>
        <translation>行号(&amp;N)</translation>
    </message>
    <message>
        <source>Show only &amp;matching lines</source>
        <translation>仅显示匹配的行(&amp;M)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;older lines</source>
        <translation>加载更早的行(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Highlight rules…</source>
        <translation>高亮规则(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2 of the log</source>
        <translation>日志第 %1–%2 行</translation>
    </message>
    <message>
        <source> · scroll up for older lines</source>
        <translation> · 向上滚动可查看更早的行</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · 正在加载…</translation>
    </message>
    <message>
        <source> · at line %1</source>
        <translation> · 位于第 %1 行</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.out *.err);;All files (*)</source>
        <translation>日志 (*.log *.txt *.out *.err);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save every line</source>
        <translation>保存所有行</translation>
    </message>
    <message>
        <source>Save the lines shown</source>
        <translation>保存显示的行</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Download the whole log</source>
        <translation>下载完整日志</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line (%1–%2):</source>
        <translation>行号（%1–%2）：</translation>
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
    <message>
        <source>Open &amp;log…</source>
        <translation>打开日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.out *.err);;All files (*)</source>
        <translation>日志 (*.log *.txt *.out *.err);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>传输(&amp;T)</translation>
    </message>
    <message>
        <source>Activity log in the log &amp;viewer</source>
        <translation>在日志查看器中查看活动日志(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;HTTP request log</source>
        <translation>HTTP 请求日志(&amp;H)</translation>
    </message>
</context>
<context>
    <name>suanli::gui::MetricChartView</name>
    <message>
        <source>Could not load the samples: %1</source>
        <translation>无法加载监控数据：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No samples in this range.</source>
        <translation>此时间范围内没有数据。</translation>
    </message>
    <message>
        <source>Warning line</source>
        <translation>警戒线</translation>
    </message>
    <message>
        <source>Warn above (%1):</source>
        <translation>高于此值时警告（%1）：</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Set warning line…</source>
        <translation>设置警戒线…</translation>
    </message>
    <message>
        <source>Remove warning line</source>
        <translation>移除警戒线</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Idle: all</source>
        <translation>空闲：全部</translation>
    </message>
    <message>
        <source>Idle: %1</source>
        <translation>空闲：%1</translation>
    </message>
    <message>
        <source>Update failed: %1</source>
        <translation>更新失败：%1</translation>
    </message>
</context>
<context>
    <name>suanli::gui::MonitorRangeDialog</name>
    <message>
        <source>Custom time range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::MonitorView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often live charts ask for new samples</source>
        <translation>实时图表获取新采样数据的频率</translation>
    </message>
    <message>
        <source>Pods:</source>
        <translation>容器组：</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>叠加显示</translation>
    </message>
    <message>
        <source>A chart each</source>
        <translation>分图显示</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Drag across a chart to zoom in; right-click a chart for more</source>
        <translation>在图表上拖动可放大；右键单击图表可使用更多功能</translation>
    </message>
    <message>
        <source>Idle GPU after</source>
        <translation>GPU 空闲超过</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A GPU under %1 % utilization for this long is marked idle</source>
        <translation>GPU 利用率低于 %1 % 并持续此时长即标记为空闲</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Visible data as CSV…</source>
        <translation>将可见数据导出为 CSV…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>The platform does not report this metric here.</source>
        <translation>平台在此处不提供此指标。</translation>
    </message>
    <message>
        <source>No samples in this range. Service metrics come only from online services.</source>
        <translation>此时间范围内没有采样数据。服务指标仅来自在线服务。</translation>
    </message>
    <message>
        <source>No samples in this range: the pod may not have been running, or it has no GPU reporting this metric.</source>
        <translation>此时间范围内没有采样数据：容器组可能未在运行，或没有 GPU 上报此指标。</translation>
    </message>
    <message>
        <source>No samples in this range: the platform gives the cluster&apos;s current totals only, so their history starts when this view opened.</source>
        <translation>此时间范围内没有采样数据：平台只提供集群当前的总量，因此其历史数据从打开此视图时开始记录。</translation>
    </message>
    <message>
        <source>No samples in this range: the pod may not have been running then.</source>
        <translation>此时间范围内没有采样数据：容器组当时可能未在运行。</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1：%2（%3 %）</translation>
    </message>
    <message>
        <source>%1 idle since %2</source>
        <translation>%1 自 %2 起空闲</translation>
    </message>
    <message>
        <source>%1 above %2: %3</source>
        <translation>%1 超过 %2：%3</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>Live, every %1 s</source>
        <translation>实时，每 %1 秒更新</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>已暂停于 %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>zoomed to %1 – %2</source>
        <translation>已缩放至 %1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Stop following now; the charts keep what they show</source>
        <translation>停止跟随当前时间；图表保留当前显示的内容</translation>
    </message>
    <message>
        <source>Follow now again, asking only for what is new</source>
        <translation>重新跟随当前时间，只请求新增的数据</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>Export visible data</source>
        <translation>导出可见数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存此图表</translation>
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
    <message>
        <source>Fields</source>
        <translation>字段</translation>
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
    <message>
        <source>%1 d %2</source>
        <translation>%1 天 %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>结束时间：%1</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>仍在运行</translation>
    </message>
    <message>
        <source>The platform gives no end time.</source>
        <translation>平台未提供结束时间。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>运行时长</translation>
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
    <name>suanli::gui::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>全部暂停</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>全部继续</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>带宽限制：</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Upload speed over all transfers, in MiB per second; it applies at once.</source>
        <translation>所有传输的总上传速度，单位为 MiB/s；修改后立即生效。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop for good; what was sent stays on the server unassembled</source>
        <translation>彻底停止；已发送的部分会以未合并的形式留在服务器上</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Show the local folder</source>
        <translation>显示本地文件夹</translation>
    </message>
    <message>
        <source>Copy the remote path</source>
        <translation>复制远程路径</translation>
    </message>
</context>
<context>
    <name>suanli::gui::TransferModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Checking the file (%1%)</source>
        <translation>正在校验文件（%1%）</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>正在校验文件</translation>
    </message>
    <message>
        <source>Assembling on the server</source>
        <translation>正在服务器上合并</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>服务器上已存在</translation>
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
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Public: %1</source>
        <translation>公共存储：%1</translation>
    </message>
    <message>
        <source>Private: %1</source>
        <translation>私有存储：%1</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1/%2 个文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标位置</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>suanli::gui::TransferNotifier</name>
    <message numerus="yes">
        <source>%n file(s) uploaded.</source>
        <translation>
            <numerusform>已上传 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed.</source>
        <translation>
            <numerusform>%n 项上传失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, %1 failed.</source>
        <translation>
            <numerusform>已上传 %n 个文件，%1 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads finished with errors</source>
        <translation>上传已完成，但有错误</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>上传已完成</translation>
    </message>
</context>
<context>
    <name>suanli::gui::TransferStatusLabel</name>
    <message>
        <source>Show the transfers</source>
        <translation>显示传输列表</translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <translation>
            <numerusform>%n 项上传中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 项等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Transfers: %1</source>
        <translation>传输：%1</translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisAccountHeader</name>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Tenant administrator</source>
        <translation>租户管理员</translation>
    </message>
    <message>
        <source>Normal user</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>User %1 (id %2, Linux uid %3)</source>
        <translation>用户 %1（ID %2，Linux UID %3）</translation>
    </message>
    <message>
        <source>Tenant %1 (id %2)</source>
        <translation>租户 %1（ID %2）</translation>
    </message>
    <message>
        <source>User group %1 (id %2)</source>
        <translation>用户组 %1（ID %2）</translation>
    </message>
    <message>
        <source>Role: %1 — the platform says “%2”</source>
        <translation>角色：%1 — 平台显示为“%2”</translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisDevEnvDialog</name>
    <message>
        <source>%1 × MIG %2</source>
        <translation>%1 × MIG %2</translation>
    </message>
    <message>
        <source>%1 × vGPU (%2 MB, %3% compute)</source>
        <translation>%1 × vGPU（%2 MB，%3% 算力）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 cores, %2 GB</source>
        <translation>%1 核，%2 GB</translation>
    </message>
    <message>
        <source>Enable &amp;SSH</source>
        <translation>启用 SSH(&amp;S)</translation>
    </message>
    <message>
        <source>Shared &amp;memory (/dev/shm)</source>
        <translation>共享内存(&amp;M)（/dev/shm）</translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation>复制错误(&amp;C)</translation>
    </message>
    <message>
        <source>New dev environment</source>
        <translation>新建开发环境</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The platform finds the new environment by this name, so keep it unique.</source>
        <translation>平台通过此名称查找新环境，因此请确保名称唯一。</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>&amp;GPU model:</source>
        <translation>GPU 型号(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;pec:</source>
        <translation>规格(&amp;P)：</translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation>资源组：</translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation>资源组(&amp;G)：</translation>
    </message>
    <message>
        <source>C&amp;PU cores:</source>
        <translation>CPU 核数(&amp;P)：</translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation>内存(&amp;Y)：</translation>
    </message>
    <message>
        <source>GP&amp;Us:</source>
        <translation>GPU 数(&amp;U)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>Built-in images open a web IDE (Jupyter) once running; custom images are reached by SSH.</source>
        <translation>内置镜像运行后可打开 Web IDE（Jupyter）；自定义镜像需通过 SSH 访问。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>Password and key pair</source>
        <translation>密码和密钥对</translation>
    </message>
    <message>
        <source>SSH pass&amp;word:</source>
        <translation>SSH 密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Empty: the platform makes one (shown in the details)</source>
        <translation>留空则由平台生成（可在详情中查看）</translation>
    </message>
    <message>
        <source>&amp;Key pair ID:</source>
        <translation>密钥对 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>No storage mounts: the platform&apos;s create call has no field for them.</source>
        <translation>不支持挂载存储：平台的创建接口没有相应字段。</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>创建(&amp;C)…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Reading the specs, GPU models and images…</source>
        <translation>正在读取规格、GPU 型号和镜像…</translation>
    </message>
    <message>
        <source>GPU models: %1</source>
        <translation>GPU 型号：%1</translation>
    </message>
    <message>
        <source>Specs: %1</source>
        <translation>规格：%1</translation>
    </message>
    <message>
        <source>Resource groups: %1</source>
        <translation>资源组：%1</translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <source>%1:%2 — built-in</source>
        <translation>%1:%2 — 内置</translation>
    </message>
    <message>
        <source>%1:%2 — custom</source>
        <translation>%1:%2 — 自定义</translation>
    </message>
    <message>
        <source>No image available</source>
        <translation>没有可用镜像</translation>
    </message>
    <message>
        <source>%1 — %2 GPUs free, %3 cores free</source>
        <translation>%1 — 空闲 GPU %2 张，空闲 CPU %3 核</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>当前不可用</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n spec(s))</source>
        <translation>
            <numerusform>%1（%n 个规格）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no spec)</source>
        <translation>%1（无规格）</translation>
    </message>
    <message>
        <source>The tenant administrator has defined no spec for this model.</source>
        <translation>租户管理员尚未为此型号定义规格。</translation>
    </message>
    <message>
        <source>No spec for this GPU model</source>
        <translation>此 GPU 型号没有规格</translation>
    </message>
    <message>
        <source>Choose a spec.</source>
        <translation>请选择规格。</translation>
    </message>
    <message>
        <source>Asking the platform where “%1” runs…</source>
        <translation>正在向平台查询“%1”的运行位置…</translation>
    </message>
    <message>
        <source>Resource group id %1</source>
        <translation>资源组 ID %1</translation>
    </message>
    <message>
        <source>No resource group for this spec: %1</source>
        <translation>此规格没有可用的资源组：%1</translation>
    </message>
    <message>
        <source>Dev environment “%1”</source>
        <translation>开发环境“%1”</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>规格：%1（%2）</translation>
    </message>
    <message>
        <source>Spec: none chosen</source>
        <translation>规格：未选择</translation>
    </message>
    <message>
        <source>Resource group: %1</source>
        <translation>资源组：%1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚未确定</translation>
    </message>
    <message numerus="yes">
        <source>%1 cores, %2 GB memory, %n GPU(s)</source>
        <translation>
            <numerusform>%1 核 CPU，%2 GB 内存，%n 张 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <source>SSH: on (%1)</source>
        <translation>SSH：开启（%1）</translation>
    </message>
    <message>
        <source>SSH: off</source>
        <translation>SSH：关闭</translation>
    </message>
    <message>
        <source>Shared memory: on</source>
        <translation>共享内存：开启</translation>
    </message>
    <message>
        <source>Shared memory: off</source>
        <translation>共享内存：关闭</translation>
    </message>
    <message>
        <source>Create this dev environment?</source>
        <translation>要创建此开发环境吗？</translation>
    </message>
    <message>
        <source>It starts at once and uses the account&apos;s compute quota until it is stopped.</source>
        <translation>开发环境会立即启动，并在停止前一直占用该账户的算力配额。</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>正在创建“%1”…</translation>
    </message>
    <message>
        <source>No clear answer came back: “%1” may have been created. The list is re-read; check it before creating it again.
%2</source>
        <translation>未收到明确的响应：“%1”可能已经创建。正在重新读取列表；再次创建前请先查看列表。
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>未创建任何内容：%1</translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisJobTools</name>
    <message>
        <source>&amp;Logs</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Download all logs…</source>
        <translation>下载全部日志(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>监控(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cluster monitor</source>
        <translation>集群监控(&amp;C)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Open the log of the selected job&apos;s main pod (%1)</source>
        <translation>打开所选任务主容器组的日志（%1）</translation>
    </message>
    <message>
        <source>Charts of the selected jobs&apos; pods: GPU, CPU, memory, network (%1)</source>
        <translation>所选任务各容器组的图表：GPU、CPU、内存、网络（%1）</translation>
    </message>
    <message>
        <source>The cluster&apos;s totals, and the RDMA traffic of the nodes the pods of the job shown run on</source>
        <translation>集群总量，以及当前任务的容器组所在节点的 RDMA 流量</translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
    <message>
        <source>Select one job.</source>
        <translation>请只选择一个任务。</translation>
    </message>
    <message>
        <source>The platform keeps no log of dev environments; open the web IDE or connect by SSH.</source>
        <translation>平台不保存开发环境的日志；请打开 Web IDE 或通过 SSH 连接。</translation>
    </message>
    <message>
        <source>Select one or more jobs first.</source>
        <translation>请先选择一个或多个任务。</translation>
    </message>
    <message>
        <source>The platform keeps no log of dev environments.</source>
        <translation>平台不保存开发环境的日志。</translation>
    </message>
    <message>
        <source>The platform gave this pod no name to ask its metrics by.</source>
        <translation>平台未提供此容器组的名称，无法查询其指标。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Looking for the pods of “%1”…</source>
        <translation>正在查找“%1”的容器组…</translation>
    </message>
    <message>
        <source>The pods of “%1” could not be read: %2</source>
        <translation>无法读取“%1”的容器组：%2</translation>
    </message>
    <message>
        <source>“%1” has no pod yet, so no log: it starts writing one once it is scheduled.</source>
        <translation>“%1”还没有容器组，因此没有日志：调度后才开始写日志。</translation>
    </message>
    <message>
        <source>Showing the log of %1; the other pods&apos; logs are under “Pods and events”, or download them all.</source>
        <translation>正在显示 %1 的日志；其他容器组的日志见“容器组和事件”，也可全部下载。</translation>
    </message>
    <message>
        <source>Looking for the pods of %1…</source>
        <translation>正在查找 %1 的容器组…</translation>
    </message>
    <message>
        <source>%1: no pod runs yet, so there is nothing to chart.</source>
        <translation>%1：尚无运行中的容器组，没有可绘制的图表。</translation>
    </message>
    <message>
        <source>The pods could not be read: %1</source>
        <translation>无法读取容器组：%1</translation>
    </message>
    <message>
        <source>%1 — Monitor</source>
        <translation>%1 — 监控</translation>
    </message>
    <message>
        <source>Some pods could not be read: %1</source>
        <translation>部分容器组无法读取：%1</translation>
    </message>
    <message>
        <source>%1 — Cluster monitor</source>
        <translation>%1 — 集群监控</translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisPanels</name>
    <message>
        <source>New dev environment…</source>
        <translation>新建开发环境…</translation>
    </message>
    <message>
        <source>New &amp;dev environment…</source>
        <translation>新建开发环境(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;training job…</source>
        <translation>新建训练任务(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;fine-tune job…</source>
        <translation>新建微调任务(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;compute task…</source>
        <translation>新建计算任务(&amp;C)…</translation>
    </message>
    <message>
        <source>Open web IDE</source>
        <translation>打开 Web IDE</translation>
    </message>
    <message>
        <source>Create a dev environment (%1); the arrow offers training jobs, fine-tune jobs and compute tasks</source>
        <translation>创建开发环境（%1）；点击箭头可创建训练任务、微调任务和计算任务</translation>
    </message>
    <message>
        <source>Select a dev environment first.</source>
        <translation>请先选择一个开发环境。</translation>
    </message>
    <message>
        <source>Select one dev environment.</source>
        <translation>请只选择一个开发环境。</translation>
    </message>
    <message>
        <source>Only dev environments have a web IDE.</source>
        <translation>只有开发环境才有 Web IDE。</translation>
    </message>
    <message>
        <source>The platform gives a web IDE only for built-in images; reach this one by SSH.</source>
        <translation>平台只为内置镜像提供 Web IDE；请通过 SSH 访问此环境。</translation>
    </message>
    <message>
        <source>The web IDE opens once the dev environment runs.</source>
        <translation>开发环境运行后才能打开 Web IDE。</translation>
    </message>
    <message>
        <source>Pods and events</source>
        <translation>容器组和事件</translation>
    </message>
    <message>
        <source>dev environment</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>fine-tune job</source>
        <translation>微调任务</translation>
    </message>
    <message>
        <source>compute task</source>
        <translation>计算任务</translation>
    </message>
    <message>
        <source>online service</source>
        <translation>在线服务</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评测任务</translation>
    </message>
    <message>
        <source>job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Preset specs</source>
        <translation>预置规格</translation>
    </message>
    <message>
        <source>“%1” was accepted; it is selected once the platform lists it.</source>
        <translation>平台已受理“%1”；它出现在列表中后会被自动选中。</translation>
    </message>
    <message>
        <source>“%1” was created.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Opened the web IDE of “%1”.</source>
        <translation>已打开“%1”的 Web IDE。</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>无法用浏览器打开 %1。</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation>确定要删除%1“%2”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?</source>
        <translation>
            <numerusform>确定要删除 %n 个任务吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted from Suanli Console</source>
        <translation>由算力控制台删除</translation>
    </message>
    <message>
        <source>Resume the %1 “%2” from its last checkpoint?</source>
        <translation>要从最近的检查点恢复运行%1“%2”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Resume %n task(s) from their last checkpoints?</source>
        <translation>
            <numerusform>要从最近的检查点恢复运行 %n 个任务吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复运行</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation>“%1”副本的名称：</translation>
    </message>
    <message>
        <source>Create “%1”, a copy of “%2”?</source>
        <translation>要创建“%2”的副本“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n task(s)? Each copy is named after its task with “-clone”.</source>
        <translation>
            <numerusform>要复制 %n 个任务吗？每个副本以原任务名加“-clone”命名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register model</source>
        <translation>注册模型</translation>
    </message>
    <message>
        <source>Name of the model made from what “%1” wrote:</source>
        <translation>由“%1”的输出创建的模型名称：</translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisPodsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Reload pods and events</source>
        <translation>重新加载容器组和事件</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>容器组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Node IP</source>
        <translation>节点 IP</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Select a job to see its pods and their events.</source>
        <translation>选择一个任务即可查看其容器组及事件。</translation>
    </message>
    <message>
        <source>Reading the pods of “%1”…</source>
        <translation>正在读取“%1”的容器组…</translation>
    </message>
    <message>
        <source>No pods</source>
        <translation>没有容器组</translation>
    </message>
    <message>
        <source>The pods could not be read: %1</source>
        <translation>无法读取容器组：%1</translation>
    </message>
    <message>
        <source>No pods yet: the job has not been placed on a node.</source>
        <translation>尚无容器组：任务还未调度到节点上。</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n 个容器组</numerusform>
        </translation>
    </message>
    <message>
        <source>Pod %1
UID %2
Record id %3</source>
        <translation>容器组 %1
UID %2
记录 ID %3</translation>
    </message>
    <message>
        <source>The platform&apos;s status code: %1</source>
        <translation>平台状态码：%1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>结束时间：%1</translation>
    </message>
    <message>
        <source>Reading the events of %1…</source>
        <translation>正在读取 %1 的事件…</translation>
    </message>
    <message>
        <source>Events of %1</source>
        <translation>%1 的事件</translation>
    </message>
    <message>
        <source>The events of %1 could not be read: %2</source>
        <translation>无法读取 %1 的事件：%2</translation>
    </message>
    <message>
        <source>No events for %1</source>
        <translation>%1 没有事件</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%1 的 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pod first.</source>
        <translation>请先选择一个容器组。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisQuotaPanel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>剩余：</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>vGPU</source>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>MIG</source>
        <translation>MIG</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Reading the quotas…</source>
        <translation>正在读取配额…</translation>
    </message>
    <message>
        <source>Quotas unavailable</source>
        <translation>配额不可用</translation>
    </message>
    <message>
        <source>Left (no quota set):</source>
        <translation>剩余（未设置配额）：</translation>
    </message>
    <message>
        <source>No compute quota has been set up for this user; the platform&apos;s figures then are not a personal limit.</source>
        <translation>此用户未设置算力配额；平台给出的数值并非个人限额。</translation>
    </message>
    <message>
        <source>The platform says no compute quota has been set up for this user; what it allows then is not documented.</source>
        <translation>平台表示此用户未设置算力配额；这种情况下平台允许使用多少资源，文档中未作说明。</translation>
    </message>
    <message>
        <source>Quota period: %1</source>
        <translation>配额周期：%1</translation>
    </message>
    <message>
        <source>Whole GPU cards left</source>
        <translation>剩余整卡 GPU 数</translation>
    </message>
    <message>
        <source>vGPUs left</source>
        <translation>剩余 vGPU 数</translation>
    </message>
    <message>
        <source>MIG slices left</source>
        <translation>剩余 MIG 切片数</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 核</translation>
    </message>
    <message>
        <source>CPU cores left</source>
        <translation>剩余 CPU 核数</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Memory left (the platform gives no unit; GB on the deployments seen)</source>
        <translation>剩余内存（平台未给出单位；在已知的部署中为 GB）</translation>
    </message>
    <message>
        <source>How many more jobs may run</source>
        <translation>还可运行的任务数</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>The quota applies from %1 to %2.</source>
        <translation>配额有效期为 %1 至 %2。</translation>
    </message>
    <message>
        <source>Compute quota: %1</source>
        <translation>算力配额：%1</translation>
    </message>
    <message>
        <source>quota not enabled (unlimited)</source>
        <translation>未启用配额（不限量）</translation>
    </message>
    <message>
        <source>The platform says: %1</source>
        <translation>平台提示：%1</translation>
    </message>
    <message>
        <source>Files: %1 left of %2 (%3 used)</source>
        <translation>文件数：剩余 %1，共 %2（已用 %3）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Storage left: %1 of %2 (%3 used; the platform gives no unit)</source>
        <translation>剩余存储：%1，共 %2（已用 %3；平台未提供单位）</translation>
    </message>
    <message>
        <source>Storage quota: %1</source>
        <translation>存储配额：%1</translation>
    </message>
    <message>
        <source>Quotas partly unavailable</source>
        <translation>部分配额不可用</translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisSpecsPage</name>
    <message>
        <source>MIG</source>
        <translation>MIG</translation>
    </message>
    <message>
        <source>vGPU</source>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>whole cards</source>
        <translation>整卡</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>GPU model / MIG profile</source>
        <translation>GPU 型号 / MIG 配置</translation>
    </message>
    <message>
        <source>Expand a model to see the MIG profiles it can be cut into.</source>
        <translation>展开某个型号，即可查看它可切分成的 MIG 配置。</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>GPU sharing</source>
        <translation>GPU 共享方式</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU 核数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Spec ID</source>
        <translation>规格 ID</translation>
    </message>
    <message>
        <source>The deployment&apos;s preset specs, as your users see them when they create dev environments and jobs. Specs are added and removed in the UNIS web console.</source>
        <translation>本部署的预置规格，即用户创建开发环境和任务时看到的规格。规格需在紫光 UNIS 网页控制台中添加和删除。</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>No MIG profile</source>
        <translation>无 MIG 配置</translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisTaskDialog</name>
    <message>
        <source>&amp;Incremental pre-training (continue from the model)</source>
        <translation>增量预训练(&amp;I)（基于模型继续训练）</translation>
    </message>
    <message>
        <source>&amp;Recover automatically after a failure</source>
        <translation>失败后自动恢复(&amp;R)</translation>
    </message>
    <message>
        <source>High-performance network (&amp;RDMA)</source>
        <translation>高性能网络（&amp;RDMA）</translation>
    </message>
    <message>
        <source>&amp;Generate from the strategy</source>
        <translation>根据策略生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation>复制错误(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The platform finds the new job by this name, so keep it unique.</source>
        <translation>平台通过此名称查找新任务，请确保名称唯一。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <source>Natural language (NLP)</source>
        <translation>自然语言处理（NLP）</translation>
    </message>
    <message>
        <source>Computer vision (CV)</source>
        <translation>计算机视觉（CV）</translation>
    </message>
    <message>
        <source>Machine learning (ML)</source>
        <translation>机器学习（ML）</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>框架(&amp;F)：</translation>
    </message>
    <message>
        <source>Task &amp;type:</source>
        <translation>任务类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Algorithm</source>
        <translation>算法(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation>算法(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>策略(&amp;T)：</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Data&amp;set:</source>
        <translation>数据集(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>S&amp;FT model:</source>
        <translation>SFT 模型(&amp;F)：</translation>
    </message>
    <message>
        <source>Re&amp;ward model:</source>
        <translation>奖励模型(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Where the job writes what it trains; register it as a model once the job succeeded.</source>
        <translation>任务将训练结果写入此处；任务成功后，可将其注册为模型。</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation>资源组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>节点数(&amp;N)：</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> 核</translation>
    </message>
    <message>
        <source>&amp;CPU per node:</source>
        <translation>每个节点的 CPU(&amp;C)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Memory per node:</source>
        <translation>每个节点的内存(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;GPUs per node:</source>
        <translation>每个节点的 GPU 数(&amp;G)：</translation>
    </message>
    <message>
        <source>C&amp;ommand</source>
        <translation>命令(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Startup file:</source>
        <translation>启动文件(&amp;S)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>工作目录(&amp;W)：</translation>
    </message>
    <message>
        <source>torchrun … (generated from the strategy, or your own)</source>
        <translation>torchrun …（根据策略生成，或自行填写）</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>创建(&amp;C)…</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>New training job</source>
        <translation>新建训练任务</translation>
    </message>
    <message>
        <source>New fine-tune job</source>
        <translation>新建微调任务</translation>
    </message>
    <message>
        <source>New compute task</source>
        <translation>新建计算任务</translation>
    </message>
    <message>
        <source>Reading the algorithms, datasets, models, images and resource groups…</source>
        <translation>正在读取算法、数据集、模型、镜像和资源组…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Resource groups: %1</source>
        <translation>资源组：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None: my own command</source>
        <translation>无：使用自己的命令</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 GPUs free</source>
        <translation>%1 — 空闲 %2 / %3 张 GPU</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>当前不可用</translation>
    </message>
    <message>
        <source>This group shares GPUs as %1 slices; create such jobs in the web console.</source>
        <translation>此资源组以 %1 切分方式共享 GPU；请在网页控制台中创建此类任务。</translation>
    </message>
    <message>
        <source>Without an algorithm, give the image and the command yourself.</source>
        <translation>不使用算法时，请自行指定镜像和命令。</translation>
    </message>
    <message>
        <source>Choose an algorithm.</source>
        <translation>请选择算法。</translation>
    </message>
    <message>
        <source>Reading the strategies of %1…</source>
        <translation>正在读取 %1 的策略…</translation>
    </message>
    <message>
        <source>The strategies could not be read: %1</source>
        <translation>无法读取策略：%1</translation>
    </message>
    <message>
        <source>This algorithm has no strategy</source>
        <translation>此算法没有策略</translation>
    </message>
    <message>
        <source>No strategy: give the command yourself.</source>
        <translation>没有策略：请自行填写命令。</translation>
    </message>
    <message>
        <source>Reading the strategy…</source>
        <translation>正在读取策略…</translation>
    </message>
    <message>
        <source>The strategy could not be read: %1</source>
        <translation>无法读取该策略：%1</translation>
    </message>
    <message>
        <source>Boot file %1</source>
        <translation>启动文件 %1</translation>
    </message>
    <message>
        <source>image %1:%2</source>
        <translation>镜像 %1:%2</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>The strategy has no parameters.</source>
        <translation>该策略没有参数。</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n folded parameter(s)</source>
        <translation>
            <numerusform>显示 %n 个已折叠的参数</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an algorithm strategy first: the command is generated from it.</source>
        <translation>请先选择算法策略：命令将根据它生成。</translation>
    </message>
    <message>
        <source>The command could not be generated: %1</source>
        <translation>无法生成命令：%1</translation>
    </message>
    <message>
        <source>No resource group is open to your user group.</source>
        <translation>没有对你所在用户组开放的资源组。</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 cores free · %4 of %5 GB free</source>
        <translation>%1 · 空闲 %2 / %3 核 · 空闲 %4 / %5 GB</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1“%2”（%3）</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cores, %2 GB, %n GPU(s)</source>
        <translation>
            <numerusform>%1 核、%2 GB、%n 张 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>资源组 %1</translation>
    </message>
    <message>
        <source>Algorithm: %1 · strategy: %2</source>
        <translation>算法：%1 · 策略：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Dataset: %1 · model: %2</source>
        <translation>数据集：%1 · 模型：%2</translation>
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
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>being generated…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation>请选择数据集。</translation>
    </message>
    <message>
        <source>Create this job?</source>
        <translation>要创建此任务吗？</translation>
    </message>
    <message>
        <source>It is queued at once and uses the account&apos;s compute quota while it runs.</source>
        <translation>任务将立即进入排队，运行期间会占用该账户的算力配额。</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>正在创建“%1”…</translation>
    </message>
    <message>
        <source>No clear answer came back: “%1” may have been created. The list is re-read; check it before creating it again.
%2</source>
        <translation>未收到明确的响应：“%1”可能已经创建。正在重新读取列表，请确认后再重新创建。
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>未创建任务：%1</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingBalancePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation>充值(&amp;C)…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Recharging pays with Alipay in your web browser; the balance here follows once the payment arrives. Videos are charged when they succeed.</source>
        <translation>充值通过网页浏览器中的支付宝完成；付款到账后，此处的余额会随之更新。视频在生成成功后才扣费。</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>余额：…</translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation>无法读取余额：%1</translation>
    </message>
    <message>
        <source>(unnamed account)</source>
        <translation>（未命名账户）</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingFieldsForm</name>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Duration (s):</source>
        <translation>时长（秒）：</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>音频：</translation>
    </message>
    <message>
        <source>Aspect ratio:</source>
        <translation>宽高比：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Image (%1):</source>
        <translation>图片（%1）：</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>What the video shows, e.g. “a cat surfing at sunset, cinematic”</source>
        <translation>视频要呈现的画面，例如“日落时分冲浪的猫，电影感”</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Generate sound with the video</source>
        <translation>同时生成音频</translation>
    </message>
    <message>
        <source>An image file, or an https:// address</source>
        <translation>图片文件或 https:// 地址</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the image the video starts from.</source>
        <translation>选择视频的起始图片。</translation>
    </message>
    <message>
        <source>The image must be a PNG, JPEG or WebP file.</source>
        <translation>图片必须是 PNG、JPEG 或 WebP 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The image is larger than 10 MB.</source>
        <translation>图片超过 10 MB。</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>请输入提示词。</translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation>请填写“%1”。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingKeysPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply for a key…</source>
        <translation>申请密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>显示(&amp;V)</translation>
    </message>
    <message>
        <source>Copy API &amp;key</source>
        <translation>复制 API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Copy &amp;secret key</source>
        <translation>复制 Secret Key(&amp;S)</translation>
    </message>
    <message>
        <source>API keys let programs call 元境 for you. Each app has an API key and a secret key: keep both as secret as a password.</source>
        <translation>API 密钥可让程序代你调用元境。每个应用都有一个 API 密钥和一个 Secret Key：请像保管密码一样妥善保管这两者。</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <source>(not fetched)</source>
        <translation>（未获取）</translation>
    </message>
    <message>
        <source>Reading the apps…</source>
        <translation>正在读取应用…</translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation>无法读取应用：%1</translation>
    </message>
    <message>
        <source>No API keys yet: apply for one.</source>
        <translation>还没有 API 密钥：请申请一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s). Select one and reveal its keys.</source>
        <translation>
            <numerusform>共 %n 个应用。选择一个即可显示其密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Fetching the keys…</source>
        <translation>正在获取密钥…</translation>
    </message>
    <message>
        <source>The keys could not be read: %1</source>
        <translation>无法读取密钥：%1</translation>
    </message>
    <message numerus="yes">
        <source>The secret key is on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>已复制 Secret Key；剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API key is on the clipboard for %n second(s).</source>
        <translation>
            <numerusform>已复制 API 密钥；剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply for an API key</source>
        <translation>申请 API 密钥</translation>
    </message>
    <message>
        <source>What uses the key, e.g. my-desktop</source>
        <translation>密钥的使用方，例如 my-desktop</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>应用名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>申请(&amp;A)</translation>
    </message>
    <message>
        <source>Applying for a key for “%1”…</source>
        <translation>正在为“%1”申请密钥…</translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation>未能生成密钥：%1</translation>
    </message>
    <message>
        <source>Applied for an API key for “%1”.</source>
        <translation>已为“%1”申请 API 密钥。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingOrdersPage</name>
    <message>
        <source>&amp;Price of a model…</source>
        <translation>模型价格(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Test a pricing program…</source>
        <translation>测试定价项目(&amp;T)…</translation>
    </message>
    <message>
        <source>Runs a pricing program on a usage, for operators who define prices</source>
        <translation>按给定用量运行定价项目，供定义价格的运营人员使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>入账状态</translation>
    </message>
    <message>
        <source>Filter the rows of this page…</source>
        <translation>筛选本页的行…</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingPanels</name>
    <message>
        <source>Generate video…</source>
        <translation>生成视频…</translation>
    </message>
    <message>
        <source>Recharge…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Copy video link</source>
        <translation>复制视频链接</translation>
    </message>
    <message>
        <source>Download video…</source>
        <translation>下载视频…</translation>
    </message>
    <message>
        <source>Save the video</source>
        <translation>保存视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4)</source>
        <translation>视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Generate a video from a prompt or an image (costs money; the price is shown first)</source>
        <translation>根据提示词或图片生成视频（会产生费用；会先显示价格）</translation>
    </message>
    <message>
        <source>Top the balance up with Alipay</source>
        <translation>用支付宝为余额充值</translation>
    </message>
    <message>
        <source>No video tasks today. Generate one with “Generate video…”.</source>
        <translation>今天还没有视频任务。可通过“生成视频…”生成一个。</translation>
    </message>
    <message>
        <source>Video tasks</source>
        <translation>视频任务</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>The video %1 is ready.</source>
        <translation>视频 %1 已生成。</translation>
    </message>
    <message>
        <source>The video %1 failed: %2</source>
        <translation>视频 %1 生成失败：%2</translation>
    </message>
    <message>
        <source>The video link is on the clipboard.</source>
        <translation>视频链接已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Recharged: the balance is %1.</source>
        <translation>充值成功：余额为 %1。</translation>
    </message>
    <message>
        <source>Select a finished video first.</source>
        <translation>请先选择一个已完成的视频。</translation>
    </message>
    <message>
        <source>This video failed: %1</source>
        <translation>此视频生成失败：%1</translation>
    </message>
    <message>
        <source>The video is not ready yet.</source>
        <translation>视频尚未生成。</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Download video</source>
        <translation>下载视频</translation>
    </message>
    <message>
        <source>Saved the video to %1.</source>
        <translation>已将视频保存到 %1。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingPriceDialog</name>
    <message>
        <source>&amp;Ask the price</source>
        <translation>查询价格(&amp;A)</translation>
    </message>
    <message>
        <source>Price of a model</source>
        <translation>模型价格</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>The models could not be read: %1</source>
        <translation>无法读取模型：%1</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>No price: %1</source>
        <translation>无法获取价格：%1</translation>
    </message>
    <message>
        <source>%1 with %2: list price %3, your price %4.</source>
        <translation>%1（%2）：标价 %3，你的价格 %4。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingPricingTestDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Test a pricing program</source>
        <translation>测试定价项目</translation>
    </message>
    <message>
        <source>Runs a pricing program (定价项目) on a usage, the way 元境 prices a finished task. This is for operators who define prices; other accounts are refused.</source>
        <translation>按给定用量运行定价项目，方式与元境为已完成任务计价相同。此功能供定义价格的运营人员使用；其他账户会被拒绝。</translation>
    </message>
    <message>
        <source>The program&apos;s id, e.g. pp-vidu-q1</source>
        <translation>定价项目的 ID，例如 pp-vidu-q1</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>定价项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Usage (JSON):</source>
        <translation>用量（JSON）(&amp;U)：</translation>
    </message>
    <message>
        <source>The usage must be a JSON object, such as {&quot;seconds&quot;: 5}.</source>
        <translation>用量必须是 JSON 对象，例如 {&quot;seconds&quot;: 5}。</translation>
    </message>
    <message>
        <source>Enter the pricing program&apos;s id.</source>
        <translation>请输入定价项目的 ID。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
    <message>
        <source>The program prices this usage at %1.</source>
        <translation>该定价项目对此用量的计价为 %1。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingRechargeDialog</name>
    <message>
        <source>&amp;Pay with Alipay…</source>
        <translation>用支付宝支付(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>停止等待(&amp;S)</translation>
    </message>
    <message>
        <source>Open the payment page &amp;again</source>
        <translation>重新打开支付页面(&amp;A)</translation>
    </message>
    <message>
        <source>Recharge 元境</source>
        <translation>元境充值</translation>
    </message>
    <message>
        <source>e.g. 100 or 12.50</source>
        <translation>例如 100 或 12.50</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Alipay&apos;s payment page opens in your web browser, in a window of its own. This account&apos;s balance is then checked every few seconds until the payment shows.</source>
        <translation>支付宝的支付页面会在你的网页浏览器中以单独的窗口打开。之后每隔几秒查询一次此账户的余额，直到到账为止。</translation>
    </message>
    <message>
        <source>Recharge %1 with Alipay?</source>
        <translation>用支付宝充值 %1？</translation>
    </message>
    <message>
        <source>This is a payment of real money. Alipay&apos;s page opens in your web browser; nothing is charged until you pay there.</source>
        <translation>这将支付真实的钱款。支付宝页面会在你的网页浏览器中打开；在那里完成支付之前不会扣款。</translation>
    </message>
    <message>
        <source>Open the payment page</source>
        <translation>打开支付页面</translation>
    </message>
    <message>
        <source>Asking 元境 for the payment page…</source>
        <translation>正在向元境获取支付页面…</translation>
    </message>
    <message>
        <source>No payment page: %1</source>
        <translation>无法获取支付页面：%1</translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address yourself: %1</source>
        <translation>无法打开浏览器。请自行打开此地址：%1</translation>
    </message>
    <message>
        <source>Pay %1 on Alipay&apos;s page in your browser. Waiting for the payment to arrive…</source>
        <translation>请在浏览器的支付宝页面中支付 %1。正在等待到账…</translation>
    </message>
    <message>
        <source>The balance is %1 now.</source>
        <translation>当前余额为 %1。</translation>
    </message>
    <message>
        <source>Paid: the balance went from %1 to %2.</source>
        <translation>支付成功：余额从 %1 变为 %2。</translation>
    </message>
    <message>
        <source>The session ended while waiting: %1</source>
        <translation>等待期间登录已失效：%1</translation>
    </message>
    <message>
        <source>Stopped waiting. A payment made later still arrives; the balance shows it at the next refresh.</source>
        <translation>已停止等待。之后完成的支付仍会到账；下次刷新时余额会体现出来。</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingSignInDialog</name>
    <message>
        <source>Sign in to 元境 again</source>
        <translation>重新登录元境</translation>
    </message>
    <message>
        <source>The 元境 session of “%1” has ended. Sign in again with a code sent by SMS to its phone.</source>
        <translation>“%1”的元境登录已失效。请使用发送到其手机的短信验证码重新登录。</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingSignInWidget</name>
    <message>
        <source>Mobile number, e.g. 138 0000 0000</source>
        <translation>手机号，例如 138 0000 0000</translation>
    </message>
    <message numerus="yes">
        <source>Resend in %n s</source>
        <translation>
            <numerusform>%n 秒后可重新发送</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <source>The code from the SMS</source>
        <translation>短信中的验证码</translation>
    </message>
    <message>
        <source>SMS &amp;code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>This phone number has several 元境 accounts. Choose the one to add:</source>
        <translation>此手机号有多个元境账户。请选择要添加的账户：</translation>
    </message>
    <message>
        <source>元境 sends a sign-in code by SMS. A phone number 元境 does not know yet gets a new 元境 account when you sign in with it.</source>
        <translation>元境通过短信发送登录验证码。用元境尚未登记的手机号登录时，会自动为其创建新的元境账户。</translation>
    </message>
    <message>
        <source>元境 sign-in</source>
        <translation>元境登录</translation>
    </message>
    <message>
        <source>Enter 元境&apos;s address first.</source>
        <translation>请先输入元境的地址。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mainland China mobile number.</source>
        <translation>请输入 11 位中国大陆手机号。</translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation>正在向 %1 发送验证码…</translation>
    </message>
    <message>
        <source>No code was sent: %1</source>
        <translation>未能发送验证码：%1</translation>
    </message>
    <message>
        <source>A code was sent to %1. It is valid for a few minutes.</source>
        <translation>验证码已发送至 %1，几分钟内有效。</translation>
    </message>
    <message>
        <source>Ask for an SMS code first (“Send code”).</source>
        <translation>请先获取短信验证码（“发送验证码”）。</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>请输入短信中的验证码。</translation>
    </message>
    <message>
        <source>Choose one of the phone&apos;s accounts.</source>
        <translation>请选择此手机号下的一个账户。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>用户 ID %1</translation>
    </message>
    <message>
        <source>Choose an account, then sign in again with the same code.</source>
        <translation>请选择一个账户，然后用同一验证码重新登录。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已以 %1 身份登录。</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>发送验证码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send a new code</source>
        <translation>重新发送验证码(&amp;S)</translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingVideoDialog</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>下载(&amp;D)…</translation>
    </message>
    <message>
        <source>Generate video</source>
        <translation>生成视频</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>The models could not be read: %1</source>
        <translation>无法读取模型：%1</translation>
    </message>
    <message>
        <source>元境 offers no models of this kind now.</source>
        <translation>元境目前没有此类型的模型。</translation>
    </message>
    <message>
        <source>Asking the price…</source>
        <translation>正在查询价格…</translation>
    </message>
    <message>
        <source>No price: %1</source>
        <translation>无法获取价格：%1</translation>
    </message>
    <message>
        <source>Price: %1, charged when the video succeeds</source>
        <translation>价格：%1，视频生成成功后扣费</translation>
    </message>
    <message>
        <source>The price is not known yet.</source>
        <translation>价格尚未确定。</translation>
    </message>
    <message>
        <source>Generate the video for %1</source>
        <translation>生成视频（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Model: %1
Duration: %n s</source>
        <translation>
            <numerusform>模型：%1
时长：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>分辨率：%1</translation>
    </message>
    <message>
        <source>%1 charges the account when the video succeeds; a failed video costs nothing. A video cannot be stopped once it is submitted.</source>
        <translation>视频生成成功后%1才会从账户扣费；生成失败不收费。视频一经提交便无法停止。</translation>
    </message>
    <message>
        <source>Generate this video for %1?</source>
        <translation>确定花费 %1 生成此视频？</translation>
    </message>
    <message>
        <source>Generate for %1</source>
        <translation>花费 %1 生成</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>正在发送请求…</translation>
    </message>
    <message>
        <source>元境 is making the video (%1)…</source>
        <translation>元境正在生成视频（%1）…</translation>
    </message>
    <message>
        <source>The video could not be generated: %1</source>
        <translation>无法生成视频：%1</translation>
    </message>
    <message>
        <source>The video is ready.</source>
        <translation>视频已生成。</translation>
    </message>
    <message>
        <source>元境 gave no reason.</source>
        <translation>元境未说明原因。</translation>
    </message>
    <message>
        <source>The video failed: %1</source>
        <translation>视频生成失败：%1</translation>
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
<context>
    <name>suanli::unis::Api</name>
    <message>
        <source>the detail is not an object</source>
        <translation>详情不是对象</translation>
    </message>
    <message>
        <source>user information</source>
        <translation>用户信息</translation>
    </message>
    <message>
        <source>remaining resources</source>
        <translation>剩余资源</translation>
    </message>
    <message>
        <source>storage quota</source>
        <translation>存储配额</translation>
    </message>
    <message>
        <source>dev environments</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>dev environment</source>
        <translation>开发环境</translation>
    </message>
    <message>
        <source>training jobs</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>training job</source>
        <translation>训练任务</translation>
    </message>
    <message>
        <source>fine-tune jobs</source>
        <translation>微调任务</translation>
    </message>
    <message>
        <source>fine-tune job</source>
        <translation>微调任务</translation>
    </message>
    <message>
        <source>compute tasks</source>
        <translation>计算任务</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>容器组</translation>
    </message>
    <message>
        <source>pod events</source>
        <translation>容器组事件</translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>MIG profiles</source>
        <translation>MIG 配置</translation>
    </message>
    <message>
        <source>preset specs</source>
        <translation>预置规格</translation>
    </message>
    <message>
        <source>resource group of a spec</source>
        <translation>规格所属的资源组</translation>
    </message>
    <message>
        <source>resource groups</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>algorithms</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>algorithm strategies</source>
        <translation>算法策略</translation>
    </message>
    <message>
        <source>algorithm strategy</source>
        <translation>算法策略</translation>
    </message>
    <message>
        <source>launch command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>create dev environment</source>
        <translation>创建开发环境</translation>
    </message>
    <message>
        <source>start dev environment</source>
        <translation>启动开发环境</translation>
    </message>
    <message>
        <source>stop dev environment</source>
        <translation>停止开发环境</translation>
    </message>
    <message>
        <source>delete dev environment</source>
        <translation>删除开发环境</translation>
    </message>
    <message>
        <source>create training job</source>
        <translation>创建训练任务</translation>
    </message>
    <message>
        <source>stop training job</source>
        <translation>停止训练任务</translation>
    </message>
    <message>
        <source>Choose at least one job to delete.</source>
        <translation>请至少选择一个要删除的任务。</translation>
    </message>
    <message>
        <source>delete training jobs</source>
        <translation>删除训练任务</translation>
    </message>
    <message>
        <source>create fine-tune job</source>
        <translation>创建微调任务</translation>
    </message>
    <message>
        <source>stop fine-tune job</source>
        <translation>停止微调任务</translation>
    </message>
    <message>
        <source>delete fine-tune jobs</source>
        <translation>删除微调任务</translation>
    </message>
    <message>
        <source>create compute task</source>
        <translation>创建计算任务</translation>
    </message>
    <message>
        <source>stop compute task</source>
        <translation>停止计算任务</translation>
    </message>
    <message>
        <source>Choose at least one task to delete.</source>
        <translation>请至少选择一个要删除的任务。</translation>
    </message>
    <message>
        <source>delete compute tasks</source>
        <translation>删除计算任务</translation>
    </message>
    <message>
        <source>resume check</source>
        <translation>恢复前检查</translation>
    </message>
    <message>
        <source>resume compute task</source>
        <translation>恢复计算任务</translation>
    </message>
    <message>
        <source>settings of a task to clone</source>
        <translation>待克隆任务的设置</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>请为模型命名。</translation>
    </message>
    <message>
        <source>register model</source>
        <translation>注册模型</translation>
    </message>
</context>
<context>
    <name>suanli::unis::Client</name>
    <message>
        <source>Enter the UNIS username of this account.</source>
        <translation>请输入此账户的紫光 UNIS 用户名。</translation>
    </message>
    <message>
        <source>Enter the password of this UNIS account.</source>
        <translation>请输入此紫光 UNIS 账户的密码。</translation>
    </message>
    <message>
        <source>Set the login encryption key (option %1) of this UNIS deployment, or send the password unencrypted (option %2=true) for platforms before version D11.</source>
        <translation>请设置此紫光 UNIS 部署的登录加密密钥（选项 %1）；对于 D11 之前版本的平台，也可以不加密发送密码（选项 %2=true）。</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The UNIS platform refused the sign-in: %1</source>
        <translation>紫光 UNIS 平台拒绝了登录：%1</translation>
    </message>
    <message>
        <source>the sign-in answer carries no token</source>
        <translation>登录响应中没有令牌</translation>
    </message>
</context>
<context>
    <name>suanli::unis::Files</name>
    <message>
        <source>current user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>the platform did not say which user is signed in</source>
        <translation>平台未说明当前登录的是哪个用户</translation>
    </message>
    <message>
        <source>the folder listing is not a list</source>
        <translation>文件夹内容不是列表</translation>
    </message>
    <message>
        <source>folder listing</source>
        <translation>文件夹内容</translation>
    </message>
    <message>
        <source>create folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <source>delete files</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>upload file</source>
        <translation>上传文件</translation>
    </message>
    <message>
        <source>the answer about the file has no file status</source>
        <translation>关于该文件的响应中缺少文件状态</translation>
    </message>
    <message>
        <source>check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>upload chunk</source>
        <translation>上传分片</translation>
    </message>
    <message>
        <source>merge chunks</source>
        <translation>合并分片</translation>
    </message>
    <message>
        <source>the SFTP details are incomplete</source>
        <translation>SFTP 信息不完整</translation>
    </message>
    <message>
        <source>SFTP details</source>
        <translation>SFTP 信息</translation>
    </message>
</context>
<context>
    <name>suanli::unis::NodeMetricSource</name>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>cluster totals</source>
        <translation>集群总计</translation>
    </message>
    <message>
        <source>RDMA traffic</source>
        <translation>RDMA 流量</translation>
    </message>
</context>
<context>
    <name>suanli::unis::PodLogSource</name>
    <message>
        <source>The platform sent lines %1–%2 of the log when the lines before %3 were asked for; older lines cannot be shown.</source>
        <translation>请求第 %3 行之前的日志时，平台返回的是第 %1–%2 行；无法显示更早的行。</translation>
    </message>
    <message>
        <source>The platform skipped lines %1–%2 of the log; they are missing here.</source>
        <translation>平台跳过了日志的第 %1–%2 行；此处缺少这些行。</translation>
    </message>
    <message>
        <source>A download of this log is already running.</source>
        <translation>此日志已在下载中。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The platform sent lines from %1 when line %2 was asked for.</source>
        <translation>请求第 %2 行时，平台返回的是从第 %1 行开始的内容。</translation>
    </message>
</context>
<context>
    <name>suanli::unis::PodMetricSource</name>
    <message>
        <source>pod metrics</source>
        <translation>容器组指标</translation>
    </message>
</context>
<context>
    <name>suanli::unis::UnisProvider</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in to the UNIS platform as %1.</source>
        <translation>已以 %1 身份登录紫光 UNIS 平台。</translation>
    </message>
    <message>
        <source>Signing in to the UNIS platform failed: %1</source>
        <translation>登录紫光 UNIS 平台失败：%1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>A running dev environment uses the account&apos;s compute quota until it is stopped.</source>
        <translation>运行中的开发环境会一直占用该账户的算力配额，直到停止为止。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The task runs again from its last checkpoint and uses the account&apos;s compute quota.</source>
        <translation>任务将从上一个检查点重新运行，并占用该账户的算力配额。</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>克隆…</translation>
    </message>
    <message>
        <source>A new task with the same settings is created and starts at once, using the account&apos;s compute quota.</source>
        <translation>将以相同设置创建一个新任务并立即启动，占用该账户的算力配额。</translation>
    </message>
    <message>
        <source>Register model…</source>
        <translation>注册模型…</translation>
    </message>
    <message>
        <source>What the job wrote to its output folder becomes a private model in the AI assets.</source>
        <translation>任务写入输出文件夹的内容将成为 AI 资产中的私有模型。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Deleting removes the job and its record from the platform. This cannot be undone.</source>
        <translation>删除会从平台上移除该任务及其记录，且无法撤销。</translation>
    </message>
    <message>
        <source>The UNIS platform has no restart: stop the dev environment, then start it.</source>
        <translation>紫光 UNIS 平台不支持重启：请先停止开发环境，再启动它。</translation>
    </message>
    <message>
        <source>Online services and evaluations are managed in the UNIS web console.</source>
        <translation>在线服务和评测任务需在紫光 UNIS 网页控制台中管理。</translation>
    </message>
    <message>
        <source>This job has been deleted.</source>
        <translation>该任务已被删除。</translation>
    </message>
    <message>
        <source>A compute task cannot be started again; resume it or clone it.</source>
        <translation>计算任务无法再次启动；请恢复或克隆它。</translation>
    </message>
    <message>
        <source>Only dev environments can be started; create the job again instead.</source>
        <translation>只有开发环境可以启动；其他任务请重新创建。</translation>
    </message>
    <message>
        <source>Only a stopped dev environment can be started.</source>
        <translation>只有已停止的开发环境可以启动。</translation>
    </message>
    <message>
        <source>Only a running dev environment can be stopped.</source>
        <translation>只有运行中的开发环境可以停止。</translation>
    </message>
    <message>
        <source>Only a job that is queued or running can be stopped.</source>
        <translation>只有排队中或运行中的任务可以停止。</translation>
    </message>
    <message>
        <source>Only compute tasks can be resumed.</source>
        <translation>只有计算任务可以恢复。</translation>
    </message>
    <message>
        <source>Only a stopped or failed compute task can be resumed.</source>
        <translation>只有已停止或已失败的计算任务可以恢复。</translation>
    </message>
    <message>
        <source>Only compute tasks can be cloned.</source>
        <translation>只有计算任务可以克隆。</translation>
    </message>
    <message>
        <source>Only a training, fine-tune or compute task&apos;s output can be registered as a model.</source>
        <translation>只有训练任务、微调任务或计算任务的输出可以注册为模型。</translation>
    </message>
    <message>
        <source>Only a job that succeeded has a model to register.</source>
        <translation>只有已成功的任务才有可注册的模型。</translation>
    </message>
    <message>
        <source>The dev environment is being deleted.</source>
        <translation>该开发环境正在删除中。</translation>
    </message>
    <message>
        <source>The UNIS platform does not offer this action.</source>
        <translation>紫光 UNIS 平台不提供此操作。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>register model</source>
        <translation>注册模型</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>The UNIS platform has quotas, not a balance: see the quotas instead.</source>
        <translation>紫光 UNIS 平台使用配额而非余额：请改为查看配额。</translation>
    </message>
    <message>
        <source>The UNIS platform has no jobs of this kind.</source>
        <translation>紫光 UNIS 平台没有此类任务。</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>无法列出%1：%2</translation>
    </message>
    <message>
        <source>No job with id %1.</source>
        <translation>没有 ID 为 %1 的任务。</translation>
    </message>
    <message>
        <source>This pod has no UID to ask its events by.</source>
        <translation>此容器组没有 UID，无法查询其事件。</translation>
    </message>
    <message>
        <source>%1: %2 — not sent: %3</source>
        <translation>%1：%2 — 未发送：%3</translation>
    </message>
    <message>
        <source>Sent: %1 for %2.</source>
        <translation>已发送：%1（%2）。</translation>
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
        <source>The platform does not say where %1 wrote its output.</source>
        <translation>平台未说明 %1 的输出写入了何处。</translation>
    </message>
    <message>
        <source>Registered from %1</source>
        <translation>注册自 %1</translation>
    </message>
    <message>
        <source>Sent: %1 &quot;%2&quot;.</source>
        <translation>已发送：%1“%2”。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; failed: %3</source>
        <translation>%1“%2”失败：%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; accepted; it is not listed yet.</source>
        <translation>%1“%2”已受理；尚未出现在列表中。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; accepted: %3.</source>
        <translation>%1“%2”已受理：%3。</translation>
    </message>
    <message>
        <source>Give the dev environment a name.</source>
        <translation>请为开发环境命名。</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <source>Choose a spec or a resource group.</source>
        <translation>请选择规格或资源组。</translation>
    </message>
    <message>
        <source>Give the dev environment at least one CPU core and 1 GB of memory.</source>
        <translation>请为开发环境分配至少 1 个 CPU 核和 1 GB 内存。</translation>
    </message>
    <message>
        <source>Choose how SSH signs in: password, key pair or both.</source>
        <translation>请选择 SSH 登录方式：密码、密钥对或两者兼用。</translation>
    </message>
    <message>
        <source>SSH with a key pair needs the key pair.</source>
        <translation>使用密钥对进行 SSH 登录时需要指定密钥对。</translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation>请为任务命名。</translation>
    </message>
    <message>
        <source>Choose a resource group.</source>
        <translation>请选择资源组。</translation>
    </message>
    <message>
        <source>Give the job at least one node.</source>
        <translation>请为任务分配至少 1 个节点。</translation>
    </message>
    <message>
        <source>Every node needs at least one instance and one CPU core.</source>
        <translation>每个节点至少需要 1 个实例和 1 个 CPU 核。</translation>
    </message>
    <message>
        <source>A node cannot have a negative number of GPUs.</source>
        <translation>节点的 GPU 数不能为负数。</translation>
    </message>
    <message>
        <source>Give the job a command to run (generate it from the algorithm&apos;s strategy).</source>
        <translation>请为任务指定要运行的命令（可根据算法的策略生成）。</translation>
    </message>
    <message>
        <source>create dev environment</source>
        <translation>创建开发环境</translation>
    </message>
    <message>
        <source>create training job</source>
        <translation>创建训练任务</translation>
    </message>
    <message>
        <source>create fine-tune job</source>
        <translation>创建微调任务</translation>
    </message>
    <message>
        <source>create compute task (%1)</source>
        <translation>创建计算任务（%1）</translation>
    </message>
</context>
<context>
    <name>suanli::yuanjing::Client</name>
    <message>
        <source>Enter an 11-digit mainland China mobile number.</source>
        <translation>请输入 11 位中国大陆手机号。</translation>
    </message>
    <message>
        <source>send SMS code</source>
        <translation>发送短信验证码</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Ask for an SMS code first.</source>
        <translation>请先获取短信验证码。</translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation>请输入短信中的验证码。</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>recharge</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>请选择模型。</translation>
    </message>
    <message>
        <source>price</source>
        <translation>查询价格</translation>
    </message>
    <message>
        <source>Pages start at 1 and hold at least one row.</source>
        <translation>页码从 1 开始，每页至少一行。</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Enter the pricing program&apos;s id.</source>
        <translation>请输入定价项目的 ID。</translation>
    </message>
    <message>
        <source>pricing test</source>
        <translation>定价测试</translation>
    </message>
    <message>
        <source>API apps</source>
        <translation>API 应用列表</translation>
    </message>
    <message>
        <source>Give the app a name.</source>
        <translation>请为应用命名。</translation>
    </message>
    <message>
        <source>apply for an API key</source>
        <translation>申请 API 密钥</translation>
    </message>
    <message>
        <source>Choose an app.</source>
        <translation>请选择应用。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>video models</source>
        <translation>视频模型</translation>
    </message>
    <message>
        <source>today&apos;s video tasks</source>
        <translation>今日视频任务</translation>
    </message>
    <message>
        <source>No task id.</source>
        <translation>未提供任务 ID。</translation>
    </message>
    <message>
        <source>video task status</source>
        <translation>视频任务状态</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>请填写提示词。</translation>
    </message>
    <message>
        <source>The duration is 1 to 15 seconds.</source>
        <translation>时长为 1 到 15 秒。</translation>
    </message>
    <message>
        <source>generate video</source>
        <translation>生成视频</translation>
    </message>
</context>
<context>
    <name>suanli::yuanjing::VideoDownload</name>
    <message>
        <source>The video has no web address to download from.</source>
        <translation>该视频没有可供下载的网址。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The video could not be downloaded: HTTP %1.</source>
        <translation>无法下载视频：HTTP %1。</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>无法下载视频：%1</translation>
    </message>
    <message>
        <source>The download broke off: %1</source>
        <translation>下载中断：%1</translation>
    </message>
</context>
<context>
    <name>suanli::yuanjing::VideoGeneration</name>
    <message>
        <source>Following the task until it is done.</source>
        <translation>正在跟踪任务，直至完成。</translation>
    </message>
    <message>
        <source>元境 refused the generation.</source>
        <translation>元境拒绝了此次生成。</translation>
    </message>
    <message>
        <source>The stream broke (%1); asking for the task&apos;s status instead.</source>
        <translation>数据流中断（%1），改为查询任务状态。</translation>
    </message>
    <message>
        <source>the answer named no task</source>
        <translation>响应中未指明任务</translation>
    </message>
    <message>
        <source>The stream ended before the video was ready; asking for the task&apos;s status.</source>
        <translation>视频生成完成前数据流已结束，正在查询任务状态。</translation>
    </message>
    <message>
        <source>The answer was lost (%1), but the task was found; asking for its status.</source>
        <translation>响应丢失（%1），但已找到该任务，正在查询其状态。</translation>
    </message>
    <message>
        <source>%1 The task %2 may still finish: see today&apos;s tasks.</source>
        <translation>%1任务 %2 仍可能完成：请查看今日任务。</translation>
    </message>
</context>
<context>
    <name>suanli::yuanjing::YuanjingProvider</name>
    <message>
        <source>元境&apos;s video tasks cannot be stopped or deleted through its API.</source>
        <translation>无法通过元境的 API 停止或删除其视频任务。</translation>
    </message>
    <message>
        <source>%1 (list price %2)</source>
        <translation>%1（标价 %2）</translation>
    </message>
    <message>
        <source>An SMS code was sent to %1.</source>
        <translation>短信验证码已发送至 %1。</translation>
    </message>
    <message>
        <source>No SMS code could be sent: %1</source>
        <translation>无法发送短信验证码：%1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已以 %1 身份登录。</translation>
    </message>
    <message>
        <source>Choose one of the phone&apos;s accounts.</source>
        <translation>请选择此手机号下的一个账户。</translation>
    </message>
    <message>
        <source>Recharge of %1 started: the payment page is open in the browser.</source>
        <translation>已发起 %1 的充值：支付页面已在浏览器中打开。</translation>
    </message>
    <message>
        <source>Recharge of %1 failed: %2</source>
        <translation>%1 的充值失败：%2</translation>
    </message>
    <message>
        <source>Applied for an API key for the app &quot;%1&quot;.</source>
        <translation>已为应用“%1”申请 API 密钥。</translation>
    </message>
    <message>
        <source>Applying for an API key for &quot;%1&quot; failed: %2</source>
        <translation>为“%1”申请 API 密钥失败：%2</translation>
    </message>
    <message>
        <source>Video %1 is ready: %2</source>
        <translation>视频 %1 已生成：%2</translation>
    </message>
    <message>
        <source>Video %1 failed: %2</source>
        <translation>视频 %1 生成失败：%2</translation>
    </message>
    <message>
        <source>Video generation with %1 failed: %2</source>
        <translation>使用 %1 生成视频失败：%2</translation>
    </message>
</context>
</TS>
