<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountCommands</name>
    <message>
        <source>account add takes exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform is required (one of: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform &quot;%1&quot;. Known platforms: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform &quot;%1&quot; is not supported by this build of suanli-cli yet (supported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no public address: give the deployment&apos;s --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts need --login (user name or phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the %1 cannot be asked for: pass it on stdin with --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot store the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store it in an unencrypted file readable only by you (%1), run again with --insecure-storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3). The %4 is stored in: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Add one with: suanli-cli account add NAME --platform PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove takes exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;. See: suanli-cli account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was removed, but its secret could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account %1 and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account check takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --secret-stdin or --password-stdin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remember-password goes with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no password here: pass the %2 with --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token &quot;%1&quot; made for it stays on %2; delete it in the web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored (%1); the token commands will ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept there too, for the token commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts take no option &quot;%2&quot; (their options: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option %1 needs the path of a PEM or DER certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code-stdin and --select are for platforms that sign in with an SMS code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account login takes one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account login is for accounts that sign in with an SMS code; to give %1 a new %2, remove the account and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStateNames</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged (%2); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request may have reached the server; check the current state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s status line is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s headers are too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header of the answer is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of the answer is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChenyuCommands</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;suanli-cli pods&apos; and &apos;suanli-cli gpus&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating an instance costs money: it is billed by the hour once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2, %3 per hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown-at ID --cancel takes exactly one ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown-at takes an ID and a time &quot;YYYY-MM-DD HH:MM:SS&quot; (or --cancel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (China Standard Time) is not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled the scheduled shutdown of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shuts down at %2 China Standard Time (%3 local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpus takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE/H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a GPU: %1 per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1, %2 of %3 pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRADE NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 (%3 records).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChenyuMapping</name>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected. Copy a new key from chenyu.cn/console/apiServer and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;code&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;result&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in: the API key is missing or no longer valid. Copy a new key from chenyu.cn/console/apiServer and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in (%1): the API key is missing or no longer valid. Copy a new key from chenyu.cn/console/apiServer and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reported a system error; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance &quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cards&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instance has no &quot;uuid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;instance&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new instance has no &quot;uuid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance has no &quot;status&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account needs a subcommand: add, list, remove, check or login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account subcommand &quot;%1&quot; (add, list, remove, check, login).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--config-dir needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang: use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>upload needs at least one file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload needs --to REMOTE_DIR, the folder to upload into (&quot;/&quot; for the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel takes a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chunk-size takes a size from 1M to 64M, such as 8M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes bytes per second, such as 10M (0 for no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another suanli-cli upload is running with this configuration; wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the upload journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n upload(s) from the journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 files, %3 of %4 (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1/s, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, checking files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1, to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the public storage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private storage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were on the server already and were not sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed. Run the same command again to retry them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>files needs a subcommand: ls, mkdir, rm or sftp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown files subcommand &quot;%1&quot; (ls, mkdir, rm, sftp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files %1 needs a remote path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting cannot be undone; folders go with everything in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to files rm %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top folder exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top folder cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --reveal-password to show the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is the platform&apos;s internal one; it may not be reachable from outside its network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuixingyunCommands</name>
    <message>
        <source>--password-stdin is for %1 accounts, whose API tokens are made from the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the API token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 password of %2 (%3): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API tokens of %1 are managed with its password: pass it on stdin with --password-stdin, or keep it with &apos;account add --remember-password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the remembered password. Pass the current one with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tokens subcommand &quot;%1&quot; (list, create, delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are masked; --reveal shows them whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens create takes exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the API token &quot;%1&quot;. Keep it as secret as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens delete needs at least one TOKEN (its value or its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the API token the account %2 signs in with: deleting it would lock suanli-cli out of the account. Add the account again with another token first (account remove, then account add), then delete this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting an API token cannot be undone; whatever uses it stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was done. Add --yes to delete %n token(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API tokens are named &quot;%1&quot;: give the token&apos;s value instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such API token in account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the API token &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUS FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 GB, up to %3 GB more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 慧星云 API gives no prices; see them in the web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own images belong to a zone, not a GPU type: use --mine --room ZONE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;suanli-cli products&apos; and &apos;suanli-cli images&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pay takes hourly, daily or monthly, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the GPU type &quot;%1&quot;. See: suanli-cli products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 cannot be used for %2 (zone %3). See: suanli-cli images --gpu-type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Buying costs money: %n instance(s) of %1 with %2 GPU(s) each, billed %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy-app takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required (see &apos;suanli-cli apps&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application &quot;%1&quot;. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Buying costs money: %n instance(s) of %1, billed %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost, so the order may have been placed. Check with &apos;suanli-cli list&apos; before ordering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the instances of %n order(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n instance(s) were bought; the rest failed. The ones bought are billed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The order was placed, but its instances did not show up within %n second(s). See: suanli-cli list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bought %n instance(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HuixingyunMapping</name>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 rejected the username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 rejected the username or password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 rejected the API token. Create a new token from your username and password and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 rejected the API token (%1). Create a new token from your username and password and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;token&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new token has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;tokens&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not confirm the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a product has no &quot;gpu_type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an application has no &quot;app_type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image has no &quot;image_id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer says nothing about the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;items&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instance has no &quot;gid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;success&quot; or &quot;fails&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform reported a failure without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (card-less)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCommands</name>
    <message>
        <source>Cannot write the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs takes one pod or task: its id or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tail takes a number of lines (0 or more), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tail and --all cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--follow needs one pod; --all downloads a whole task&apos;s logs once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task “%1” has no pods yet: nothing has been logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task “%1” has %2 pods; --follow needs one of them: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several tasks are named “%1”; give one of their ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task or pod is called “%1” on this account (see &apos;suanli-cli list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading new lines failed (trying again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the logs of “%1” to %2 (a zip archive, %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the logs of “%1” to %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent a zip archive; use --output FILE to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricInfo</name>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision pipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricUnit</name>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCommands</name>
    <message>
        <source>metrics needs at least one pod name (the pods of a job are listed by &apos;show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv and --json cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --since or --from/--to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a duration such as 30s, 15m, 1h, 6h or 2d, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a time such as &quot;2025-02-10 15:54:52&quot; (China time) or 2025-02-10T15:54:52+08:00, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes a time such as &quot;2025-02-10 16:54:52&quot; (China time) or 2025-02-10T16:54:52+08:00, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;. Metrics: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no samples between %2 and %3 (was the pod running then?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderResults</name>
    <message numerus="yes">
        <source>Ordered: %n instance(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was ordered: %n instance(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partly ordered: %1 instance(s) created, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed; the platform gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformRegistry</name>
    <message>
        <source>晨羽智云 Chenyu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key (K值) from the web console at chenyu.cn/console/apiServer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 Huixingyun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 makes API tokens from your username and password: paste a token you already have, or let the console create one with your password. The token is kept in the keychain; the password only when you ask for it to be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紫光 UNIS 算力平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your UNIS username and password. From platform version D11 on, the password is sent AES-encrypted with your deployment&apos;s login encryption key (account option aes-key, 16, 24 or 32 characters; ask the platform&apos;s administrator); for older platforms set plain-password=true. A deployment with a certificate from its own CA needs that CA certificate (option ca-cert, a PEM file). The password is kept in the keychain; the sign-in token only in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 Yuanjing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 signs in with a code sent by SMS to your phone. A phone number that has no 元境 account yet gets a new one. The session the sign-in makes is kept in the keychain; when it ends, sign in again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceCommands</name>
    <message>
        <source>list takes no arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Valid kinds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Valid statuses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Add one with: suanli-cli account add NAME --platform PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE/H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes exactly one ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such resource in account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot %2 now (status %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTRAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden; use --reveal-password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild needs --image IMAGE_ID (see &apos;suanli-cli images&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot takes exactly one ID: an image is saved from one instance at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot needs --name NAME for the new image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pay takes daily or monthly, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew needs --periods N (days or months, as the instance is billed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--periods takes a whole number of days or months, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so the action may have been taken. Check with &apos;suanli-cli list&apos; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 has no balance query in its API; see the balance in its web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register-model takes exactly one ID: a job that succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register-model needs --name NAME for the new model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceNames</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalLauncher</name>
    <message>
        <source>The platform gave no address to log in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” does not look like a host name; no terminal was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal was found (looked for x-terminal-emulator, gnome-terminal, konsole and xterm). Copy the SSH command instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Windows Terminal nor cmd was found. Copy the SSH command instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no known terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal script could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal (%1) could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnisCommands</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of %1 CPU, %2 GB</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option %1 takes true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login encryption key (--option %1) must be 16, 24 or 32 bytes long (AES-128, -192 or -256), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts need the deployment&apos;s login encryption key: --option %2=KEY (16, 24 or 32 bytes; the platform&apos;s administrator knows it), or --option %3=true for platforms before version D11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes NAME=VALUE, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mig takes a MIG profile such as 1g.10gb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mig-count goes with --mig PROFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vgpu-memory and --vgpu-cores go with --vgpus N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give whole GPUs (--gpus), vGPUs (--vgpus) or MIG slices (--mig), not several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assets are named &quot;%1&quot;: give --%2 the id instead: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No image &quot;%1&quot; in the AI assets. Images: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No algorithm &quot;%1&quot; in the AI assets. Algorithms: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model &quot;%1&quot; in the AI assets. Models: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset &quot;%1&quot; in the AI assets. Datasets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no version to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no version &quot;%2&quot; (--%3). Versions: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preset spec has the GPU model &quot;%1&quot;. GPU models: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No single preset spec of %1 has %n whole GPU(s); choose one with --spec: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preset specs are named &quot;%1&quot;: give --spec the spec id instead: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No preset spec &quot;%1&quot;. Specs: %2. See: suanli-cli specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource group &quot;%1&quot; for this account. Resource groups: %2. See: suanli-cli resource-groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so the job may have been created. Check with &apos;suanli-cli list --kind %1&apos; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; waiting for &quot;%1&quot; to show in the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform accepted &quot;%1&quot;, but its list did not show it within %n second(s). See: suanli-cli list --kind %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new jobs are named &quot;%1&quot;; the newest is shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>whoami takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUOTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIG slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compute quota is configured for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage quota: not enabled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (inodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remaining compute resources could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage quota could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods takes exactly one job ID for a %1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 has no pods (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events takes exactly one POD (its UID as &apos;pods&apos; shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 has no pod &quot;%2&quot;. Pods: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events for the pod %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-devenv takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-devenv needs --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-devenv needs --image IMAGE (see &apos;suanli-cli assets image&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset spec sets the CPU, memory and GPUs: leave out --cpu, --memory, --gpus, --vgpus and --mig, or choose a --resource-group instead of a spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-devenv needs a preset spec (--spec, or --gpu-model with --gpus; see &apos;suanli-cli specs&apos;), or --resource-group with --cpu and --memory (see &apos;suanli-cli resource-groups&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --resource-group, give --cpu N and --memory GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ssh-auth takes password, key-pair or both, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH with a key pair needs --ssh-key-pair ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ssh-password-stdin does not go with --ssh-auth key-pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH password was given on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group %1 shares its GPUs as MIG slices: use --mig PROFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group %1 shares its GPUs as vGPUs: use --vgpus N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group %1 gives whole GPUs: use --gpus N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group %1 has no %2 GPUs (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This creates the dev environment &quot;%1&quot; from %2 %3 with %4 in %5; it uses the account&apos;s compute quota while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-task takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-task needs --kind training, fine-tune or compute-task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes training, fine-tune or compute-task, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compute task needs --scenario fine-tune, pre-train, rl, dpo or model-training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine-tune job takes --scenario fine-tune or pre-train, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario is for fine-tune jobs and compute tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incremental goes with --scenario pre-train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sft-model is for compute tasks of the rl and dpo scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reward-model is for compute tasks of the rl scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task-type is for training jobs and model-training compute tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task-type takes nlp, cv or ml, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--framework takes %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resource-type takes standard or advanced, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-task needs --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-task needs --algorithm ALGORITHM (see &apos;suanli-cli assets algorithm&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the input as --dataset or as --input-dir, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset spec decides the resource group: give --spec or --resource-group, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-task needs --spec SPEC (see &apos;suanli-cli specs&apos;), or --resource-group with --cpu and --memory (see &apos;suanli-cli resource-groups&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --resource-group, give --cpu N and --memory GB (per node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm %1 has no strategy to run it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm %1 has several strategies; choose one with --config: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm %1 has no strategy &quot;%2&quot;. Strategies: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy %1 names no image: give --image IMAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group %1 has no high-performance network (RDMA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This creates &quot;%1&quot; (%2): %3 (%4), image %5 %6, input %7, %8 in %9. It starts at once and uses the account&apos;s compute quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone takes exactly one ID: a compute task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to clone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such compute task in account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot clone it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specs takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preset specs: this deployment does not use them; create with --resource-group instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preset spec has the GPU model %1. GPU models: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource-groups takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource groups for this account&apos;s user group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU SHARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU MODELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUS FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assets takes one of: image, algorithm, model, dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ preset by the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnisEnvelope</name>
    <message>
        <source>The UNIS platform no longer accepts the sign-in; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has neither a code nor a success field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnisLogin</name>
    <message numerus="yes">
        <source>The login encryption key must be 16, 24 or 32 characters long; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be encrypted for the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnisLogs</name>
    <message>
        <source>The log answer holds no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log answer does not say where its lines start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnisMapping</name>
    <message>
        <source>the answer&apos;s data is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s data is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list in the answer is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user information has no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user information has no user id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinforcement learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct preference (DPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pod has neither an id nor a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spec has no specId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names no resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource group has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an asset has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a strategy has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the strategy has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer carries no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names no model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnisMonitoring</name>
    <message>
        <source>GPU utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU core utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAM active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe Tx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe Rx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDMA in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDMA out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVLink bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32 pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP64 pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token generation speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster CPU in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster memory in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster GPUs in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster file system in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDMA download per card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDMA upload per card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring answer holds no metrics object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RDMA answer holds no traffic object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster totals answer holds no data object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster totals answer names none of the documented fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Run &apos;suanli-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;suanli-cli %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli account list

Lists the accounts (no secrets).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli account remove NAME

Removes the account and deletes its secret from the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli account check NAME

Checks the account&apos;s secret with the platform and prints its state
(online, auth-failed, offline).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli account add|list|remove|check ...

Run &apos;suanli-cli account SUBCOMMAND --help&apos; for each.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli create --pod UUID --gpu-model UUID --image-tag TAG [--auto-start]
                         [--account NAME] [--yes]

Creates a 晨羽智云 instance (see &apos;pods&apos; and &apos;gpus&apos; for the ids) and prints its id.
It is billed once it runs, so --yes is required.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli shutdown-at ID &quot;YYYY-MM-DD HH:MM:SS&quot; [--account NAME]
       suanli-cli shutdown-at ID --cancel [--account NAME]

Schedules (or cancels) the automatic shutdown of a 晨羽智云 instance. The time is China
Standard Time (UTC+8) wall-clock time, as the platform takes it, and must be in the future.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli gpus [--account NAME]

Lists the GPU models of 晨羽智云 with their prices.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli bills [--account NAME] [--page N] [--page-size N] [--keyword K]

Lists charges of a 晨羽智云 account, newest first (page size 1 to 100, default 20).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli recharges [--account NAME] [--page N] [--page-size N] [--keyword K]

Lists top-ups of a 晨羽智云 account, newest first (page size 1 to 100, default 20).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli show ID [--account NAME] [--reveal-password]

Shows one resource with every field and the actions it allows now.
An SSH password is shown only with --reveal-password.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli stop ID... [--cardless] [--account NAME] [--yes]

Asks the platform to stop the resources. With --cardless (慧星云&apos;s 无卡关机) the instance
gives its GPU back and keeps its disk; &apos;start&apos; later uses the matching start call.
Every id is checked before anything is sent; platforms that act on several ids in one
request answer per id.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli %1 ID... [--account NAME] [--yes]

Asks the platform to %1 the resources. Actions that cost money or cannot be undone
(destroy) need --yes. Every id is checked before anything is sent; platforms that act
on several ids in one request answer per id (exit 1 when some failed).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli rebuild ID... --image IMAGE_ID [--account NAME] [--yes]

Reinstalls the instances from an image (see &apos;images&apos;). This wipes the system disk, so
--yes is required. The image must run the same operating system.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli snapshot ID --name NAME [--account NAME]

Saves one instance as an image of your own. It is saved in the background and shows up
in &apos;images --mine&apos; when done.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli lengthen ID... --pay daily|monthly [--account NAME] [--yes]

Changes hourly billing to daily or monthly, or daily to monthly. It charges the prepaid
period now and cannot be undone, so --yes is required.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli renew ID... --periods N [--account NAME] [--yes]

Extends prepaid instances by N periods of their billing: 1, 3 or 7 days, or 1, 3 or 12
months. It costs money, so --yes is required.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli products [--account NAME]

Lists the GPU types of 慧星云 with the GPUs free per order, zone and disks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli apps [--account NAME]

Lists the one-click applications of 慧星云.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli images [--account NAME] [--gpu-type TYPE | --mine [--room ZONE]]

Lists the public images of a GPU type (of every product without --gpu-type), or with
--mine your own images in a zone (in every zone without --room).
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli buy-app --app TYPE --pay hourly|daily|monthly [--count N] [--wait]
                          [--account NAME] [--yes]

Buys instances of a 慧星云 one-click application (see &apos;apps&apos;). It costs money, so --yes
is required. Prints the order ids, or with --wait the ids of the new instances.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli balance [--account NAME]

Shows the balance of every account, or of one.
Accounts on platforms without a balance query are skipped with a note.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Monitoring (紫光 UNIS):
  metrics POD... [--account NAME] [--since DURATION | --from TIME [--to TIME]]
          [--metric KEY]... [--csv]
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job logs (紫光 UNIS):
  logs POD|TASK [--account NAME] [--follow] [--tail N] [--all] [--output FILE]
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli pods [--account NAME] [--page N] [--page-size N] [--keyword K]
       suanli-cli pods JOB_ID [--account NAME]

For a 晨羽智云 account: lists its pods (application templates); every page unless --page is given.
For a 紫光 UNIS account: lists the pods (instances) of one job, with their UIDs for &apos;events&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli events POD_UID [--job JOB_ID] [--account NAME]

Lists the Kubernetes events of a 紫光 UNIS pod, oldest first. With --job, the pod may also be
given by its name.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli whoami [--account NAME]

Shows who a 紫光 UNIS account signs in as: user, tenant, user group and role.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli quota [--account NAME]

Shows what is left of a 紫光 UNIS account&apos;s compute quota (CPU, memory, GPUs, vGPUs, MIG
slices, jobs) and its storage quota. In JSON a figure is a number, or the platform&apos;s own
words when it sends words (a storage quota that is not enabled), or null.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli specs [--gpu-model MODEL] [--account NAME]

Lists the preset specs of a 紫光 UNIS deployment (CPU, memory, GPUs) and its GPU models.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli resource-groups [--account NAME]

Lists the resource groups a 紫光 UNIS account&apos;s jobs can run in, with what is free now.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli assets image|algorithm|model|dataset [--mine] [--search TEXT] [--account NAME]

Lists the AI assets of a 紫光 UNIS account (the names the create commands take), every one
it can see or with --mine only its own.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli resume ID... [--account NAME] [--yes]

Lets a stopped or failed 紫光 UNIS compute task run on from its last checkpoint, after
asking the platform whether it can. It uses compute quota, so --yes is required.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli clone ID [--name NAME] [--account NAME] [--yes]

Creates a 紫光 UNIS compute task with the settings of another (named NAME, default the
old name with &quot;-clone&quot;), and prints its id once the list shows it. It starts at once and
uses compute quota, so --yes is required.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli register-model ID --name NAME [--account NAME]

Registers what a 紫光 UNIS job that succeeded wrote to its output folder as a private model
named NAME in the AI assets.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli files rm REMOTE_PATH... [--public] [--account NAME] --yes

Deletes files and folders (folders with everything in them). Needs --yes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli files mkdir REMOTE_DIR... [--public] [--account NAME]

Creates folders; their parent folders must exist.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli files sftp [--public] [--reveal-password] [--account NAME]

Shows how to reach the storage over SFTP. The password shows only with --reveal-password.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli files ls [REMOTE_DIR] [--public] [--account NAME]
       suanli-cli files mkdir REMOTE_DIR... [--public] [--account NAME]
       suanli-cli files rm REMOTE_PATH... [--public] [--account NAME] --yes
       suanli-cli files sftp [--public] [--reveal-password] [--account NAME]

The storage of a UNIS account: its private files, or the shared public storage with --public.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli account login NAME [--code-stdin] [--select USER_ID]

Signs an account in again with a new SMS code (元境), when its session has ended: a code
is sent to the account&apos;s phone and read from the terminal, or from stdin with --code-stdin.
The account signed in as before is chosen again; --select picks another of the phone&apos;s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: suanli-cli account login NAME (元境: sign in again with a new SMS code).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli recharge AMOUNT [--wait [--timeout SECONDS]] [--account NAME] [--yes]

Starts an Alipay recharge of AMOUNT yuan (at most two decimals) on a 元境 account and prints
the payment page&apos;s address: open it in a browser to pay. It takes real money, so --yes is
required. With --wait the balance is asked every few seconds until the payment shows
(at most --timeout seconds, default 600; exit 1 when it does not).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli keys [--account NAME]
       suanli-cli keys apply NAME [--description TEXT] [--account NAME]
       suanli-cli keys show ID [--account NAME]

Lists the apps with downstream API keys of a 元境 account, applies for a key for a new app
(prints its id), or shows one app&apos;s API key and secret key.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli orders [--page N] [--page-size N] [--account NAME]

Lists the charges of a 元境 account, newest first: model, usage, amount, status and booking
(page size 1 to 500, default 80).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli price --model ID [--duration N] [--resolution R] [--ratio R] [--audio]
                        [--option KEY=VALUE]... [--account NAME]

Asks 元境 for the list price and your price of a model with a configuration.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli pricing-test PPID --usage JSON [--account NAME]

Runs a 元境 pricing program on a usage object, such as &apos;{&quot;seconds&quot;:5,&quot;resolution&quot;:&quot;720p&quot;}&apos;,
for operators who define pricing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: suanli-cli models [--type text|image|reference] [--account NAME]

Lists 元境&apos;s video models (text to video, image to video, reference to video) and their inputs.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YuanjingCommands</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with a mainland China mobile number: &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the SMS code cannot be asked for: pass it on stdin with --code-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with a code sent by SMS. A phone number it does not know yet gets a new %2 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS code was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS code was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone has several %1 accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID to sign in as: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone has several %1 accounts: run the command again with --select USER_ID (a new SMS code is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with an SMS code, not a secret or a password: pass the code with --code-stdin, or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot store the %1 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store it in an unencrypted file readable only by you (%1), run again with --insecure-storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3), signed in as %4. The session is stored in: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account login is for accounts that sign in with an SMS code; %1 is a %2 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 again as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recharge takes exactly one AMOUNT in yuan, such as 100 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan with at most two decimals, above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharging %1 takes a payment of real money with Alipay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to get the payment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser (a new window) to pay %1 with Alipay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the payment: the balance is asked every few seconds (at most %n second(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No payment arrived within %n second(s); the balance is still %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paid: the balance went from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders on page %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOOKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2; %3 orders in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no model &quot;%2&quot;. See: suanli-cli models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model is required (see: suanli-cli models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIGURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOUR PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing-test takes exactly one PPID (the pricing program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--usage takes a JSON object, such as &apos;{&quot;seconds&quot;:5,&quot;resolution&quot;:&quot;720p&quot;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prices %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown keys subcommand &quot;%1&quot; (list, apply, show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API keys yet. Apply for one with: suanli-cli keys apply NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys themselves: suanli-cli keys show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys apply takes exactly one NAME (the app&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for an API key for &quot;%1&quot;. See it with: suanli-cli keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for an API key for &quot;%1&quot;. Show it with: suanli-cli keys show %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys show takes exactly one ID (see: suanli-cli keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both as secret as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes text, image or reference (or 文生视频, 图生视频, 参考生视频), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INPUTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video needs a subcommand: create, tasks or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown video subcommand &quot;%1&quot; (create, tasks, status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video create takes no arguments; the prompt goes with --prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prompt is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 takes no --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes one of %2 for %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 makes no audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 makes a video from an image: give it with --image FILE or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 takes no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image takes a PNG, JPEG or WebP file, or an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating this video costs %1, charged when it succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done. Add --yes to generate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating with %1 for %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video tasks takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video tasks today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIDEO OR REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video status takes exactly one TASKID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YuanjingMapping</name>
    <message>
        <source>The 元境 session has ended. Sign in again with a new SMS code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 reported an error without saying which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;status&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;key&quot; to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice of accounts has no &quot;users&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account to choose is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account to choose has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice of accounts is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in answer has no &quot;user&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in user has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no payment address (&quot;redirct&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment address is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance is neither a list nor an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a balance entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a balance entry has no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;price&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;result&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rows&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;apikeys&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no API key (&quot;aapikey&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to video (文生视频)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to video (图生视频)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference to video (参考生视频)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model list is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks&quot; is neither a list nor an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task list is neither a list nor an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task status has no &quot;response&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suanli Console: one desktop console for GPU clouds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DIR for the accounts and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an image of the window to FILE once it has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the demo profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a simulated 晨羽智云 answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file could not be read; it was left as it is.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with simulated platforms in a temporary profile; your own accounts and keychain are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a simulated 慧星云 answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FILE in the log viewer (no accounts are loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a simulated 紫光 UNIS 算力平台 answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload journal cannot be used (%1): uploads will not survive a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a simulated 元境 answers at %1; its SMS codes show in this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated SMS to %1: the code is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::AccountSession</name>
    <message>
        <source>it holds no PEM or DER certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 of account %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::EventLogSource</name>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::FileLogSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::InsecureFileSecretStore</name>
    <message>
        <source>Unencrypted file (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted in a file readable only by your user. Anyone with access to your user account or its backups can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The secret is kept for this session only and must be entered again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::LineMatcher</name>
    <message>
        <source>%1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::LogSource</name>
    <message>
        <source>This log cannot be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::SecretStore</name>
    <message>
        <source>No saved secret for this account; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::chenyu::ChenyuProvider</name>
    <message>
        <source>晨羽智云 has no plain power-off: its &quot;stop&quot; call destroys the instance. To power off without destroying, schedule a shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running instance is billed by the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule shutdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel scheduled shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying deletes the instance and its data. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a created or stopped instance can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running instance can be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running instance can be shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has been destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has already been destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shutdown time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — accepted by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled shutdown cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>晨羽智云 does not offer this action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::chenyu::Client</name>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recharge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel scheduled shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::cli::CliContext</name>
    <message>
        <source>No account named &quot;%1&quot;. See: suanli-cli account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet. Add one with: suanli-cli account add NAME --platform PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 accounts: choose one with --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is on the platform &quot;%2&quot;, which this build of suanli-cli does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a command for %2 accounts; %3 is a %4 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s new session could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with a new SMS code: suanli-cli account login %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::AccountManager</name>
    <message>
        <source>No saved secret for this account; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account renamed from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::AccountTab</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not accept the credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not read the list: %1 — trying again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s API has no balance endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform&apos;s API has no balance endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::ActivityLogView</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this account is shown in tabs and in the CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in: %1. It is never written to the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform is not supported by this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the credentials with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not accept these credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password for token management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing, creating and deleting API tokens needs the password. Without this, it is asked for when needed and kept until Suanli Console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: needed to list, create and delete API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token named “%1” is created for this computer and checked by listing your instances. The token is the account&apos;s secret; the password is kept only if you tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an API token you already have; it is the account&apos;s secret. The username is needed only to list, create and delete tokens later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating an API token for this computer with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token could be created with this username and password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;encryption key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16, 24 or 32 characters, from the platform&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the password &amp;unencrypted (platforms before version D11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file, for a deployment with its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From platform version D11 on, the password is sent AES-encrypted with this deployment&apos;s key. Ask the platform&apos;s administrator for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms before version D11 take the password as it is; no key is needed then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted for this account only, besides the system&apos;s certificate authorities. Certificate checks are never switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the login encryption key, or tick the box for platforms before version D11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The login encryption key has %n byte(s); it must have 16, 24 or 32.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username and password on the platform. The password is kept in the keychain, the sign-in token only in memory. The login encryption key is the same for everyone on a deployment: ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://host:port of your deployment (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your %1 deployment, e.g. https://10.0.0.8:30443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::BalancePanel</name>
    <message>
        <source>Cash plus what is left on compute cards that have not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compute cards %1 (%n usable) ▾</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compute card(s) in total; click for the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spendable &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::BatchResultDialog</name>
    <message>
        <source>%1 — result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer for this instance; check the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done for all %n instance(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed for all %n instance(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done for %1 of %2 instances; %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::BuyApplicationDialog</name>
    <message>
        <source>Buy application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application (慧星云 picks the GPU, zone and image):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying costs money. 慧星云&apos;s API gives no price, so none is shown here: check the price in the 慧星云 web console before you order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 offers no application right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Billing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy these application instances?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This costs money from the moment the order is placed. 慧星云&apos;s API gives no price, so the cost is not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came back: the order may have been placed. The instance list is re-read; check it before ordering again.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was ordered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::ChangeBillingDialog</name>
    <message>
        <source>Change billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the billing of %n instance(s) to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>慧星云&apos;s API gives no price, so the cost is not shown here: check it in the 慧星云 web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Switch %n instance(s) to %1 billing?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This charges the prepaid period now and cannot be undone: the instances never go back to hourly billing, and only hourly instances can be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::ChenyuPanels</name>
    <message>
        <source>Create instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new instance (this costs money once it runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::CreateInstanceDialog</name>
    <message>
        <source>Create instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the instance once it is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed by the hour while the instance runs. The application may add its own hourly price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading applications and GPU models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU models could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a GPU: %1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform offers no application to create an instance from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform offers no GPU model right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application, an image tag and a GPU model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts right away and costs %1 per hour while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It costs %1 per hour once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an instance of %1 (%2) on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came back: the instance may have been created. The instance list is re-read; check it before trying again.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::FileBrowserModel</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::FileBrowserPage</name>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage shared by everyone on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders here to upload them into the folder shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Drop files or folders here to upload them into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Drop files or folders here to upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for upload to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A folder name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your private storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Folders are deleted with everything in them. This cannot be undone.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Public storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::FileBrowserSftpDialog</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP access to the public storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP access to the private storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copies the password; the clipboard is cleared after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gives its internal address: it may be reachable only from inside its network or over your VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with any SFTP client, e.g. sftp -P %1 %2@%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::HeaderStateKeeper</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::HuixingyunPanels</name>
    <message>
        <source>Not a 慧星云 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 answered without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent GPUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent GPU instances: type, image, count and billing (costs money; %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy one-click application instances such as ComfyUI (costs money; %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances are rebuilt together only when they share the zone, the GPU type and the operating system. Select fewer instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected instances have no billing mode in common to change to: hourly ones can go daily or monthly, daily ones only monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected instances have no renewal period in common: daily ones renew for 1, 3 or 7 days, monthly ones for 1, 3 or 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::InstancesPage</name>
    <message>
        <source>Filter by name, ID or GPU… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only resources in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only resources of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read the list now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — select a row first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for this instance is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the instance “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed from Suanli Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came back, so the request may have been carried out. The list is being re-read to show what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances yet. Create one with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for one of the selected instances is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on one instance at a time; select only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected instances allows this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to %1 of the %2 selected instances; the others are reported as skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gave no SSH address for this instance (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal running the SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy the login password; the clipboard is cleared after %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The platform gave no password for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n instance(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n instance(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected instance(s) cannot take this action and will be reported as skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: accepted for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no clear answer: it may have been carried out; the list is re-read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password of “%1” copied; the clipboard is cleared in %n second(s) if it still holds it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::LogView</name>
    <message>
        <source>No line matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::LogViewRulesDialog</name>
    <message>
        <source>Highlight rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that match a rule are coloured; the first matching rule wins for the line&apos;s background. Double-click a colour to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern “%1” is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::LogViewSearchBar</name>
    <message>
        <source>Regular expression (PCRE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the lines that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…  (terms: ERROR AND cuda NOT timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text or, with .*, a regular expression. Combine terms with AND and NOT (upper case, spaces around): “ERROR AND cuda NOT timeout” finds lines with ERROR and cuda but without timeout. Enter: next hit; Shift+Enter: previous hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hits so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::LogViewerWindow</name>
    <message>
        <source>Stop the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the task&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the logs of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logs could not be downloaded.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent a zip archive; it was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Log viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save shown lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download whole log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest lines in view (scrolling up stops it; the end starts it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2 of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · scroll up for older lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.out *.err);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (%1–%2):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::MainWindow</name>
    <message>
        <source>Suanli Console — 算力控制台 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suanli Console — 算力控制台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Suanli Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account of a GPU cloud to see its instances, balance and bills here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;secret again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected &amp;log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Suanli Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Suanli Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Suanli Console %1&lt;/h3&gt;&lt;p&gt;One desktop console for the GPU clouds Chinese ML teams rent from: instances, balances and bills in one window.&lt;/p&gt;&lt;p&gt;Secrets stay in the system keychain; money is counted in fen, never rounded through floating point.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot open accounts of the platform “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spendable including compute cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1” from Suanli Console?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret is deleted from %1. Nothing changes on the platform: instances keep running and keep being billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile keeps secrets in memory only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Suanli Console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in an unencrypted file anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be moved; nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are now kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: simulated platforms, temporary profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.out *.err);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log in the log &amp;viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP request log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::MetricChartView</name>
    <message>
        <source>Could not load the samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn above (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set warning line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove warning line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::MonitorRangeDialog</name>
    <message>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::MonitorView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often live charts ask for new samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across a chart to zoom in; right-click a chart for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle GPU after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU under %1 % utilization for this long is marked idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not report this metric here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this range. Service metrics come only from online services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this range: the pod may not have been running, or it has no GPU reporting this metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this range: the platform gives the cluster&apos;s current totals only, so their history starts when this view opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this range: the pod may not have been running then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 idle since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoomed to %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following now; the charts keep what they show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow now again, asking only for what is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visible data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::PagedTablePage</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by keyword (asked of the platform)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::PasswordDialog</name>
    <message>
        <source>&amp;Remember the password for token management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, the password is kept until Suanli Console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::RebuildDialog</name>
    <message>
        <source>Rebuild from an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reinstall %n instance(s) in zone %1 from an image. Only images with the same operating system (%2) are offered: 慧星云 cannot reinstall across operating systems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image fits these instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reinstall %n instance(s) from “%1”?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system disk of each is wiped; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::RenewDialog</name>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2, expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renew %n instance(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is a day for daily instances and a month for monthly ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云&apos;s API gives no price, so the cost is not shown here: check it in the 慧星云 web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n instance(s) for %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The account is charged for the extra time now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::RentGpuDialog</name>
    <message>
        <source>Rent GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. &amp;GPU type (GPUs left: the most one order can take now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. &amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. &amp;Instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP&amp;Us per instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;data disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly instances can be destroyed once stopped; daily and monthly ones are paid ahead and run until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renting costs money. 慧星云&apos;s API gives no price, so none is shown here: check the price in the 慧星云 web console before you order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the GPU types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU types could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPUs of this type are free right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 offers no GPU type right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every GPU type is sold out right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up to %n per instance now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in steps of 100 GB, up to %1 GB; included: %2 GB system disk, %3 GB data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — my image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image for this GPU type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public images could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own images could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GPU type that has GPUs left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of %1 in zone %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) per instance</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vCPU and %2 GB memory each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks: %1 GB system + %2 GB data + %3 GB extra data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n GPU(s) of this type are left: part of the order may fail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rent these instances?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This costs money from the moment the order is placed. 慧星云&apos;s API gives no price, so the cost is not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came back: the order may have been placed. The instance list is re-read; check it before ordering again.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was ordered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new instances are selected in the list once they show up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::ResourceDetailPane</name>
    <message>
        <source>Select a row to see every field the platform returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::ResourceTableModel</name>
    <message>
        <source>GPU × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH %1@%2, port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gives no end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::ScheduleShutdownDialog</name>
    <message>
        <source>Schedule shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down &lt;b&gt;%1&lt;/b&gt; (%2) at a set time. The instance is powered off, not destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in your time zone (%1). The platform receives it in China Standard Time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after a restart of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the account is &amp;shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While it is &amp;hidden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a platform cannot be reached, the pauses grow up to two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;keychain (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unencrypted file (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets held now are moved to the new place when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::TokensPage</name>
    <message>
        <source>Enter &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected token; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tokens (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens of this 慧星云 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens of %1 on 慧星云</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the API tokens needs the account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 lists, creates and deletes API tokens only with the account&apos;s username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 did not accept the username and password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (used by this account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suanli Console signs in to this account with this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of them is the token Suanli Console signs in to this account with. Deleting it would lock this account out until a new token is entered. Sign the account in with another token first (Accounts › Enter secret again), then delete this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token cannot be deleted from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API token(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Programs that use them can no longer reach 慧星云. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new token (what uses it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Token copied; the clipboard is cleared in %n second(s) if it still holds it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>suanli::gui::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload speed over all transfers, in MiB per second; it applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop for good; what was sent stays on the server unassembled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the remote path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::TransferModel</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembling on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Public: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::TransferNotifier</name>
    <message numerus="yes">
        <source>%n file(s) uploaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded, %1 failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::TransferStatusLabel</name>
    <message>
        <source>Show the transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uploading</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisAccountHeader</name>
    <message>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (id %2, Linux uid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1 — the platform says “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisDevEnvDialog</name>
    <message>
        <source>%1 × MIG %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × vGPU (%2 MB, %3% compute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores, %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &amp;SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;memory (/dev/shm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform finds the new environment by this name, so keep it unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pec:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PU cores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP&amp;Us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in images open a web IDE (Jupyter) once running; custom images are reached by SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password and key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the platform makes one (shown in the details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key pair ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage mounts: the platform&apos;s create call has no field for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the specs, GPU models and images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 — built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 — custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 GPUs free, %3 cores free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n spec(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no spec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant administrator has defined no spec for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spec for this GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the platform where “%1” runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource group for this spec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev environment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec: none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cores, %2 GB memory, %n GPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this dev environment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts at once and uses the account&apos;s compute quota until it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came back: “%1” may have been created. The list is re-read; check it before creating it again.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisJobTools</name>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download all logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log of the selected job&apos;s main pod (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the selected jobs&apos; pods: GPU, CPU, memory, network (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s totals, and the RDMA traffic of the nodes the pods of the job shown run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform keeps no log of dev environments; open the web IDE or connect by SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more jobs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform keeps no log of dev environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gave this pod no name to ask its metrics by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the pods of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pods of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no pod yet, so no log: it starts writing one once it is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the log of %1; the other pods&apos; logs are under “Pods and events”, or download them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the pods of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no pod runs yet, so there is nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pods could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pods could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Cluster monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisPanels</name>
    <message>
        <source>New dev environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;dev environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;training job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;fine-tune job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;compute task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open web IDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dev environment (%1); the arrow offers training jobs, fine-tune jobs and compute tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dev environment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one dev environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only dev environments have a web IDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gives a web IDE only for built-in images; reach this one by SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web IDE opens once the dev environment runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tune job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was accepted; it is selected once the platform lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the web IDE of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from Suanli Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the %1 “%2” from its last checkpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resume %n task(s) from their last checkpoints?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”, a copy of “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy %n task(s)? Each copy is named after its task with “-clone”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Register model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the model made from what “%1” wrote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisPodsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload pods and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its pods and their events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pods of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pods could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods yet: the job has not been placed on a node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pod %1
UID %2
Record id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s status code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the events of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pod first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisQuotaPanel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the quotas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left (no quota set):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compute quota has been set up for this user; the platform&apos;s figures then are not a personal limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform says no compute quota has been set up for this user; what it allows then is not documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole GPU cards left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPUs left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIG slices left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory left (the platform gives no unit; GB on the deployments seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more jobs may run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota applies from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota not enabled (unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 left of %2 (%3 used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage left: %1 of %2 (%3 used; the platform gives no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas partly unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisSpecsPage</name>
    <message>
        <source>MIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model / MIG profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand a model to see the MIG profiles it can be cut into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment&apos;s preset specs, as your users see them when they create dev environments and jobs. Specs are added and removed in the UNIS web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MIG profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::UnisTaskDialog</name>
    <message>
        <source>&amp;Incremental pre-training (continue from the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover automatically after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-performance network (&amp;RDMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate from the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform finds the new job by this name, so keep it unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural language (NLP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer vision (CV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine learning (ML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lgorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;FT model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ward model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the job writes what it trains; register it as a model once the job succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU per node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory per node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs per node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Startup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torchrun … (generated from the strategy, or your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fine-tune job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New compute task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the algorithms, datasets, models, images and resource groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: my own command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 GPUs free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group shares GPUs as %1 slices; create such jobs in the web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an algorithm, give the image and the command yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the strategies of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategies could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This algorithm has no strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategy: give the command yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the strategy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the %n folded parameter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an algorithm strategy first: the command is generated from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource group is open to your user group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 cores free · %4 of %5 GB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cores, %2 GB, %n GPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm: %1 · strategy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %1 · model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being generated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is queued at once and uses the account&apos;s compute quota while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came back: “%1” may have been created. The list is re-read; check it before creating it again.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingBalancePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharging pays with Alipay in your web browser; the balance here follows once the payment arrives. Videos are charged when they succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingFieldsForm</name>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the video shows, e.g. “a cat surfing at sunset, cinematic”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate sound with the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image file, or an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image the video starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image must be a PNG, JPEG or WebP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingKeysPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply for a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys let programs call 元境 for you. Each app has an API key and a secret key: keep both as secret as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API keys yet: apply for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n app(s). Select one and reveal its keys.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The secret key is on the clipboard for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API key is on the clipboard for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply for an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What uses the key, e.g. my-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying for a key for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for an API key for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingOrdersPage</name>
    <message>
        <source>&amp;Price of a model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test a pricing program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a pricing program on a usage, for operators who define prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows of this page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingPanels</name>
    <message>
        <source>Generate video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a video from a prompt or an image (costs money; the price is shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top the balance up with Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video tasks today. Generate one with “Generate video…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharged: the balance is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finished video first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the video to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingPriceDialog</name>
    <message>
        <source>&amp;Ask the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2: list price %3, your price %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingPricingTestDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a pricing program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a pricing program (定价项目) on a usage, the way 元境 prices a finished task. This is for operators who define prices; other accounts are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s id, e.g. pp-vidu-q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage must be a JSON object, such as {&quot;seconds&quot;: 5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pricing program&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program prices this usage at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingRechargeDialog</name>
    <message>
        <source>&amp;Pay with Alipay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the payment page &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge 元境</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100 or 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay&apos;s payment page opens in your web browser, in a window of its own. This account&apos;s balance is then checked every few seconds until the payment shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge %1 with Alipay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a payment of real money. Alipay&apos;s page opens in your web browser; nothing is charged until you pay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the payment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking 元境 for the payment page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened. Open this address yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 on Alipay&apos;s page in your browser. Waiting for the payment to arrive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance is %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: the balance went from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended while waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. A payment made later still arrives; the balance shows it at the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingSignInDialog</name>
    <message>
        <source>Sign in to 元境 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 元境 session of “%1” has ended. Sign in again with a code sent by SMS to its phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingSignInWidget</name>
    <message>
        <source>Mobile number, e.g. 138 0000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resend in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code from the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number has several 元境 accounts. Choose the one to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 sends a sign-in code by SMS. A phone number 元境 does not know yet gets a new 元境 account when you sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 元境&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an 11-digit mainland China mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was sent to %1. It is valid for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an SMS code first (“Send code”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the phone&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account, then sign in again with the same code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::gui::YuanjingVideoDialog</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 offers no models of this kind now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1, charged when the video succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the video for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Model: %1
Duration: %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 charges the account when the video succeeds; a failed video costs nothing. A video cannot be stopped once it is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate this video for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 is making the video (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::huixingyun::Client</name>
    <message>
        <source>Enter the 慧星云 username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new token a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one token to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GPU type to list its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a zone to list its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GPU product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order at least one instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each instance needs at least one GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra data disk is added in steps of 100 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card-less stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start after card-less stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image to reinstall from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing can only change to daily or monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew for 1, 3 or 7 days, or for 1, 3 or 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is taken of exactly one instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::huixingyun::HuixingyunProvider</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hourly-billed instance is billed again once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop without GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance powers off and gives its GPU back (无卡关机); the disk is kept. When it starts again, a GPU of its type may not be free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstalling from an image wipes the system disk and everything on it. The image must run the same operating system as the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is saved in the background and shows up among your images when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to daily or monthly billing charges the prepaid period now, and it is one-way: the instance can never go back to hourly billing, and only hourly instances can be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing charges the account for the extra days or months now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroying deletes the instance and its disks. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stopped instance can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running instance can be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running instance can be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the instance is running or stopped before reinstalling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the instance is running or stopped before saving it as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance is already billed monthly; billing cannot go back to daily or hourly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing mode &quot;%1&quot; is unknown, so it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly-billed instances cannot be renewed; change the billing to daily or monthly instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing mode &quot;%1&quot; is unknown, so the instance cannot be renewed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in an unknown way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 destroys only instances that are billed hourly and stopped; this one is billed %1 and not stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 destroys only instances that are billed hourly and stopped; this one is billed %1 and runs until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 destroys only instances that are billed hourly and stopped; stop this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云 does not offer this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order at least one instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order names GPU type %1 but the product is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone must be the product&apos;s zone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPUs of this type are available now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 GPU per instance is available now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 1 to %1 GPUs per instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra data disk is added in steps of 100 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data disk can grow by at most %1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily-billed instance renews for 1, 3 or 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly-billed instance renews for 1, 3 or 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing cannot change back to hourly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance is already billed daily; it can only change to monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image runs %1 but the instance runs %2: 慧星云 cannot reinstall across operating systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card-less stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild from image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save as image &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change billing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>renew for %n period(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token first (create one from your username and password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慧星云&apos;s API has no balance endpoint: see the balance in the 慧星云 web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image to reinstall from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image is saved from one instance at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose daily or monthly billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew for 1, 3 or 7 days, or for 1, 3 or 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start after card-less stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 for %n instance(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the card-less start failed too: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — accepted by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 created, %3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 created (orders %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>order of %n instance(s) of %1 × %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1 (%2 billing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>order of %n %1 application instance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the account&apos;s 慧星云 username first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating API token &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API token(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The API token this account uses was deleted; enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting API tokens failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::unis::Api</name>
    <message>
        <source>the detail is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tune jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tune job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIG profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource group of a spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one job to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create fine-tune job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop fine-tune job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete fine-tune jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create compute task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop compute task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one task to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete compute tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume compute task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings of a task to clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::unis::Client</name>
    <message>
        <source>Enter the UNIS username of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of this UNIS account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the login encryption key (option %1) of this UNIS deployment, or send the password unencrypted (option %2=true) for platforms before version D11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UNIS platform refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in answer carries no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::unis::Files</name>
    <message>
        <source>current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform did not say which user is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder listing is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer about the file has no file status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SFTP details are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::unis::NodeMetricSource</name>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDMA traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::unis::PodLogSource</name>
    <message>
        <source>The platform sent lines %1–%2 of the log when the lines before %3 were asked for; older lines cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform skipped lines %1–%2 of the log; they are missing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download of this log is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent lines from %1 when line %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::unis::PodMetricSource</name>
    <message>
        <source>pod metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::unis::UnisProvider</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the UNIS platform as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the UNIS platform failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running dev environment uses the account&apos;s compute quota until it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task runs again from its last checkpoint and uses the account&apos;s compute quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new task with the same settings is created and starts at once, using the account&apos;s compute quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the job wrote to its output folder becomes a private model in the AI assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting removes the job and its record from the platform. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UNIS platform has no restart: stop the dev environment, then start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online services and evaluations are managed in the UNIS web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compute task cannot be started again; resume it or clone it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only dev environments can be started; create the job again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stopped dev environment can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running dev environment can be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a job that is queued or running can be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only compute tasks can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stopped or failed compute task can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only compute tasks can be cloned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a training, fine-tune or compute task&apos;s output can be registered as a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a job that succeeded has a model to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dev environment is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UNIS platform does not offer this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UNIS platform has quotas, not a balance: see the quotas instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UNIS platform has no jobs of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pod has no UID to ask its events by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — accepted by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not say where %1 wrote its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; accepted; it is not listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; accepted: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dev environment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spec or a resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dev environment at least one CPU core and 1 GB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how SSH signs in: password, key pair or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH with a key pair needs the key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the job at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node needs at least one instance and one CPU core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node cannot have a negative number of GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the job a command to run (generate it from the algorithm&apos;s strategy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create dev environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create fine-tune job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create compute task (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::yuanjing::Client</name>
    <message>
        <source>Enter an 11-digit mainland China mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send SMS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an SMS code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages start at 1 and hold at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pricing program&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply for an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s video tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video task status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is 1 to 15 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::yuanjing::VideoDownload</name>
    <message>
        <source>The video has no web address to download from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video could not be downloaded: HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::yuanjing::VideoGeneration</name>
    <message>
        <source>Following the task until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元境 refused the generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream broke (%1); asking for the task&apos;s status instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer named no task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended before the video was ready; asking for the task&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1), but the task was found; asking for its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The task %2 may still finish: see today&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>suanli::yuanjing::YuanjingProvider</name>
    <message>
        <source>元境&apos;s video tasks cannot be stopped or deleted through its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (list price %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS code was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS code could be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the phone&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge of %1 started: the payment page is open in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for an API key for the app &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying for an API key for &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1 is ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video generation with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
