-- Published seams: the only relations of other modules that supervision's SQL reads (docs/supervision.md).
-- A rule over a million cases has to be a join, not a loop over Java APIs; these views say which columns that
-- join may see, and each belongs to the module that owns the table below it. They are plain projections, so that
-- PostgreSQL inlines them and the sweep's and board's indexes (V6) answer as before.

-- Owned by applications: every case with the dates its clocks keep, and the due date that governs it now (the
-- rule of ApplicationClocks.remainingWorkingDays: acceptance while submitted, the promise while handled, delivery
-- once decided), written as the expression of the board's indexes (V6) so that ordering by it reads them.
create view application_case as
select id, site_id, unit_id, service_item_id, item_name, state, handler, region, clock_suspended, provisional,
       submitted_on, accepted_on, decided_on, completed_on,
       acceptance_due, promised_due, statutory_due, step_due, delivery_due,
       fee_charged, rejection_legal_basis,
       (case state when 'SUBMITTED' then acceptance_due when 'ACCEPTED' then promised_due else delivery_due end) as governing_due
from application;

-- Owned by applications: the open cases the board shows (waiting for acceptance, being handled, decided and
-- waiting for delivery), with their governing due date.
create view application_open_case as
select * from application_case
where state in ('SUBMITTED', 'ACCEPTED', 'APPROVED', 'DENIED');

-- Owned by services (the catalogue): each live service item's fee standard, the sum of the live fees its live
-- guide lists. A fee no longer published counts nothing; an amount that is not a number counts nothing.
create view catalogue_fee_standard as
select i.entry_id as item_id,
       coalesce(sum(case jsonb_typeof(f.content::jsonb -> 'amount')
                        when 'number' then (f.content::jsonb ->> 'amount')::numeric
                        when 'string' then case when (f.content::jsonb ->> 'amount') ~ '^[0-9]+([.][0-9]+)?$'
                                                then (f.content::jsonb ->> 'amount')::numeric end
                    end), 0) as total
from published_entry i
left join lateral jsonb_array_elements_text(
        case when jsonb_typeof(i.content::jsonb -> 'fees') = 'array' then i.content::jsonb -> 'fees'
             else '[]'::jsonb end) as listed(fee_id) on true
left join published_entry f
       on f.kind = 'FEE' and listed.fee_id ~ '^[0-9]{1,18}$' and f.entry_id = listed.fee_id::bigint
where i.kind = 'ITEM'
group by i.entry_id;

-- Owned by units: the unit directory as other modules' reports list it.
create view unit_directory as
select id, site_id, code, name, sort_order from unit;
