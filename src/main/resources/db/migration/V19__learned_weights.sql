-- Weights of the match score's parts learned from the program's decisions (decision 031). Each
-- relearn adds a row; ranking uses the latest. A row also says what it was learned from and how the
-- weights did in the history replay (learned on the earlier months, measured on the later ones).
create table learned_weights (
    version             integer          not null,
    learned_at          timestamp with time zone not null,
    requested_by        varchar(254)     not null,
    -- false: too few labels, the design weights were kept
    learned             boolean          not null,
    labels              integer          not null,
    positives           integer          not null,
    negatives           integer          not null,
    -- decisions that are no relevance label (other, expired, withdrawn, a requirement reason with no gap)
    set_aside           integer          not null,
    -- declines for no capacity: a capacity signal, not a label
    capacity_declines   integer          not null,
    text_weight         double precision not null,
    clinical_weight     double precision not null,
    category_weight     double precision not null,
    setting_weight      double precision not null,
    requirement_factor  double precision not null,
    region_factor       double precision not null,
    replay_train_months integer          not null,
    replay_test_months  integer          not null,
    -- mean nDCG of the later months' decided pairs ordered by the learned and by the design weights
    replay_ndcg_learned double precision,
    replay_ndcg_design  double precision,
    constraint pk_learned_weights primary key (version)
);
