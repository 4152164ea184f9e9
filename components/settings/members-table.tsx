"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/actions/settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select";
import { ROLES, type Role } from "@/lib/permissions";
import { MemberAccess } from "./member-access";
import { ROLE_LABELS } from "@/lib/permissions";

export interface MemberView {
  membershipId: string;
  name: string;
  email: string;
  role: Role;
  isYou: boolean;
  /** Whether the viewer may change this member's role, remove them, end their sessions and revoke their tokens. */
  manageable: boolean;
  /** The organisation's only owner: neither removed nor demoted, or it would have no owner. */
  onlyOwner: boolean;
}

export function MembersTable({ members, canManage, grantableRoles }: { members: MemberView[]; canManage: boolean; grantableRoles: Role[] }) {
  const roleChange = useActionForm(changeMemberRoleAction);
  const removal = useActionForm(removeMemberAction);
  const pending = roleChange.pending || removal.pending;
  const error = roleChange.error ?? removal.error;
  const [openAccess, setOpenAccess] = useState<string>();
  // Below the table rather than in it, so the panel never scrolls sideways with a wide table.
  const opened = members.find((member) => member.membershipId === openAccess && member.manageable);

  return (
    <div className="grid min-w-0 gap-3">
      {error ? <Alert>{error}</Alert> : null}
      <div className="relative overflow-x-auto rounded-lg border border-border">
        <table className="w-full text-sm">
          <thead className="bg-muted/60 text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Name</th>
              <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">Email</th>
              <th scope="col" className="px-3 py-2 font-medium">Role</th>
              {canManage ? <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const editable = member.manageable && !member.onlyOwner;
              return (
                <tr key={member.membershipId} className="border-t border-border">
                  <td className="px-3 py-2">
                    {member.name}
                    {member.isYou ? <span className="ml-2 text-xs text-muted-foreground">(you)</span> : null}
                    {/* Phones have no room for an email column: the address goes under the name. */}
                    <span className="block text-xs text-muted-foreground [overflow-wrap:anywhere] sm:hidden">{member.email}</span>
                  </td>
                  <td className="hidden px-3 py-2 text-muted-foreground sm:table-cell">{member.email}</td>
                  <td className="px-3 py-2">
                    {editable ? (
                      <NativeSelect
                        aria-label={`Role of ${member.name}`}
                        value={member.role}
                        disabled={pending}
                        onChange={(event) => {
                          removal.reset();
                          roleChange.submit({ membershipId: member.membershipId, role: event.target.value });
                        }}
                      >
                        {ROLES.filter((role) => role === member.role || grantableRoles.includes(role)).map((role) => (
                          <option key={role} value={role}>
                            {ROLE_LABELS[role]}
                          </option>
                        ))}
                      </NativeSelect>
                    ) : (
                      <span className="whitespace-nowrap">
                        {ROLE_LABELS[member.role]}
                        {member.onlyOwner ? <span className="block text-xs text-muted-foreground">Only owner</span> : null}
                      </span>
                    )}
                  </td>
                  {canManage ? (
                    <td className="px-3 py-2 text-right">
                      <div className="flex flex-wrap justify-end gap-1">
                        {member.manageable ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-expanded={openAccess === member.membershipId}
                            aria-controls={openAccess === member.membershipId ? "member-access-panel" : undefined}
                            onClick={() => setOpenAccess(openAccess === member.membershipId ? undefined : member.membershipId)}
                          >
                            Access
                          </Button>
                        ) : null}
                        {editable ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            disabled={pending}
                            onClick={() => {
                              if (!window.confirm(`Remove ${member.name} from this organisation?`)) return;
                              roleChange.reset();
                              removal.submit({ membershipId: member.membershipId });
                            }}
                          >
                            Remove
                          </Button>
                        ) : null}
                      </div>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {opened ? <MemberAccess key={opened.membershipId} membershipId={opened.membershipId} name={opened.name} /> : null}
    </div>
  );
}
