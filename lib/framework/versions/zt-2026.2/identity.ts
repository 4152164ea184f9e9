import type { QuestionV2 } from "../../types";
import { N } from "./quantities";

export const identityQuestions: QuestionV2[] = [
  {
    id: "IDN-01",
    pillar: "identity",
    title: "Phishing-resistant MFA",
    prompt: "How do workforce users prove who they are when they sign in to enterprise applications and data?",
    why: "Passwords, SMS codes and push approvals can be phished or relayed in real time. Only factors bound to the genuine sign-in origin, such as FIDO2 keys, passkeys and smart cards, defeat adversary-in-the-middle attacks.",
    levels: {
      traditional: "Passwords alone protect most sign-ins.",
      initial: "MFA is required for every workforce account and remote access gateway, mostly with phishable factors.",
      advanced: "Administrators use phishing-resistant factors and legacy authentication is blocked.",
      optimal: "Every workforce sign-in, recovery included, is phishing-resistant.",
    },
    weight: 3,
    mappings: { cisa: [{ pillar: "identity", function: "Authentication" }], nist: [6], dod: "User" },
    nextSteps: {
      traditional: {
        action: "Require MFA for every workforce account at the identity provider, starting with e-mail, and put remote access gateways behind the same MFA.",
        effort: "M",
        impact: 5,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Enrol every administrator in FIDO2 keys or passkeys, enforce a phishing-resistant authentication strength for privileged roles, register such factors for other staff, and block legacy authentication protocols.",
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Roll out passkeys to the remaining staff, protect account recovery with verified identity proofing, and disable password sign-in for enrolled users.",
        effort: "L",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Workforce accounts can sign in to enterprise applications with a password alone.",
          "MFA, where used, protects only remote access or a handful of applications.",
        ],
        initial: [
          `MFA is enforced for ${N.coverageOptimal} of workforce accounts at the identity provider, with break-glass accounts as documented exceptions.`,
          "Remote access gateways (VPN, remote desktop, virtual desktop) require MFA, through the identity provider or their own.",
        ],
        advanced: [
          `${N.coverageOptimal} of administrators and privileged roles must use a phishing-resistant factor (FIDO2, passkey, smart card or certificate).`,
          `At least ${N.coverageAdvanced} of other staff have a phishing-resistant factor registered.`,
          "Legacy authentication protocols that cannot prompt for MFA are blocked.",
        ],
        optimal: [
          `${N.coverageOptimal} of workforce sign-ins require a phishing-resistant factor, with no fallback to SMS, voice or push.`,
          "Account recovery and new-device enrolment require identity proofing or an existing phishing-resistant factor.",
          "Password sign-in is disabled for users who hold a phishing-resistant factor.",
        ],
      },
      evidence: {
        traditional: "Identity provider report showing password-only sign-ins.",
        initial: "Conditional access or MFA policy covering all users; list of excluded break-glass accounts; remote access gateway authentication settings.",
        advanced: "Authentication-strength policy for privileged roles; authentication-methods registration report; sign-in logs showing legacy protocols blocked.",
        optimal: "Sign-in logs by authentication method over the last 30 days; recovery and enrolment procedure; password-disabled user count.",
      },
      verify: "Identity provider console: MFA and authentication-method policies, the registration report, and sign-in logs grouped by authentication method and client protocol over the last 30 days; VPN and remote desktop gateway configuration.",
      naAllowed: false,
      importance: "critical",
      group: "workforce-sign-in",
      prerequisites: [],
      microsoft: { pillar: "Identity", scenarios: ["modernize-posture", "remote-hybrid-work", "prevent-breach-damage"], objective: "identity.2" },
      dod: { initial: [{ capability: "1.3", level: "target" }], advanced: [{ capability: "1.3", level: "target" }], optimal: [{ capability: "1.3", level: "advanced" }] },
    },
  },
  {
    id: "IDN-02",
    pillar: "identity",
    title: "Authoritative identity store",
    prompt: "How many separate stores hold workforce identities, and which one is authoritative for authentication?",
    why: "Every extra directory or local account database is another place where MFA, policy and deprovisioning must be repeated. The store that gets forgotten becomes the way in.",
    levels: {
      traditional: "Workforce identities live in several directories and application-local account stores.",
      initial: "One identity provider is authoritative for employees, fed from HR, and the other stores are listed.",
      advanced: "Employees and contractors are mastered in one store; local account stores are owned exceptions.",
      optimal: "Every workforce identity lives in the one store, reconciled automatically against HR and applications.",
    },
    weight: 2,
    mappings: { cisa: [{ pillar: "identity", function: "Identity Stores" }], nist: [6], dod: "User" },
    nextSteps: {
      traditional: {
        action: "Name one directory or identity provider as authoritative, feed it from the HR system for employees, and list every other store that holds workforce accounts with its owner.",
        effort: "M",
        impact: 4,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: "Onboard contractors and acquired business units into the authoritative store from supplier and HR records, and record each remaining application-local account store as an owned exception with a retirement date.",
        effort: "L",
        impact: 4,
        achieves: ["advanced-1", "advanced-2"],
      },
      advanced: {
        action: `Retire the remaining local account stores, keep only break-glass accounts outside the authoritative store, and schedule an automated reconciliation against HR records and application account lists that runs at least every ${N.driftCheck}.`,
        effort: "M",
        impact: 3,
        achieves: ["optimal-1", "optimal-2"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Workforce accounts are held in more than one directory or in application-local account stores, and no store is named authoritative.",
          "The organisation cannot produce a count of accounts per person across its stores.",
        ],
        initial: [
          "One directory or identity provider is documented as the authoritative source for workforce authentication.",
          "Employee attributes in the authoritative store (department, manager, employment status) are synchronised from the HR system, not typed in by hand.",
          "Every other store that holds workforce accounts is listed with an owner.",
        ],
        advanced: [
          `At least ${N.coverageAdvanced} of workforce identities, contractors included, are mastered in the authoritative store from HR or supplier records.`,
          "Each remaining application-local account store is recorded as an exception with an owner and a retirement date.",
        ],
        optimal: [
          `${N.coverageOptimal} of workforce identities are held in the authoritative store; the only local accounts are documented break-glass accounts.`,
          `An automated reconciliation between the authoritative store, HR records and connected applications' account lists runs at least every ${N.driftCheck} and raises orphaned or duplicate accounts for action.`,
        ],
      },
      evidence: {
        traditional: "List of directories and application account stores; sample of people with accounts in several stores.",
        initial: "Decision naming the authoritative store; HR-to-directory synchronisation configuration; register of other account stores with owners.",
        advanced: "Identity counts by source (HR, supplier) against headcount and contractor lists; exception register with retirement dates.",
        optimal: "Local-account scan showing only break-glass accounts; reconciliation job history and the orphaned or duplicate accounts it raised.",
      },
      verify: "Compare HR headcount and the supplier contractor list with the identity provider's user counts by source attribute; inspect the synchronisation and reconciliation jobs; interview the owners of two application account stores.",
      naAllowed: false,
      importance: "standard",
      group: "identity-lifecycle",
      prerequisites: [],
      microsoft: { pillar: "Identity", scenarios: ["modernize-posture", "regulatory-compliance"], objective: "identity.1" },
      dod: {
        initial: [{ capability: "1.1", level: "target" }],
        advanced: [
          { capability: "1.1", level: "target" },
          { capability: "1.9", level: "target" },
        ],
        optimal: [{ capability: "1.9", level: "advanced" }],
      },
    },
  },
  {
    id: "IDN-03",
    pillar: "identity",
    title: "Joiner-mover-leaver lifecycle",
    prompt: "When people join, change role or leave, how are their accounts and access created, adjusted and removed?",
    why: "Manual provisioning leaves leavers with working accounts and lets movers accumulate access they no longer need. Both are standing risk that no sign-in control will catch.",
    levels: {
      traditional: "Accounts are created and removed by tickets, and leavers keep access for days.",
      initial: "HR events create and disable directory accounts automatically; contractor accounts expire.",
      advanced: `Sensitive applications follow HR events, movers lose old access, and leavers lose all access within ${N.leaverAccess}.`,
      optimal: "Every sensitive application is covered, urgent terminations revoke sessions everywhere and unused entitlements expire.",
    },
    weight: 3,
    mappings: {
      cisa: [
        { pillar: "identity", function: "Identity Stores" },
        { pillar: "identity", function: "Automation & Orchestration" },
      ],
      nist: [6],
      dod: "User",
    },
    nextSteps: {
      traditional: {
        action: "Connect the HR system to the authoritative directory so that hires create accounts and terminations disable them, and give every contractor account an end date that disables it automatically.",
        effort: "M",
        impact: 5,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: `Assign birthright access from HR attributes, connect at least ${N.coverageAdvanced} of the applications holding sensitive data through SCIM or provisioning connectors, make role changes remove the previous role's access unless re-approved, and measure leaver removal against the bank's limit.`,
        effort: "L",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3", "advanced-4"],
      },
      advanced: {
        action: "Connect the remaining sensitive applications, build a one-step urgent termination that revokes sessions and refresh tokens everywhere, and remove entitlements that go unused past the bank's limit.",
        effort: "M",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Account creation and removal depend on tickets or e-mails to IT, handled by hand in each system.",
          "Role changes add access without removing the access of the previous role.",
        ],
        initial: [
          "Hire and termination events in the HR system create and disable employee accounts in the authoritative directory without a manual step.",
          "Every contractor and temporary worker account carries an end date on which it is disabled automatically.",
        ],
        advanced: [
          "Birthright access (groups, licences, standard applications) is assigned from HR attributes such as department, job code and location.",
          `At least ${N.coverageAdvanced} of applications holding sensitive data create and remove accounts from lifecycle events through SCIM, connectors or federation-only access.`,
          "A role change removes access tied to the previous role automatically unless the new manager re-approves it.",
          `Leavers lose access to every system, applications included, within ${N.leaverAccess} of the HR leaver event.`,
        ],
        optimal: [
          `${N.coverageOptimal} of applications holding sensitive data are provisioned and deprovisioned from lifecycle events, with documented exceptions.`,
          `An urgent termination disables the account and revokes its sessions and refresh tokens in every connected application within ${N.urgentRevocation}.`,
          `Entitlements unused for ${N.inactiveAccount} are removed automatically after notice to their owner.`,
        ],
      },
      evidence: {
        traditional: "Sample of joiner and leaver tickets with the dates access was granted and removed.",
        initial: "HR-to-directory provisioning configuration and run history; contractor accounts with end dates.",
        advanced: "Birthright rules; list of applications holding sensitive data with their provisioning method; leaver report comparing HR termination times with access removal times; mover sample.",
        optimal: "Urgent-termination runbook or workflow with test timings; provisioning coverage report; history of unused-entitlement removals.",
      },
      verify: "Trace a sample of recent leavers and movers from the HR system through the identity provider's provisioning logs to the target applications' account lists, comparing timestamps; inspect the identity governance or provisioning console for connected applications.",
      naAllowed: false,
      importance: "standard",
      group: "identity-lifecycle",
      prerequisites: [{ level: "initial", question: "IDN-02", atLeast: "initial" }],
      microsoft: { pillar: "Identity", scenarios: ["modernize-posture", "prevent-breach-damage", "regulatory-compliance"], objective: "identity.4" },
      dod: { initial: [{ capability: "1.5", level: "target" }], advanced: [{ capability: "1.5", level: "target" }], optimal: [{ capability: "1.5", level: "advanced" }] },
    },
  },
  {
    id: "IDN-04",
    pillar: "identity",
    title: "Privileged roles and tier-0 hardening",
    prompt: "How are the accounts that administer the identity provider, directories and other tier-0 systems separated, protected and kept few?",
    why: "Whoever controls the directory or identity provider controls every resource behind it. Admin roles on everyday accounts, admin sign-ins from ordinary laptops and unmapped attack paths turn one compromised user into a tenant or forest takeover.",
    levels: {
      traditional: "Admins use everyday accounts and devices, and nobody knows who holds tier-0 rights.",
      initial: "Privileged roles sit on dedicated admin accounts listed in a register, with alerted break-glass accounts.",
      advanced: `Tier-0 admins are fewer than ${N.tier0Admins}, use cloud-only accounts and work from privileged access workstations.`,
      optimal: "Tier-0 is isolated: attack paths to it are closed and its credentials never touch lower tiers.",
    },
    weight: 3,
    mappings: { cisa: [{ pillar: "identity", function: "Access Management" }], nist: [4, 6], dod: "User" },
    nextSteps: {
      traditional: {
        action: "Give every privileged role holder a dedicated admin account without a mailbox, build the register of tier-0 role holders, and create two break-glass accounts that alert on every sign-in.",
        effort: "S",
        impact: 5,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: `Move identity provider admin roles to cloud-only accounts, issue privileged access workstations to tier-0 admins and require them in access policy, and cut standing tier-0 holders to fewer than ${N.tier0Admins}.`,
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Deploy attack-path analysis for the directory and identity provider and close the paths it finds, deny tier-0 credentials on lower-tier systems, and fix the critical directory hardening findings.",
        effort: "L",
        impact: 4,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Administrative roles in the directory, identity provider or SaaS admin consoles are held by accounts also used for e-mail and browsing.",
          "No complete list exists of who holds tier-0 roles (domain and enterprise admins, identity provider global administrators, federation and PKI administrators).",
        ],
        initial: [
          "Every privileged role is held by a dedicated admin account that has no mailbox and is not used for daily work.",
          "A register lists every tier-0 role holder with a justification, and it matches the role membership in the directory and identity provider.",
          "At least two break-glass accounts exist, are documented, and raise an alert on every sign-in.",
        ],
        advanced: [
          "Identity provider admin accounts are cloud-only (not synchronised from the on-premises directory), and on-premises tier-0 accounts hold no cloud admin role.",
          "Tier-0 roles are used only from privileged access workstations, enforced by a device condition in access policy or by logon restrictions.",
          `Fewer than ${N.tier0Admins} named people hold a standing tier-0 role, break-glass accounts excluded.`,
        ],
        optimal: [
          "An attack-path analysis of the directory and identity provider is in place, and every path from a non-tier-0 identity to a tier-0 role is closed or tracked with an owner and a due date.",
          "Tier-0 credentials are denied sign-in on every system outside tier-0 (workstations, member servers, lower-tier applications).",
          "The latest security assessment of the directory and identity provider shows no open critical finding (for example unconstrained delegation, weak permissions on tier-0 objects, NTLMv1).",
        ],
      },
      evidence: {
        traditional: "Export of privileged role members showing their everyday accounts.",
        initial: "Tier-0 register reconciled with role membership exports; break-glass account documentation and alert rule.",
        advanced: "Admin account attributes showing cloud-only status; access policy or logon restrictions requiring privileged access workstations; count of standing tier-0 holders.",
        optimal: "Attack-path analysis report with the tracked paths; tier-0 logon-restriction policy; directory hardening assessment with no open critical finding.",
      },
      verify: "Identity provider and directory role-membership exports compared with the tier-0 register; access policies for admin roles; sign-in logs of admin accounts filtered by device; an identity attack-path or directory security assessment tool's report.",
      naAllowed: false,
      importance: "critical",
      group: "privileged-access",
      prerequisites: [],
      microsoft: { pillar: "Identity", scenarios: ["prevent-breach-damage", "modernize-posture"], objective: "identity.4" },
      dod: { initial: [{ capability: "1.4", level: "target" }], advanced: [{ capability: "1.4", level: "target" }], optimal: [{ capability: "1.4", level: "advanced" }] },
    },
  },
  {
    id: "IDN-05",
    pillar: "identity",
    title: "Risk-based conditional access",
    prompt: "Do sign-in decisions take account of user and sign-in risk, or is every valid credential treated the same?",
    why: "A correct password and MFA approval from an anonymising proxy in the middle of the night should not get the same answer as a routine sign-in. Risk signals let policy step up, restrict or block before an attacker gets in.",
    levels: {
      traditional: "Any valid credential gets in; sign-in risk is neither computed nor used.",
      initial: "The identity provider scores user and sign-in risk, and static location rules apply.",
      advanced: "Policies step up, force a secure password change or block at medium and high risk for all users.",
      optimal: "Signals from other security tools adjust user risk, and policy outcomes are tuned each review cycle.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "identity", function: "Risk Assessments" },
        { pillar: "identity", function: "Access Management" },
      ],
      nist: [4, 6],
      dod: "User",
    },
    nextSteps: {
      traditional: {
        action: "Turn on the identity provider's user and sign-in risk scoring, and block or challenge sign-ins from countries where the organisation does not operate.",
        effort: "S",
        impact: 3,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Create risk policies for all users that require step-up MFA at medium sign-in risk and block or force a secure password change at high user risk, cover every application on the identity provider, and put their exclusions on the access-review cycle.",
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Feed signals from at least two other security tools (endpoint detection, SIEM, insider risk or threat intelligence) into user risk, and review policy outcomes each access-review cycle to tune thresholds.",
        effort: "L",
        impact: 3,
        achieves: ["optimal-1", "optimal-2"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Access decisions use the credential alone or with a network location allow-list.",
          "Leaked-credential, impossible-travel and anonymous-proxy sign-ins are not detected at sign-in.",
        ],
        initial: [
          "The identity provider computes user risk and sign-in risk for every workforce sign-in.",
          "Static location rules block or challenge sign-ins from countries or networks the organisation does not use.",
        ],
        advanced: [
          `Access policy for ${N.coverageOptimal} of workforce users requires step-up MFA at medium sign-in risk and blocks or forces a secure password change at high user risk.`,
          "Risk policies apply to every application that signs in through the identity provider.",
          `Each exclusion from the risk policies is listed with an owner and re-approved ${N.accessReview}.`,
        ],
        optimal: [
          "Signals from at least two other security tools (endpoint detection, SIEM, insider-risk or threat intelligence) raise or lower the user risk that access policy acts on.",
          `Policy outcomes (blocks, step-ups, false positives) are reviewed ${N.accessReview} and thresholds are changed from the review's findings.`,
        ],
      },
      evidence: {
        traditional: "Access policy list showing no risk conditions.",
        initial: "Risk detection settings; location-based policies; sample of risk detections.",
        advanced: "Risk-based access policies with their scope and exclusions; exclusion register with re-approval dates.",
        optimal: "Integration settings of the tools feeding user risk; minutes of the last policy-outcome review and the changes made.",
      },
      verify: "Identity provider console: access policies filtered by risk condition, their assignments and exclusions, and the risky sign-ins and risky users reports; sign-in logs showing policies applied at each risk level.",
      naAllowed: false,
      importance: "standard",
      group: "workforce-sign-in",
      prerequisites: [{ level: "advanced", question: "IDN-01", atLeast: "initial" }],
      microsoft: { pillar: "Identity", scenarios: ["remote-hybrid-work", "prevent-breach-damage"], objective: "identity.5" },
      dod: { initial: [{ capability: "1.6", level: "target" }], advanced: [{ capability: "1.2", level: "target" }], optimal: [{ capability: "1.2", level: "advanced" }] },
    },
  },
  {
    id: "IDN-06",
    pillar: "identity",
    title: "Session lifetime and continuous access evaluation",
    prompt: "Once a user has signed in, how long does the session last, and what happens to it when risk or circumstances change?",
    why: "Stolen session cookies and tokens are the prize in most modern account takeovers. If a disabled account or a stolen token keeps working for hours, strong sign-in controls are simply bypassed.",
    levels: {
      traditional: "Sessions keep default lifetimes, and disabling an account leaves them running.",
      initial: "Admins and sensitive applications have shorter sessions, and a tested revocation runbook exists.",
      advanced: "Session lifetime is set per sensitivity tier and critical events revoke tokens automatically.",
      optimal: "Sensitive applications re-evaluate sessions continuously and accept only device-bound tokens.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "identity", function: "Authentication" },
        { pillar: "identity", function: "Access Management" },
      ],
      nist: [3, 6],
      dod: "User",
    },
    nextSteps: {
      traditional: {
        action: "Set a shorter sign-in frequency for administrators and sensitive applications, and write and test a runbook that revokes every session and refresh token of a compromised account.",
        effort: "S",
        impact: 4,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Define application sensitivity tiers with a session lifetime for each, cap access-token lifetime for sensitive applications at the bank's limit, and revoke refresh tokens automatically on account disable, password reset and high user risk.",
        effort: "M",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Enable continuous access evaluation in the sensitive applications that support it, plan the replacement of those that cannot, and turn on token binding for them.",
        effort: "L",
        impact: 4,
        achieves: ["optimal-1", "optimal-2"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Session and refresh tokens keep the vendor's default lifetimes in every application.",
          "Disabling an account or resetting its password leaves existing sessions working until they expire.",
        ],
        initial: [
          "Sign-in frequency for administrators and for applications classed as sensitive is set by policy, shorter than the vendor default.",
          "A runbook that revokes every session and refresh token of a compromised account, in the identity provider and in the applications holding sensitive data, has been tested.",
        ],
        advanced: [
          "Session lifetime and sign-in frequency are set by policy for each application sensitivity tier.",
          `Access tokens for applications holding sensitive data live no longer than ${N.sessionReauth} before policy is evaluated again.`,
          "Disabling an account, resetting its password or raising it to high user risk revokes its refresh tokens at the identity provider automatically.",
        ],
        optimal: [
          `${N.coverageOptimal} of applications holding sensitive data honour continuous access evaluation, so a raised risk or a location or device no longer allowed ends access within ${N.urgentRevocation}, with documented exceptions.`,
          "Tokens or session cookies for applications holding sensitive data are bound to the device that obtained them, so a replayed token is refused.",
        ],
      },
      evidence: {
        traditional: "Session and token lifetime settings at their defaults; test showing a disabled account's session still working.",
        initial: "Sign-in frequency policies for administrators and sensitive applications; revocation runbook with the date and result of its last test.",
        advanced: "Session policies per sensitivity tier; token lifetime configuration; automatic revocation settings and audit-log entries of revocations.",
        optimal: "List of sensitive applications with continuous access evaluation and token binding enabled; test of a risk change ending a live session, with timings.",
      },
      verify: "Identity provider console: session and sign-in frequency policies, token lifetime settings and continuous access evaluation status; audit logs of token revocations; a live test that raises a test user's risk and watches the session end.",
      naAllowed: false,
      importance: "standard",
      group: "workforce-sign-in",
      prerequisites: [{ level: "optimal", question: "IDN-05", atLeast: "advanced" }],
      microsoft: { pillar: "Identity", scenarios: ["remote-hybrid-work", "prevent-breach-damage"], objective: "identity.2" },
      dod: { initial: [{ capability: "1.8", level: "target" }], advanced: [{ capability: "1.8", level: "target" }], optimal: [{ capability: "1.8", level: "advanced" }] },
    },
  },
  {
    id: "IDN-07",
    pillar: "identity",
    title: "Non-human identities",
    prompt: "How are service accounts, application registrations, workload identities and bots inventoried, owned and kept to least privilege?",
    why: "Non-human identities outnumber people, hold broad permanent permissions and sit outside MFA and access reviews. That makes them a favoured route for persistence and lateral movement.",
    levels: {
      traditional: "Service accounts have no owner and no inventory, and sign in like people.",
      initial: "Non-human identities in the main directory are listed with an owner and purpose.",
      advanced: "Non-human identities across platforms are inventoried automatically, non-interactive and certified by their owners.",
      optimal: "Every non-human identity is inventoried, right-sized from its use and restricted to its expected sources.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "identity", function: "Identity Stores" },
        { pillar: "identity", function: "Access Management" },
      ],
      nist: [3, 6],
      dod: "User",
    },
    nextSteps: {
      traditional: {
        action: "Export every service account and application registration from the authoritative directory, name an owner and purpose for each, and disable those nobody claims.",
        effort: "M",
        impact: 4,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Automate the inventory across the directory and cloud platforms, block interactive sign-in for service accounts, add privileged non-human identities to their owners' access certification, and disable unused ones automatically.",
        effort: "M",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3", "advanced-4"],
      },
      advanced: {
        action: "Bring the remaining non-human identities into the inventory, right-size workload identity permissions from usage data, and restrict each workload identity to its expected source networks or workloads.",
        effort: "L",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Service accounts are created as ordinary user accounts with no recorded owner or purpose.",
          "No inventory of service accounts, application registrations and workload identities exists.",
        ],
        initial: [
          "Every service account and application registration in the authoritative directory is listed with a named owner and purpose.",
          "Non-human identities with no owner are disabled.",
        ],
        advanced: [
          `At least ${N.coverageAdvanced} of non-human identities across the directory and cloud platforms are in an automatically updated inventory with owner and purpose.`,
          "Interactive sign-in is blocked for service accounts.",
          `Owners certify the permissions of non-human identities holding privileged or sensitive-data rights ${N.accessReview}.`,
          `Non-human identities unused for ${N.inactiveAccount} are disabled automatically.`,
        ],
        optimal: [
          `${N.coverageOptimal} of non-human identities are in the inventory, with documented exceptions.`,
          "Workload identity permissions are reduced automatically to those observed in use.",
          "Access policy restricts each workload identity to its expected source networks or workloads, and blocks sign-ins from anywhere else.",
        ],
      },
      evidence: {
        traditional: "Directory export of service accounts showing no owner attribute.",
        initial: "Inventory of service accounts and application registrations with owners; list of disabled ownerless identities.",
        advanced: "Automated inventory with its data sources and coverage; sign-in restriction settings; certification records; inactivity-disable job history.",
        optimal: "Permission right-sizing reports and changes made; workload identity access policies with their allowed sources.",
      },
      verify: "Directory and cloud platform consoles: service accounts, application registrations, managed and workload identities with owner attributes, last sign-in and granted permissions, compared with the inventory; workload identity access policies.",
      naAllowed: false,
      importance: "standard",
      group: "non-human-identity",
      prerequisites: [],
      microsoft: { pillar: "Identity", scenarios: ["prevent-breach-damage", "modernize-posture"], objective: "identity.4" },
      dod: {
        initial: [{ capability: "1.1", level: "target" }],
        advanced: [
          { capability: "1.1", level: "target" },
          { capability: "1.7", level: "target" },
        ],
      },
    },
  },
  {
    id: "IDN-08",
    pillar: "identity",
    title: "Partner and guest identities",
    prompt: "How do partners, suppliers and other external users get access to enterprise resources, and how is that access governed over time?",
    why: "External users sit outside HR-driven lifecycle, so their accounts tend to outlive the relationship. Unmanaged guest access is a common path for supply-chain compromise.",
    levels: {
      traditional: "External users get internal or shared accounts that outlive the relationship.",
      initial: "External users sign in with guest or federated identities and MFA.",
      advanced: "Every guest has a sponsor and an expiry, inactive guests are disabled and guest rights are limited.",
      optimal: "External access comes only through time-bound packages tied to a contract and ends with it.",
    },
    weight: 1,
    mappings: {
      cisa: [
        { pillar: "identity", function: "Identity Stores" },
        { pillar: "identity", function: "Access Management" },
      ],
      nist: [3, 6],
      dod: "User",
    },
    nextSteps: {
      traditional: {
        action: "Move external users from internal and shared accounts to guest or federated identities, and require MFA for all of them.",
        effort: "M",
        impact: 4,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Record a sponsor and an expiry date for every guest, disable guests who stay inactive past the bank's limit automatically, and restrict what guests can see in the directory.",
        effort: "S",
        impact: 3,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Grant external access only through access packages tied to contracts or projects, with extensions approved by the sponsor, and require compliant devices for partners reaching sensitive applications.",
        effort: "M",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "External users hold accounts in the internal directory, created on request, or share credentials.",
          "No list shows which external people can reach which resources.",
        ],
        initial: [
          "External users sign in with guest or federated identities from their home organisation, not internal accounts or shared credentials.",
          "MFA is required for every external user, at their home organisation (trusted through cross-organisation settings) or at ours.",
        ],
        advanced: [
          "Every guest account records a named internal sponsor and an expiry date.",
          `Guests inactive for ${N.inactiveAccount} are disabled automatically.`,
          "Guests cannot enumerate the directory's users and groups.",
        ],
        optimal: [
          "External access is granted only through access packages or equivalent requests tied to a contract or project, and ends automatically when that expires.",
          "Extending a guest's access past its expiry requires the sponsor's approval.",
          "Partners reaching applications holding sensitive data must present a compliant device, checked through cross-organisation trust or our own device policy.",
        ],
      },
      evidence: {
        traditional: "Directory export showing external people with internal accounts; shared credentials in use.",
        initial: "Guest and federation settings; MFA policy covering guests; cross-organisation trust configuration.",
        advanced: "Guest export with sponsor and expiry attributes; inactivity-disable job history; guest permission settings.",
        optimal: "Access package catalogue linked to contracts; extension approvals; access policy for partners on sensitive applications.",
      },
      verify: "Identity provider console: external users with their sponsor, expiry and last sign-in, guest access and cross-organisation settings, access packages and their policies; sample three guests against their contracts.",
      naAllowed: true,
      importance: "standard",
      group: "external-identity",
      prerequisites: [],
      microsoft: { pillar: "Identity", scenarios: ["protect-sensitive-data", "prevent-breach-damage"], objective: "identity.4" },
      dod: { initial: [{ capability: "1.5", level: "target" }], advanced: [{ capability: "1.5", level: "target" }], optimal: [{ capability: "1.5", level: "advanced" }] },
    },
  },
  {
    id: "IDN-09",
    pillar: "identity",
    title: "Identity threat detection and response",
    prompt: "How are attacks on identities and on the identity infrastructure itself detected, investigated and stopped?",
    why: "Attackers with valid credentials or stolen tokens look like normal users, and attacks on the directory itself, such as credential theft, replication abuse or a rogue federation trust, bypass every sign-in control. Only analysis of sign-in and directory activity reveals them early enough to contain.",
    levels: {
      traditional: "Identity logs stay where they are produced and are read only after an incident.",
      initial: "Identity logs reach the central platform and built-in identity detections are triaged.",
      advanced: "Detection rules cover the common identity attacks, each with a response playbook.",
      optimal: "Identity compromise is contained automatically and behaviour baselines feed user risk.",
    },
    weight: 2,
    mappings: {
      cisa: [
        { pillar: "identity", function: "Visibility & Analytics" },
        { pillar: "identity", function: "Risk Assessments" },
      ],
      nist: [5, 7],
      dod: "Visibility & Analytics",
    },
    nextSteps: {
      traditional: {
        action: "Forward sign-in, audit and risk logs of every identity provider and directory to the central security log platform, enable built-in identity detections and a directory threat sensor, and route high-severity alerts to analysts.",
        effort: "M",
        impact: 4,
        achieves: ["initial-1", "initial-2", "initial-3"],
      },
      initial: {
        action: "Write detection rules for password spraying, MFA fatigue, token replay, privileged role grants, federation and application credential changes and directory replication or ticket abuse, each with a response playbook.",
        effort: "M",
        impact: 5,
        achieves: ["advanced-1", "advanced-2"],
      },
      advanced: {
        action: "Automate session revocation and account disablement for high-confidence identity compromise, and feed behaviour baselines of users and non-human identities into user risk.",
        effort: "M",
        impact: 4,
        achieves: ["optimal-1", "optimal-2"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "Sign-in and directory audit logs stay in the identity provider and directory with their default retention.",
          "Identity logs are searched only after an incident has been reported.",
        ],
        initial: [
          "Sign-in, audit and risk logs of every identity provider and directory are forwarded to the central security log platform.",
          "The identity provider's built-in risk detections, and a threat sensor on each on-premises directory where one exists, raise alerts in the security operations queue.",
          "Every high-severity identity alert is triaged by an analyst and its outcome recorded.",
        ],
        advanced: [
          "Detection rules cover password spraying, MFA fatigue, token replay, new privileged role grants, new federation trusts or application credentials, and directory replication or Kerberos ticket abuse.",
          "Each identity detection has a response playbook stating who revokes sessions, resets credentials and removes persistence.",
        ],
        optimal: [
          `High-confidence identity compromise detections disable the account or revoke its sessions automatically within ${N.containment}.`,
          "Behaviour baselines of users and non-human identities raise alerts on deviation and raise the user risk that access policy acts on.",
        ],
      },
      evidence: {
        traditional: "Log settings showing identity logs kept only at the source.",
        initial: "Log forwarding configuration and ingestion volumes per identity source; detection and sensor settings; triage records for high-severity identity alerts.",
        advanced: "Identity detection rule list mapped to the named attacks; playbooks; results of a test that triggers each rule.",
        optimal: "Automated response rules with run history and timings; behaviour analytics settings and the risk signals they produce.",
      },
      verify: "SIEM or XDR console: identity data connectors, analytic rules and their last triggers, and incident records; identity threat detection sensor health on each directory server; run a harmless simulated spraying or role-grant test and follow the alert to its response.",
      naAllowed: false,
      importance: "standard",
      group: "privileged-access",
      prerequisites: [{ level: "initial", question: "VIS-05", atLeast: "initial" }],
      microsoft: { pillar: "Identity", scenarios: ["prevent-breach-damage", "modernize-posture"], objective: "identity.3" },
      dod: {
        initial: [{ capability: "7.1", level: "target" }],
        advanced: [
          { capability: "7.2", level: "target" },
          { capability: "1.6", level: "target" },
        ],
        optimal: [{ capability: "7.4", level: "advanced" }],
      },
    },
  },
  {
    id: "IDN-10",
    pillar: "identity",
    title: "Access reviews and identity governance",
    prompt: "Who decides who may have which access, how do owners confirm it over time, and what happens to access they do not confirm?",
    why: "Access accumulates over years. A written identity policy, certification by the people who understand each system and checks for toxic combinations are what remove access nobody needs any more.",
    levels: {
      traditional: "Access is not reviewed and no policy says who approves what.",
      initial: `A written identity policy names approvers, and privileged access is reviewed ${N.yearly}.`,
      advanced: `Owners certify privileged and sensitive-application access ${N.accessReview} in a tool, and unconfirmed access is removed.`,
      optimal: "Conflicting requests are blocked, reviews start from unused or risky access, and reviewers see usage data.",
    },
    weight: 2,
    mappings: { cisa: [{ pillar: "identity", function: "Governance" }], nist: [3], dod: "User" },
    nextSteps: {
      traditional: {
        action: "Write and approve an identity and access policy that names the approver for each application and privileged role, and run a recorded review of privileged role membership.",
        effort: "S",
        impact: 3,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Move certification of privileged roles and sensitive applications into an identity governance tool on the bank's cycle, remove unconfirmed access automatically, and define separation-of-duties conflicts for the applications that make payments or grant access.",
        effort: "M",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3"],
      },
      advanced: {
        action: "Block conflicting requests when they are made, start a review when access goes unused or looks anomalous, and show reviewers last-use and peer data for each entitlement.",
        effort: "M",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "No owner certifies access, or reviews happen only when an auditor asks.",
          "Who may approve access to each application is not written down.",
        ],
        initial: [
          "An approved identity and access policy names the approver for each application and privileged role.",
          `Privileged role membership is reviewed at least ${N.yearly}, and the review is recorded.`,
        ],
        advanced: [
          `Owners certify access to every privileged role and every application holding sensitive data ${N.accessReview} in an identity governance tool.`,
          "Access not confirmed by the end of a review is removed automatically.",
          "Separation-of-duties conflicts are defined for every application that makes payments or grants access, and are reported in each review.",
        ],
        optimal: [
          "A request that would create a separation-of-duties conflict is blocked or needs a recorded risk acceptance.",
          "Access that goes unused or is flagged as anomalous starts a review by its owner outside the scheduled cycle.",
          "Reviewers see the last use and peer comparison of each entitlement they certify.",
        ],
      },
      evidence: {
        traditional: "Statement that no reviews are run, or an auditor's request list.",
        initial: "Approved identity and access policy; record of the last privileged-membership review.",
        advanced: "Review campaigns with scope, completion rates and automatic removals; separation-of-duties rule set.",
        optimal: "Request logs showing conflicts blocked or accepted; triggered reviews; reviewer screen showing usage data.",
      },
      verify: "Identity governance console: review campaigns, their scope, completion and outcomes; provisioning logs confirming removals; separation-of-duties rules; interview two application owners about their last review.",
      naAllowed: false,
      importance: "standard",
      group: "identity-lifecycle",
      prerequisites: [{ level: "advanced", question: "IDN-03", atLeast: "advanced" }],
      microsoft: { pillar: "Identity", scenarios: ["regulatory-compliance", "protect-sensitive-data"], objective: "identity.4" },
      dod: {
        initial: [{ capability: "1.2", level: "target" }],
        advanced: [
          { capability: "1.2", level: "target" },
          { capability: "1.7", level: "target" },
        ],
        optimal: [{ capability: "1.2", level: "advanced" }],
      },
    },
  },
  {
    id: "IDN-11",
    pillar: "identity",
    title: "AI agent identities",
    prompt: "When AI agents and AI services act on enterprise systems, which identities do they use, who owns them and how far can they reach?",
    why: "An agent that calls tools and APIs acts with whatever identity it is given. Run under a developer's account or a shared key, a manipulated agent inherits that person's reach; each agent needs its own identity, an accountable owner and only the permissions its task requires.",
    levels: {
      traditional: "Agents run under personal accounts, shared keys or identities nobody can name.",
      initial: "AI agents are inventoried, each with its own identity and a human owner.",
      advanced: "Agent identities are least-privilege, logged and tied to their owner's lifecycle.",
      optimal: "Agents are discovered automatically, fall under access policy, lose unused rights and are blocked when anomalous.",
    },
    weight: 1,
    mappings: {
      cisa: [
        { pillar: "identity", function: "Identity Stores" },
        { pillar: "identity", function: "Access Management" },
      ],
      nist: [3, 6],
      dod: "User",
    },
    nextSteps: {
      traditional: {
        action: "Inventory every AI agent and AI service that reaches enterprise systems, name a human owner for each, and move each agent onto its own identity.",
        effort: "M",
        impact: 4,
        achieves: ["initial-1", "initial-2"],
      },
      initial: {
        action: "Cut each agent's permissions to its documented purpose, switch agents acting for users to delegated access, send agent sign-ins and actions to the central log platform, and link each agent to its owner's leaver process.",
        effort: "M",
        impact: 4,
        achieves: ["advanced-1", "advanced-2", "advanced-3", "advanced-4"],
      },
      advanced: {
        action: "Discover agents automatically, including those built in low-code tools, put every agent identity under access policy, remove unused agent permissions automatically, and block agents that leave their behaviour baseline.",
        effort: "L",
        impact: 3,
        achieves: ["optimal-1", "optimal-2", "optimal-3", "optimal-4"],
      },
    },
    detail: {
      criteria: {
        traditional: [
          "AI agents and automations call enterprise systems with a developer's personal account, a shared API key or a credential nobody can name.",
          "No list shows which AI agents exist or what they can reach.",
        ],
        initial: [
          "Every AI agent and AI service with access to enterprise systems is recorded in an inventory with a human owner and purpose.",
          "Each agent in the inventory authenticates with its own identity, distinct from any person's account.",
        ],
        advanced: [
          "Each agent's permissions are limited to the resources its documented purpose needs, with no tenant-wide or administrator role.",
          "Agents acting for a user use delegated access limited to that user's rights, not broader application permissions.",
          "Agent sign-ins and actions are logged to the central security log platform.",
          "An agent whose owner leaves is reassigned or disabled through the leaver process.",
        ],
        optimal: [
          `${N.coverageOptimal} of agents, including those built in low-code tools, are discovered automatically into the inventory, with documented exceptions.`,
          `Agent permissions unused for ${N.inactiveAccount} are removed automatically.`,
          "An agent acting outside its behaviour baseline (new resources, unusual volume) is blocked automatically until its owner reviews it.",
          "Access policy applies to every agent identity, limiting where and under which conditions it can sign in.",
        ],
      },
      evidence: {
        traditional: "Sample of agents or automations found running under personal accounts or shared keys.",
        initial: "Agent inventory with owners and purposes; identity objects of the listed agents.",
        advanced: "Permission grants per agent; delegated-access configuration; agent sign-in logs in the central platform; leaver workflow covering agent ownership.",
        optimal: "Discovery tool settings and coverage; removal job history; blocking rule with its run history; access policies scoped to agent identities.",
      },
      verify: "Identity provider and AI platform consoles: agent and service identities with their owners, granted permissions and sign-in logs, compared with the inventory; low-code and AI studio environments for agents missing from it.",
      naAllowed: true,
      importance: "standard",
      group: "ai",
      prerequisites: [],
      microsoft: { pillar: "AI", scenarios: ["protect-sensitive-data", "prevent-breach-damage", "modernize-posture"], objective: "ai.1" },
      dod: { initial: [{ capability: "1.1", level: "target" }], advanced: [{ capability: "1.7", level: "target" }] },
    },
  },
];
