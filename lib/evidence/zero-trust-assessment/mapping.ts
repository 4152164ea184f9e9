/**
 * Which questions of our bank a test of Microsoft's Zero Trust Assessment tool
 * (github.com/microsoft/zerotrustassessment) gives evidence for, so that an import of the tool's
 * results can point at the questions and stages they speak to. Pure data and lookups.
 *
 * Reviewed against the tool's module 2.6.0 (commit 83a87007, 2026-08-01): 336 tests, each read by
 * its title and description. Every reviewed test has a row, mapped or not, so that a test we chose
 * to leave unmapped never falls through to the pillar-and-category fallback, which exists only for
 * tests newer than this review. Reviewing a newer tool version: read the [ZtTest] attributes and
 * descriptions of its tests (src/powershell/tests), add or change rows, and bump ZTA_MAPPING_VERSION.
 */
import { previousQuestionIds } from "../../framework/lineage";
import type { Stage } from "../../framework/types";
import { lineage as zt2026_2Lineage } from "../../framework/versions/zt-2026.2/lineage";

/** Bumped whenever an entry changes; stored with each import so a result can name the table it used. */
export const ZTA_MAPPING_VERSION = 1;

export interface ZtaTestTarget {
  questionIds: readonly string[];
  /** the stage whose criteria this test evidences */
  stage: Stage;
}

/**
 * One reviewed tool test. `to` names zt-2026.2 questions, usually one; `stage` is the stage whose
 * criterion the test checks (a test that passes with a looser threshold than our criterion still
 * names that stage, and says so in its note). `to: null` means reviewed and deliberately unmapped.
 */
export type ZtaMappingRow =
  | { readonly id: string; readonly to: readonly string[]; readonly stage: Stage; readonly note: string }
  | { readonly id: string; readonly to: null; readonly note: string };

