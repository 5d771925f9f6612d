<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Start with a simulated platform in a temporary profile; your own accounts and keychain are not touched.</source>
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
    <name>suanli::gui::HeaderStateKeeper</name>
    <message>
        <source>Columns</source>
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
        <source>Create instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new instance (this costs money once it runs)</source>
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
        <source>No instances yet. Create one with “Create instance…”.</source>
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
        <source>Demo: simulated platform, temporary profile</source>
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
</TS>
