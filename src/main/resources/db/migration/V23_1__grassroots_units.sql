-- Party organisations (党委, 党总支, 党支部) are units of their own, placed under the unit or village they are attached to
-- (issue 14). Their level is the grassroots module's (party_organisation, V23_2).
alter table unit drop constraint unit_kind_known;
alter table unit add constraint unit_kind_known
    check (kind in ('COUNTY','TOWNSHIP','FARM','DEPARTMENT','SUBORDINATE','VILLAGE','COMMUNITY','PARTY_ORGANISATION'));