/** The reviewed table for zt-2026.2, one row per tool test, in the tool's id order. */
export const ZTA_MAPPING_ROWS: readonly ZtaMappingRow[] = [
  { id: "21770", to: ["IDN-07"], stage: "advanced", note: "Dormant apps keep high-privilege Graph permissions: unused non-human identities not disabled" },
  { id: "21771", to: ["IDN-07"], stage: "advanced", note: "Dormant apps keep privileged directory roles: unused non-human identities not disabled" },
  { id: "21772", to: ["INF-06"], stage: "advanced", note: "Client secrets on app registrations: static machine credentials" },
  { id: "21773", to: ["INF-06"], stage: "advanced", note: "App certificates valid over 180 days: long-lived machine credentials" },
  { id: "21774", to: ["IDN-07"], stage: "advanced", note: "Credentials added to Microsoft first-party service principals: non-human identity hygiene" },
  { id: "21775", to: ["INF-06"], stage: "advanced", note: "App management policy limits secret and certificate lifetimes" },
  { id: "21776", to: ["APP-08"], stage: "initial", note: "User consent to apps limited" },
  { id: "21777", to: null, note: "App instance property lock: app-registration hardening no criterion asks for" },
  { id: "21778", to: null, note: "Line-of-business apps use MSAL: developer library choice, no criterion" },
  { id: "21779", to: null, note: "Recent Microsoft client app versions: no criterion" },
  { id: "21780", to: null, note: "No ADAL sign-ins: deprecated auth library, no criterion" },
  { id: "21781", to: ["IDN-01"], stage: "advanced", note: "Privileged users sign in with phishing-resistant methods" },
  { id: "21782", to: ["IDN-01"], stage: "advanced", note: "Privileged accounts hold a phishing-resistant method" },
  { id: "21783", to: ["IDN-01"], stage: "advanced", note: "Conditional Access requires phishing-resistant strength for privileged roles" },
  { id: "21784", to: ["IDN-01"], stage: "optimal", note: "Every user sign-in is phishing-resistant" },
  { id: "21786", to: ["IDN-06"], stage: "optimal", note: "Sign-ins use token protection: tokens bound to the device" },
  { id: "21787", to: null, note: "Tenant creation limited to a role: no criterion" },
  { id: "21788", to: ["INF-02"], stage: "advanced", note: "Global Administrators hold no standing access to Azure subscriptions" },
  { id: "21789", to: null, note: "Tenant creation events triaged: too narrow to evidence identity detection as a whole" },
  { id: "21790", to: null, note: "Outbound cross-tenant access settings: no criterion" },
  { id: "21791", to: ["IDN-08"], stage: "advanced", note: "Guests cannot invite guests: every guest stays sponsored by an internal user" },
  { id: "21792", to: ["IDN-08"], stage: "advanced", note: "Guests restricted from reading directory objects" },
  { id: "21793", to: null, note: "Tenant restrictions v2: tenant-level egress control no criterion asks for" },
  { id: "21795", to: ["IDN-01"], stage: "advanced", note: "No legacy-authentication sign-ins" },
  { id: "21796", to: ["IDN-01"], stage: "advanced", note: "Policy blocks legacy authentication" },
  { id: "21797", to: ["IDN-05"], stage: "advanced", note: "High user risk is blocked or remediated by policy" },
  { id: "21798", to: ["IDN-09"], stage: "initial", note: "Identity risk notifications reach administrators" },
  { id: "21799", to: ["IDN-05"], stage: "advanced", note: "High sign-in risk is blocked or challenged by policy" },
  { id: "21800", to: ["IDN-01"], stage: "initial", note: "Every user sign-in uses MFA" },
  { id: "21801", to: ["IDN-01"], stage: "initial", note: "Users have MFA methods registered" },
  { id: "21802", to: ["IDN-01"], stage: "initial", note: "Authenticator shows sign-in context against MFA fatigue" },
  { id: "21803", to: null, note: "Migration off legacy MFA and SSPR policies: admin housekeeping" },
  { id: "21804", to: ["IDN-01"], stage: "optimal", note: "SMS and voice methods disabled: no weak fallback" },
  { id: "21806", to: ["IDN-01"], stage: "optimal", note: "Security-info registration protected: enrolment of new factors gated" },
  { id: "21807", to: ["IDN-07"], stage: "initial", note: "Only privileged users create apps and service principals: non-human identities get an accountable creator" },
  { id: "21808", to: null, note: "Device code flow restricted: no criterion names it" },
  { id: "21809", to: ["APP-08"], stage: "advanced", note: "Admin consent workflow for requests users cannot grant" },
  { id: "21810", to: ["APP-08"], stage: "initial", note: "Resource-specific consent restricted" },
  { id: "21811", to: null, note: "Password expiry disabled: password policy, no criterion" },
  { id: "21812", to: ["IDN-04"], stage: "advanced", note: "Global Administrators kept to a handful (the tool allows up to eight, our criterion fewer than five)" },
  { id: "21813", to: ["IDN-04"], stage: "advanced", note: "Ratio of Global Administrators to other privileged users: few standing tier-0 holders" },
  { id: "21814", to: ["IDN-04"], stage: "advanced", note: "Privileged accounts are cloud-only" },
  { id: "21815", to: ["IDN-04"], stage: "advanced", note: "Privileged roles activated just in time, not standing" },
  { id: "21816", to: ["IDN-04"], stage: "advanced", note: "Privileged role assignments managed in PIM" },
  { id: "21817", to: ["IDN-04"], stage: "advanced", note: "Global Administrator activation needs approval" },
  { id: "21818", to: ["IDN-09"], stage: "advanced", note: "Alerts on privileged role activation" },
  { id: "21819", to: ["IDN-09"], stage: "advanced", note: "Alert on Global Administrator activation" },
  { id: "21820", to: ["IDN-09"], stage: "advanced", note: "Alerts on every privileged role activation" },
  { id: "21821", to: ["IDN-08"], stage: "advanced", note: "Guest access restricted (under construction in the tool)" },
  { id: "21822", to: ["IDN-08"], stage: "initial", note: "B2B invitations limited to approved organisations" },
  { id: "21823", to: ["IDN-08"], stage: "advanced", note: "Guest self-service sign-up disabled: guests only through a sponsor's invitation" },
  { id: "21824", to: ["IDN-06"], stage: "advanced", note: "Guest session lifetime limited by policy" },
  { id: "21825", to: ["IDN-06"], stage: "initial", note: "Privileged users get a short sign-in frequency" },
  { id: "21828", to: null, note: "Authentication transfer blocked: no criterion" },
  { id: "21829", to: null, note: "Cloud authentication instead of federation: no criterion" },
  { id: "21830", to: ["IDN-04"], stage: "advanced", note: "Conditional Access ties admin roles to privileged access workstations" },
  { id: "21831", to: ["IDN-04"], stage: "advanced", note: "Protected actions gate high-impact admin tasks" },
  { id: "21832", to: ["IDN-04"], stage: "optimal", note: "Groups used by Conditional Access sit in a restricted administrative unit: closes a path to tier-0 control" },
  { id: "21833", to: ["INF-06"], stage: "advanced", note: "Directory sync account credential rotated" },
  { id: "21834", to: ["IDN-07"], stage: "optimal", note: "Directory sync account limited to a named location" },
  { id: "21835", to: ["IDN-04"], stage: "initial", note: "Emergency access accounts set up" },
  { id: "21836", to: ["IDN-07"], stage: "advanced", note: "Workload identities hold no privileged roles" },
  { id: "21837", to: null, note: "Device limit per user: no criterion" },
  { id: "21838", to: ["IDN-01"], stage: "advanced", note: "Security keys enabled as a phishing-resistant method" },
  { id: "21839", to: ["IDN-01"], stage: "advanced", note: "Passkeys enabled as a phishing-resistant method" },
  { id: "21840", to: ["IDN-01"], stage: "optimal", note: "Security key attestation: only trusted authenticators enrolled" },
  { id: "21841", to: ["IDN-09"], stage: "initial", note: "Users can report suspicious MFA prompts as risk" },
  { id: "21842", to: ["IDN-01"], stage: "optimal", note: "Administrators cannot self-reset passwords: recovery of admin accounts not by weak factors" },
  { id: "21843", to: null, note: "Legacy MSOnline PowerShell blocked: tool retirement, no criterion" },
  { id: "21844", to: null, note: "Legacy AzureAD PowerShell blocked: tool retirement, no criterion" },
  { id: "21845", to: ["IDN-01"], stage: "optimal", note: "Temporary Access Pass enabled: bootstraps phishing-resistant enrolment" },
  { id: "21846", to: ["IDN-01"], stage: "optimal", note: "Temporary Access Pass is single use" },
  { id: "21847", to: null, note: "On-premises password protection: password hygiene, no criterion" },
  { id: "21848", to: null, note: "Custom banned passwords: password hygiene, no criterion" },
  { id: "21849", to: null, note: "Smart lockout duration: password hygiene, no criterion" },
  { id: "21850", to: null, note: "Smart lockout threshold: password hygiene, no criterion" },
  { id: "21851", to: ["IDN-08"], stage: "initial", note: "Guests must use MFA" },
  { id: "21854", to: ["IDN-04"], stage: "initial", note: "No privileged role held by a stale account: role membership kept accurate" },
  { id: "21855", to: ["IDN-10"], stage: "initial", note: "Privileged roles have access reviews" },
  { id: "21857", to: ["IDN-08"], stage: "advanced", note: "Guest access governed by access reviews" },
  { id: "21858", to: ["IDN-08"], stage: "advanced", note: "Inactive guests disabled or removed" },
  { id: "21859", to: null, note: "GDAP partner admin least privilege: partner admin relationships, no criterion" },
  { id: "21860", to: ["IDN-09"], stage: "initial", note: "Entra logs exported through diagnostic settings" },
  { id: "21861", to: ["IDN-09"], stage: "initial", note: "High-risk users triaged" },
  { id: "21862", to: ["IDN-09"], stage: "initial", note: "Risky workload identities triaged" },
  { id: "21863", to: ["IDN-09"], stage: "initial", note: "High-risk sign-ins triaged" },
  { id: "21864", to: ["IDN-09"], stage: "initial", note: "Risk detections triaged" },
  { id: "21865", to: ["IDN-05"], stage: "initial", note: "Named locations defined for location rules" },
  { id: "21866", to: null, note: "All Entra recommendations addressed: generic, spans many questions" },
  { id: "21867", to: ["IDN-07"], stage: "initial", note: "Apps with high-privilege Graph permissions have owners" },
  { id: "21868", to: ["IDN-07"], stage: "initial", note: "Guests do not own apps: owners are accountable internal people" },
  { id: "21869", to: ["APP-02"], stage: "advanced", note: "Enterprise apps require assignment: access assigned through the identity provider" },
  { id: "21870", to: null, note: "Self-service password reset enabled: no criterion" },
  { id: "21872", to: ["IDN-01"], stage: "optimal", note: "MFA required to join or register a device: new-device enrolment gated" },
  { id: "21874", to: ["IDN-08"], stage: "initial", note: "Guest access limited to approved tenants" },
  { id: "21875", to: ["IDN-08"], stage: "optimal", note: "External access packages tied to connected organisations" },
  { id: "21876", to: ["IDN-04"], stage: "advanced", note: "PIM used for Entra privileged roles" },
  { id: "21877", to: ["IDN-08"], stage: "advanced", note: "Every guest has a sponsor" },
  { id: "21878", to: ["IDN-10"], stage: "advanced", note: "Access package assignments expire" },
  { id: "21879", to: ["IDN-08"], stage: "optimal", note: "External access packages need approval" },
  { id: "21881", to: null, note: "Azure subscriptions used by Identity Governance secured: too narrow" },
  { id: "21882", to: ["IDN-04"], stage: "optimal", note: "No nested groups in PIM for groups: hidden path to privileged roles" },
  { id: "21883", to: ["IDN-07"], stage: "optimal", note: "Risk-based access policy for workload identities" },
  { id: "21884", to: ["IDN-07"], stage: "optimal", note: "Workload identities limited to known networks" },
  { id: "21885", to: null, note: "Safe redirect URIs in app registrations: app-registration hygiene, no criterion" },
  { id: "21886", to: ["IDN-03"], stage: "advanced", note: "Apps provisioned automatically (SCIM)" },
  { id: "21887", to: null, note: "Redirect URI domains owned: app-registration hygiene, no criterion" },
  { id: "21888", to: null, note: "No dangling redirect URIs: app-registration hygiene, no criterion" },
  { id: "21889", to: ["IDN-01"], stage: "optimal", note: "Passwords removed from users' sign-in experience" },
  { id: "21890", to: null, note: "Password reset notifications to users: no criterion" },
  { id: "21891", to: null, note: "Password reset notifications to admins: no criterion" },
  { id: "21892", to: ["DEV-02"], stage: "optimal", note: "Every sign-in comes from a managed device" },
  { id: "21893", to: ["IDN-01"], stage: "initial", note: "Every user must register for MFA" },
  { id: "21894", to: null, note: "App certificates from an approved CA: no criterion" },
  { id: "21895", to: ["INF-06"], stage: "advanced", note: "App certificate keys held in an HSM-backed vault" },
  { id: "21896", to: ["INF-06"], stage: "advanced", note: "Service principals carry no credentials of their own" },
  { id: "21897", to: ["IDN-10"], stage: "advanced", note: "App assignments and group memberships governed" },
  { id: "21898", to: ["IDN-10"], stage: "advanced", note: "Access lifecycle managed through access packages" },
  { id: "21899", to: null, note: "Privileged role holders can receive notifications: no criterion" },
  { id: "21912", to: ["IDN-04"], stage: "optimal", note: "Azure resources used by Entra reachable only by privileged roles: tier-0 object permissions" },
  { id: "21929", to: ["IDN-08"], stage: "optimal", note: "Guest access packages expire or are reviewed" },
  { id: "21941", to: ["IDN-06"], stage: "optimal", note: "Token protection policies configured" },
  { id: "21953", to: ["DEV-08"], stage: "initial", note: "Local administrator passwords managed by LAPS" },
  { id: "21954", to: null, note: "Users cannot read BitLocker recovery keys of their devices: no criterion" },
  { id: "21955", to: ["DEV-08"], stage: "initial", note: "Local administrators on Entra-joined devices managed" },
  { id: "21964", to: ["IDN-04"], stage: "advanced", note: "Protected actions gate Conditional Access changes" },
  { id: "21983", to: null, note: "Medium-priority Entra recommendations: generic" },
  { id: "21984", to: null, note: "Low-priority Entra recommendations: generic" },
  { id: "21985", to: null, note: "Seamless SSO turned off when unused: no criterion" },
  { id: "21992", to: ["INF-06"], stage: "advanced", note: "App certificates rotated regularly" },
  { id: "22072", to: ["IDN-01"], stage: "optimal", note: "Password reset does not use security questions: recovery not by weak factors" },
  { id: "22124", to: null, note: "High-priority Entra recommendations: generic" },
  { id: "22128", to: ["IDN-04"], stage: "initial", note: "Guests hold no privileged directory role: privileged roles only on dedicated internal admin accounts" },
  { id: "22659", to: ["IDN-09"], stage: "initial", note: "Risky workload identity sign-ins triaged" },
  { id: "23183", to: null, note: "Safe redirect URIs on service principals: app-registration hygiene, no criterion" },
  { id: "24518", to: ["IDN-07"], stage: "initial", note: "Enterprise applications have owners" },
  { id: "24540", to: ["DEV-03"], stage: "initial", note: "Windows firewall set through endpoint management baseline" },
  { id: "24541", to: ["DEV-02"], stage: "initial", note: "Compliance policy defined for Windows" },
  { id: "24542", to: ["DEV-02"], stage: "initial", note: "Compliance policy defined for macOS" },
  { id: "24543", to: ["DEV-02"], stage: "initial", note: "Compliance policy defined for iOS and iPadOS" },
  { id: "24545", to: ["DEV-02"], stage: "initial", note: "Compliance policy defined for corporate Android" },
  { id: "24546", to: ["DEV-01"], stage: "initial", note: "Windows devices enrol automatically into endpoint management" },
  { id: "24547", to: ["DEV-02"], stage: "initial", note: "Compliance policy defined for personal Android" },
  { id: "24548", to: ["DEV-06"], stage: "advanced", note: "App protection on iOS and iPadOS" },
  { id: "24549", to: ["DEV-06"], stage: "advanced", note: "App protection on Android" },
  { id: "24550", to: ["DEV-03"], stage: "initial", note: "BitLocker enforced on Windows" },
  { id: "24551", to: ["IDN-01"], stage: "advanced", note: "Windows Hello for Business as a phishing-resistant factor" },
  { id: "24552", to: ["DEV-03"], stage: "advanced", note: "macOS firewall enforced: baseline beyond the main desktop OS" },
  { id: "24553", to: ["DEV-05"], stage: "initial", note: "Windows updates deployed centrally" },
  { id: "24554", to: ["DEV-05"], stage: "initial", note: "iOS and iPadOS updates deployed centrally" },
  { id: "24555", to: null, note: "Intune scope tags: admin delegation, no criterion" },
  { id: "24560", to: ["DEV-08"], stage: "initial", note: "Windows LAPS manages local admin passwords" },
  { id: "24561", to: ["DEV-08"], stage: "initial", note: "macOS LAPS manages local admin passwords" },
  { id: "24564", to: ["DEV-08"], stage: "initial", note: "Local account use restricted on Windows" },
  { id: "24568", to: ["IDN-01"], stage: "advanced", note: "Platform SSO with device-bound credential on macOS" },
  { id: "24569", to: ["DEV-03"], stage: "advanced", note: "FileVault enforced: baseline beyond the main desktop OS" },
  { id: "24570", to: ["IDN-07"], stage: "advanced", note: "Entra Connect signs in as a service principal, not an interactive sync user" },
  { id: "24572", to: null, note: "Enrolment notifications: user awareness, no criterion" },
  { id: "24573", to: ["DEV-03"], stage: "initial", note: "Security baseline applied to Windows" },
  { id: "24574", to: ["DEV-03"], stage: "initial", note: "Attack surface reduction rules applied to Windows" },
  { id: "24575", to: ["DEV-04"], stage: "initial", note: "Defender Antivirus policy on Windows" },
  { id: "24576", to: null, note: "Endpoint Analytics: device experience reporting, no criterion" },
  { id: "24690", to: ["DEV-05"], stage: "initial", note: "macOS updates deployed centrally" },
  { id: "24784", to: ["DEV-04"], stage: "advanced", note: "Defender Antivirus policy on macOS: protection on every desktop OS" },
  { id: "24794", to: null, note: "Terms and conditions: no criterion" },
  { id: "24802", to: ["DEV-10"], stage: "advanced", note: "Inactive devices cleaned up by rule" },
  { id: "24823", to: null, note: "Company Portal branding: no criterion" },
  { id: "24824", to: ["DEV-02"], stage: "initial", note: "Conditional Access blocks non-compliant devices" },
  { id: "24827", to: ["DEV-06"], stage: "advanced", note: "Conditional Access blocks unprotected apps" },
  { id: "24839", to: ["NET-08"], stage: "initial", note: "Enterprise Wi-Fi profile on iOS" },
  { id: "24840", to: ["NET-08"], stage: "initial", note: "Enterprise Wi-Fi profile on Android" },
  { id: "24870", to: ["NET-08"], stage: "initial", note: "Enterprise Wi-Fi profile on macOS" },
  { id: "24871", to: ["DEV-06"], stage: "optimal", note: "Mobile threat defence enrolled on Android" },
  { id: "25370", to: null, note: "Source IP restoration: enabler for other controls" },
  { id: "25371", to: ["IDN-06"], stage: "optimal", note: "Network check through universal continuous access evaluation" },
  { id: "25372", to: ["NET-06"], stage: "advanced", note: "Secure access client on every managed endpoint: same filtering off the corporate network" },
  { id: "25375", to: null, note: "Licences held: not a control" },
  { id: "25376", to: null, note: "Microsoft 365 traffic through the secure access service: no criterion" },
  { id: "25377", to: null, note: "Universal tenant restrictions: tenant-level egress control no criterion asks for" },
  { id: "25379", to: ["IDN-05"], stage: "initial", note: "Conditional Access uses the compliant-network condition" },
  { id: "25380", to: null, note: "Secure access signalling for Conditional Access: enabler" },
  { id: "25381", to: ["NET-06"], stage: "initial", note: "Traffic forwarding profiles enabled" },
  { id: "25382", to: null, note: "Forwarding profiles scoped to groups: rollout detail" },
  { id: "25383", to: null, note: "Secure access admin roles limited: too narrow" },
  { id: "25384", to: null, note: "App admin rights scoped to Private Access apps: too narrow" },
  { id: "25391", to: ["APP-03"], stage: "initial", note: "Private access connectors healthy" },
  { id: "25392", to: null, note: "Connectors on the latest version: upkeep, no criterion" },
  { id: "25393", to: ["APP-03"], stage: "initial", note: "Quick Access published through a connector" },
  { id: "25394", to: ["APP-03"], stage: "initial", note: "Quick Access behind Conditional Access" },
  { id: "25395", to: ["APP-03"], stage: "advanced", note: "Private apps defined per application segment" },
  { id: "25396", to: ["APP-03"], stage: "initial", note: "Private apps require strong authentication" },
  { id: "25398", to: ["INF-02"], stage: "advanced", note: "RDP to domain controllers brokered with phishing-resistant sign-in" },
  { id: "25399", to: null, note: "Private DNS: name resolution detail" },
  { id: "25400", to: null, note: "Internal DNS through Private Access: name resolution detail" },
  { id: "25401", to: ["APP-03"], stage: "initial", note: "App Proxy apps require pre-authentication" },
  { id: "25403", to: ["IDN-04"], stage: "advanced", note: "Domain controllers require strong authentication through Private Access sensors" },
  { id: "25405", to: ["APP-03"], stage: "advanced", note: "Intelligent Local Access: office users go through the same broker" },
  { id: "25406", to: ["NET-06"], stage: "initial", note: "Internet access forwarding enabled" },
  { id: "25407", to: ["NET-06"], stage: "initial", note: "Web filtering linked to Conditional Access" },
  { id: "25408", to: ["NET-06"], stage: "initial", note: "Web content filtering policies exist" },
  { id: "25409", to: ["NET-06"], stage: "initial", note: "Web filtering by category" },
  { id: "25410", to: ["NET-06"], stage: "initial", note: "Web filtering linked to security profiles" },
  { id: "25411", to: ["NET-06"], stage: "initial", note: "TLS inspection lets the web gateway filter encrypted traffic" },
  { id: "25413", to: ["DAT-03"], stage: "advanced", note: "File transfer policies block uploads of sensitive data" },
  { id: "25415", to: ["APP-11"], stage: "initial", note: "AI gateway screens prompts for injection" },
  { id: "25416", to: ["NET-06"], stage: "initial", note: "Cloud firewall filters branch internet traffic" },
  { id: "25419", to: ["NET-05"], stage: "initial", note: "Network access logs reach security operations" },
  { id: "25420", to: ["NET-05"], stage: "advanced", note: "Network access logs kept beyond the default retention" },
  { id: "25422", to: null, note: "Deployment logs reviewed: rollout hygiene" },
  { id: "25466", to: ["NET-07"], stage: "advanced", note: "At least two connectors per group: no single point of failure" },
  { id: "25480", to: ["APP-03"], stage: "initial", note: "Quick Access assigned to users or groups" },
  { id: "25481", to: ["APP-03"], stage: "advanced", note: "Every Private Access app has assignments" },
  { id: "25533", to: ["NET-07"], stage: "advanced", note: "DDoS protection on every public IP" },
  { id: "25535", to: ["NET-06"], stage: "advanced", note: "Outbound workload traffic forced through a firewall" },
  { id: "25537", to: ["NET-06"], stage: "optimal", note: "Firewall threat intelligence in deny mode: feed-driven blocking" },
  { id: "25539", to: ["NET-05"], stage: "advanced", note: "Firewall intrusion detection in deny mode" },
  { id: "25541", to: ["APP-04"], stage: "advanced", note: "Application Gateway WAF in prevention mode" },
  { id: "25543", to: ["APP-04"], stage: "advanced", note: "Front Door WAF in prevention mode" },
  { id: "25550", to: ["NET-06"], stage: "advanced", note: "Firewall inspects outbound TLS from workloads" },
  { id: "26879", to: ["APP-04"], stage: "advanced", note: "Application Gateway WAF inspects request bodies" },
  { id: "26880", to: ["APP-04"], stage: "advanced", note: "Front Door WAF inspects request bodies" },
  { id: "26881", to: ["APP-04"], stage: "initial", note: "Application Gateway WAF uses a managed rule set" },
  { id: "26882", to: ["APP-04"], stage: "optimal", note: "Application Gateway WAF bot protection" },
  { id: "26883", to: ["APP-04"], stage: "initial", note: "Front Door WAF uses a managed rule set" },
  { id: "26884", to: ["APP-04"], stage: "optimal", note: "Front Door WAF bot protection" },
  { id: "26885", to: null, note: "DDoS metrics enabled: operational telemetry" },
  { id: "26886", to: ["NET-05"], stage: "initial", note: "DDoS diagnostic logs collected centrally" },
  { id: "26887", to: ["NET-05"], stage: "initial", note: "Azure Firewall logs collected centrally" },
  { id: "26888", to: ["APP-12"], stage: "initial", note: "Application Gateway WAF logs collected centrally" },
  { id: "26889", to: ["APP-12"], stage: "initial", note: "Front Door WAF logs collected centrally" },
  { id: "27000", to: ["NET-06"], stage: "initial", note: "Web filtering blocks high-risk categories" },
  { id: "27001", to: null, note: "TLS inspection bypass rules reviewed: tuning" },
  { id: "27002", to: null, note: "TLS inspection certificate validity: tuning" },
  { id: "27003", to: null, note: "TLS inspection failure rate: tuning" },
  { id: "27004", to: null, note: "TLS inspection bypass duplicates: tuning" },
  { id: "27015", to: ["NET-07"], stage: "advanced", note: "Application Gateway WAF HTTP DDoS rule set" },
  { id: "27016", to: ["APP-04"], stage: "advanced", note: "Application Gateway WAF rate limiting" },
  { id: "27017", to: ["APP-04"], stage: "optimal", note: "Application Gateway WAF JavaScript challenge against bots" },
  { id: "27018", to: ["APP-04"], stage: "advanced", note: "Front Door WAF rate limiting" },
  { id: "27019", to: ["APP-04"], stage: "optimal", note: "Front Door WAF JavaScript challenge against bots" },
  { id: "27020", to: ["APP-04"], stage: "optimal", note: "Front Door WAF CAPTCHA against bots" },
  { id: "27024", to: ["NET-07"], stage: "advanced", note: "Front Door WAF HTTP DDoS rule set" },
  { id: "35001", to: null, note: "Conditional Access does not block Rights Management: keeps encryption usable, no criterion" },
  { id: "35003", to: ["DAT-02"], stage: "initial", note: "Sensitivity labels defined" },
  { id: "35004", to: ["DAT-02"], stage: "initial", note: "Label policies published to users" },
  { id: "35005", to: ["DAT-02"], stage: "initial", note: "Labels enabled for SharePoint and OneDrive files" },
  { id: "35006", to: ["DAT-02"], stage: "initial", note: "PDF labelling in SharePoint" },
  { id: "35007", to: ["DAT-06"], stage: "initial", note: "Information Rights Management in SharePoint" },
  { id: "35008", to: ["DAT-02"], stage: "advanced", note: "Default labels on document libraries" },
  { id: "35009", to: null, note: "Co-authoring of encrypted files: usability" },
  { id: "35010", to: ["DAT-05"], stage: "advanced", note: "Double Key Encryption labels: customer-held keys" },
  { id: "35011", to: null, note: "Rights management super users: administration detail" },
  { id: "35012", to: ["DAT-02"], stage: "advanced", note: "Labels on sites, teams and groups" },
  { id: "35013", to: ["DAT-06"], stage: "advanced", note: "Labels that apply encryption" },
  { id: "35014", to: ["DAT-02"], stage: "optimal", note: "E-mail inherits the label of its attachments" },
  { id: "35015", to: null, note: "Number of global labels: usability" },
  { id: "35016", to: ["DAT-02"], stage: "advanced", note: "Mandatory labelling" },
  { id: "35017", to: ["DAT-02"], stage: "advanced", note: "Default label in label policies" },
  { id: "35018", to: ["DAT-02"], stage: "optimal", note: "Justification to lower a label" },
  { id: "35019", to: ["DAT-02"], stage: "advanced", note: "Auto-labelling across Microsoft 365 workloads" },
  { id: "35020", to: ["DAT-09"], stage: "initial", note: "Auto-labelling in enforcement mode" },
  { id: "35021", to: ["DAT-09"], stage: "advanced", note: "Auto-labelling on SharePoint and OneDrive" },
  { id: "35022", to: ["DAT-01"], stage: "advanced", note: "On-demand scans discover sensitive data" },
  { id: "35023", to: null, note: "OCR for sensitive data detection: detection detail" },
  { id: "35024", to: ["DAT-06"], stage: "initial", note: "Rights management service activated" },
  { id: "35025", to: ["DAT-06"], stage: "initial", note: "Internal rights management licensing enabled" },
  { id: "35026", to: ["DAT-06"], stage: "advanced", note: "Message encryption opens for external recipients" },
  { id: "35027", to: null, note: "Message encryption branding: cosmetic" },
  { id: "35028", to: ["DAT-10"], stage: "advanced", note: "Retention policies on e-mail" },
  { id: "35029", to: ["DAT-09"], stage: "initial", note: "Mail flow rules protect sensitive messages automatically" },
  { id: "35030", to: ["DAT-03"], stage: "initial", note: "DLP policies enabled" },
  { id: "35032", to: ["DAT-03"], stage: "optimal", note: "Adaptive Protection: user risk changes the DLP action" },
  { id: "35033", to: ["DAT-02"], stage: "advanced", note: "Custom sensitive information types for automatic detection" },
  { id: "35034", to: ["DAT-02"], stage: "advanced", note: "Exact Data Match for automatic detection" },
  { id: "35035", to: ["DAT-02"], stage: "advanced", note: "Named entities used in auto-labelling and DLP" },
  { id: "35036", to: ["DAT-02"], stage: "advanced", note: "Trainable classifiers used in auto-labelling and DLP" },
  { id: "35038", to: ["DAT-11"], stage: "optimal", note: "Insider risk policies watch risky AI use" },
  { id: "35039", to: ["DAT-11"], stage: "optimal", note: "Communication compliance on Copilot prompts and responses" },
  { id: "35040", to: ["DAT-11"], stage: "optimal", note: "Communication compliance on enterprise AI tools" },
  { id: "35041", to: ["DAT-03"], stage: "optimal", note: "Browser DLP covers AI apps" },
  { id: "41002", to: ["IDN-09"], stage: "initial", note: "Identity threat sensor on every domain controller" },
  { id: "41003", to: ["IDN-09"], stage: "advanced", note: "Identity threat sensors on federation, certificate and sync servers" },
  { id: "41009", to: ["IDN-04"], stage: "initial", note: "Dormant accounts removed from sensitive AD groups" },
  { id: "41018", to: ["IDN-09"], stage: "initial", note: "No open identity sensor health issues" },
  { id: "41019", to: ["IDN-09"], stage: "initial", note: "Compromised identities remediated" },
  { id: "41020", to: ["IDN-09"], stage: "initial", note: "Identity sensor deployment validated" },
  { id: "41022", to: ["IDN-09"], stage: "initial", note: "Identity threat alerts triaged and tuned" },
  { id: "41029", to: null, note: "Anti-malware policy for mail: the traditional baseline" },
  { id: "41031", to: ["APP-13"], stage: "advanced", note: "Attachments detonated before delivery" },
  { id: "41032", to: ["APP-13"], stage: "advanced", note: "Links checked at click time" },
  { id: "41033", to: ["APP-13"], stage: "initial", note: "Anti-phishing with impersonation and spoof protection" },
  { id: "41034", to: null, note: "Anti-spam policy: the traditional baseline" },
  { id: "41041", to: ["APP-13"], stage: "optimal", note: "Automated investigation and response on mail actioned" },
  { id: "41045", to: ["DEV-04"], stage: "advanced", note: "Every eligible endpoint onboarded to EDR" },
  { id: "41052", to: ["DEV-08"], stage: "advanced", note: "Application control enforced" },
  { id: "41053", to: ["NET-06"], stage: "advanced", note: "Network protection blocks malicious destinations on the device" },
  { id: "41059", to: ["DEV-04"], stage: "advanced", note: "EDR in block mode" },
  { id: "41060", to: ["DEV-04"], stage: "initial", note: "Cloud-delivered antivirus protection" },
  { id: "41061", to: ["VIS-07"], stage: "advanced", note: "All XDR incidents triaged" },
  { id: "41062", to: ["AUT-02"], stage: "advanced", note: "Automated investigation and response actioned" },
  { id: "41081", to: ["APP-12"], stage: "advanced", note: "Cloud app anomaly detection raising alerts" },
  { id: "41114", to: ["APP-13"], stage: "advanced", note: "Teams messages checked for malicious links and files" },
  { id: "41116", to: ["VIS-08"], stage: "initial", note: "Hunting on e-mail and collaboration data in use" },
  { id: "41121", to: ["VIS-07"], stage: "advanced", note: "No high-severity alert left untriaged past its window" },
  { id: "41206", to: null, note: "Sentinel workbook: reporting" },
  { id: "41207", to: ["VIS-06"], stage: "initial", note: "Sentinel analytics rules active" },
  { id: "41208", to: null, note: "Sentinel watchlists: enrichment detail" },
  { id: "41209", to: ["IDN-09"], stage: "optimal", note: "User and entity behaviour analytics enabled" },
  { id: "41211", to: ["VIS-05"], stage: "advanced", note: "Sentinel health and audit monitoring" },
  { id: "41213", to: ["AUT-02"], stage: "advanced", note: "Sentinel automation rules handle incidents" },
  { id: "41215", to: null, note: "Security Copilot capacity: not a control" },
  { id: "50001", to: ["INF-04"], stage: "initial", note: "Defender for Cloud posture recommendations" },
  { id: "51001", to: ["DEV-08"], stage: "advanced", note: "Endpoint Privilege Management: elevation per task" },
  { id: "51013", to: ["DEV-06"], stage: "advanced", note: "App protection blocks access when the account is disabled or blocked" },
  { id: "51014", to: ["DEV-06"], stage: "optimal", note: "App protection blocks jailbroken or rooted devices" },
  { id: "51015", to: null, note: "Intune multi-admin approval: admin change control, no criterion" },
  { id: "51016", to: ["IDN-04"], stage: "advanced", note: "Intune Administrator assigned through PIM" },
  { id: "51018", to: ["DEV-08"], stage: "advanced", note: "App Control for Business configured" },
  { id: "51019", to: ["DEV-06"], stage: "advanced", note: "App protection re-authentication after idle time" },
  { id: "61002", to: ["VIS-05"], stage: "initial", note: "Sentinel onboarded" },
  { id: "61004", to: ["INF-04"], stage: "initial", note: "Defender CSPM on every Azure subscription" },
  { id: "61005", to: ["IDN-11"], stage: "initial", note: "Agents listed in the agent registry" },
  { id: "61006", to: ["GOV-09"], stage: "initial", note: "AI admin roles have named holders" },
  { id: "61008", to: ["IDN-11"], stage: "advanced", note: "Agent identities tagged for lifecycle" },
  { id: "61009", to: ["IDN-11"], stage: "optimal", note: "Conditional Access covers agent identities" },
  { id: "61011", to: ["APP-02"], stage: "initial", note: "Agents require users to sign in through Entra" },
  { id: "61012", to: ["IDN-11"], stage: "optimal", note: "Risk-based Conditional Access blocks risky agents" },
  { id: "61013", to: ["IDN-11"], stage: "advanced", note: "Agents governed: sponsors, access packages, lifecycle" },
  { id: "61014", to: ["IDN-11"], stage: "initial", note: "Agent identities have owners" },
  { id: "61016", to: ["IDN-09"], stage: "initial", note: "Identity risk events reach Sentinel" },
  { id: "61017", to: ["APP-11"], stage: "optimal", note: "AI threat alerts reach Sentinel" },
  { id: "61018", to: ["DAT-06"], stage: "advanced", note: "Label and protection events reach Sentinel" },
  { id: "61021", to: ["DAT-11"], stage: "optimal", note: "Copilot activity reaches Sentinel" },
  { id: "61022", to: ["APP-11"], stage: "initial", note: "Defender for AI on subscriptions hosting AI services" },
  { id: "61023", to: ["IDN-11"], stage: "advanced", note: "Agent activity reaches Sentinel" },
  { id: "61024", to: ["VIS-05"], stage: "initial", note: "Defender XDR data reaches Sentinel" },
];

/**
 * For tests the table does not know (newer tool versions add tests), by the tool's pillar and
 * category as it spells them, compared case-insensitively. Only categories narrow enough to point
 * at one question are listed, each at the lowest stage that question's criteria could support;
 * broad ones ("Access control", "Global Secure Access", "Azure Network Security", "Tenant") are left out.
 */
const FALLBACKS: readonly { pillar: string; category: string; to: readonly string[]; stage: Stage }[] = [
  { pillar: "Identity", category: "Privileged access", to: ["IDN-04"], stage: "initial" },
  { pillar: "Identity", category: "Credential management", to: ["IDN-01"], stage: "initial" },
  { pillar: "Identity", category: "Authentication", to: ["IDN-01"], stage: "initial" },
  { pillar: "Identity", category: "External collaboration", to: ["IDN-08"], stage: "initial" },
  { pillar: "Identity", category: "Monitoring", to: ["IDN-09"], stage: "initial" },
  { pillar: "Identity", category: "Identity governance", to: ["IDN-10"], stage: "initial" },
  { pillar: "Identity", category: "Application management", to: ["IDN-07"], stage: "initial" },
  { pillar: "Identity", category: "Applications management", to: ["IDN-07"], stage: "initial" },
  { pillar: "Network", category: "Private Access", to: ["APP-03"], stage: "initial" },
  { pillar: "Network", category: "Application Proxy", to: ["APP-03"], stage: "initial" },
  { pillar: "Data", category: "Sensitivity Labels", to: ["DAT-02"], stage: "initial" },
  { pillar: "Data", category: "sensitivity-labels", to: ["DAT-02"], stage: "initial" },
  { pillar: "Data", category: "Sensitivity Labels Configuration", to: ["DAT-02"], stage: "initial" },
  { pillar: "Data", category: "Label Policy Configuration", to: ["DAT-02"], stage: "initial" },
  { pillar: "Data", category: "Information Protection", to: ["DAT-02"], stage: "initial" },
  { pillar: "Data", category: "Advanced Classification", to: ["DAT-02"], stage: "initial" },
  { pillar: "Data", category: "Data Loss Prevention (DLP)", to: ["DAT-03"], stage: "initial" },
  { pillar: "Data", category: "Rights Management Service", to: ["DAT-06"], stage: "initial" },
  { pillar: "Data", category: "Rights Management Service (RMS)", to: ["DAT-06"], stage: "initial" },
  { pillar: "Data", category: "Microsoft Purview Message Encryption", to: ["DAT-06"], stage: "initial" },
  { pillar: "SecOps", category: "Identity threat protection", to: ["IDN-09"], stage: "initial" },
  { pillar: "SecOps", category: "Email and collaboration security", to: ["APP-13"], stage: "initial" },
  { pillar: "SecOps", category: "Endpoint threat protection", to: ["DEV-04"], stage: "initial" },
  { pillar: "SecOps", category: "Security information and event management", to: ["VIS-05"], stage: "initial" },
  { pillar: "AI", category: "AI Authentication & Access", to: ["IDN-11"], stage: "initial" },
  { pillar: "AI", category: "AI Identity & Access", to: ["IDN-11"], stage: "initial" },
  { pillar: "AI", category: "Secure AI Authentication and Access", to: ["IDN-11"], stage: "initial" },
  { pillar: "AI", category: "Agent Lifecycle", to: ["IDN-11"], stage: "initial" },
  { pillar: "AI", category: "AI Inventory & Lifecycle", to: ["IDN-11"], stage: "initial" },
  { pillar: "AI", category: "AI Cloud Posture", to: ["INF-04"], stage: "initial" },
  { pillar: "Infrastructure", category: "Microsoft Defender for Cloud", to: ["INF-04"], stage: "initial" },
];

interface Table {
  /** Every reviewed test id; null for a test reviewed and left unmapped. */
  byId: ReadonlyMap<string, ZtaTestTarget | null>;
  byPillarCategory: ReadonlyMap<string, ZtaTestTarget>;
}

const pairKey = (pillar: string, category: string) => `${pillar.trim().toLowerCase()}\n${category.trim().toLowerCase()}`;

function target(questionIds: readonly string[], stage: Stage): ZtaTestTarget | null {
  return questionIds.length === 0 ? null : Object.freeze({ questionIds: Object.freeze([...questionIds]), stage });
}

/** The zt-2026.2 table, with `translate` turning its question ids into another version's. */
function buildTable(translate: (questionIds: readonly string[]) => readonly string[]): Table {
  const byId = new Map<string, ZtaTestTarget | null>();
  for (const row of ZTA_MAPPING_ROWS) byId.set(row.id, row.to === null ? null : target(translate(row.to), row.stage));
  const byPillarCategory = new Map<string, ZtaTestTarget>();
  for (const fallback of FALLBACKS) {
    const mapped = target(translate(fallback.to), fallback.stage);
    if (mapped) byPillarCategory.set(pairKey(fallback.pillar, fallback.category), mapped);
  }
  return { byId, byPillarCategory };
}

const zt2026_2Ids = [...new Set([...ZTA_MAPPING_ROWS.flatMap((row) => row.to ?? []), ...FALLBACKS.flatMap((fallback) => fallback.to)])];
/**
 * zt-2026.1 follows from the lineage: a zt-2026.2 question stands for the zt-2026.1 questions that
 * flowed into it (both sources of a merge, the old id of a moved one); questions new in zt-2026.2
 * have no counterpart, so a test evidencing only those is unmapped there. Stages keep their names:
 * zt-2026.1 describes each stage in one sentence where zt-2026.2 lists criteria.
 */
const toZt2026_1 = previousQuestionIds(zt2026_2Lineage, zt2026_2Ids);

const TABLES: ReadonlyMap<string, Table> = new Map([
  ["zt-2026.2", buildTable((questionIds) => questionIds)],
  ["zt-2026.1", buildTable((questionIds) => [...new Set(questionIds.flatMap((id) => toZt2026_1.get(id) ?? []))])],
]);

/** The framework ids that have a mapping. */
export const ZTA_MAPPED_FRAMEWORKS: readonly string[] = [...TABLES.keys()];

/**
 * The questions a tool test gives evidence for in one question-bank version, or null when unmapped.
 * A reviewed id answers from the table; an unknown id falls back to the first of its pillars that
 * has an entry for its category.
 */
export function mapZtaTest(frameworkId: string, test: { id: string; pillars: readonly string[]; category: string | null }): ZtaTestTarget | null {
  const table = TABLES.get(frameworkId);
  if (!table) return null;
  const id = test.id.trim();
  if (table.byId.has(id)) return table.byId.get(id) ?? null;
  if (test.category === null) return null;
  for (const pillar of test.pillars) {
    const mapped = table.byPillarCategory.get(pairKey(pillar, test.category));
    if (mapped) return mapped;
  }
  return null;
}
