--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: mamori_upgrade_fixture; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA mamori_upgrade_fixture;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alert_delivery; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.alert_delivery (
    tenant_id character varying(64) NOT NULL,
    alert_id character varying(32) NOT NULL,
    channel character varying(16) NOT NULL,
    state character varying(16) NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_at bigint NOT NULL,
    last_error character varying(300),
    delivered_at bigint,
    created_at bigint NOT NULL
);


--
-- Name: alert_scan; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.alert_scan (
    tenant_id character varying(64) NOT NULL,
    floor bigint NOT NULL,
    seen_to bigint NOT NULL
);


--
-- Name: api_token; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.api_token (
    token_hash bytea NOT NULL,
    token_id character varying(32) NOT NULL,
    tenant_id character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    label character varying(100) NOT NULL,
    issued_by character varying(200) NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    revoked_at bigint,
    last_used_at bigint,
    kind character varying(16) DEFAULT 'operator'::character varying NOT NULL,
    networks character varying(2000) DEFAULT ''::character varying NOT NULL
);


--
-- Name: app_user; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.app_user (
    tenant_id character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    organisation_id character varying(64) NOT NULL,
    display_name character varying(200) NOT NULL,
    role character varying(32) NOT NULL,
    created_at bigint NOT NULL,
    disabled_at bigint
);


--
-- Name: detect_network; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.detect_network (
    tenant_id character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    network character varying(64) NOT NULL,
    organisation_id character varying(64) NOT NULL,
    first_seen bigint NOT NULL
);


--
-- Name: detect_position; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.detect_position (
    tenant_id character varying(64) NOT NULL,
    "position" bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: detect_rule_file; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.detect_rule_file (
    tenant_id character varying(64) NOT NULL,
    version integer NOT NULL,
    text text NOT NULL,
    sha256 character varying(64) NOT NULL,
    rules integer NOT NULL,
    loaded_by character varying(64) NOT NULL,
    loaded_at bigint NOT NULL
);


--
-- Name: entrustment; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.entrustment (
    tenant_id character varying(64) NOT NULL,
    entrustment_id character varying(32) NOT NULL,
    parent_id character varying(32),
    from_org character varying(64) NOT NULL,
    to_org character varying(64) NOT NULL,
    status character varying(16) NOT NULL,
    approval character varying(16) NOT NULL,
    approved_by character varying(64),
    approved_at bigint,
    advance_by character varying(64),
    advance_at bigint,
    confidentiality integer NOT NULL,
    no_takeout integer NOT NULL,
    staff text NOT NULL,
    inspection integer NOT NULL,
    purpose_only integer NOT NULL,
    return_or_disposal integer NOT NULL,
    compliance_reports text NOT NULL,
    advance_sub character varying(64),
    advance_documents text,
    advance_reports integer NOT NULL,
    purposes text NOT NULL,
    fields text NOT NULL,
    person_kind character varying(16) NOT NULL,
    person_ref character varying(200) NOT NULL,
    period_from character varying(10) NOT NULL,
    period_to character varying(10) NOT NULL,
    daily_cap bigint NOT NULL,
    actions character varying(200) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    requested_by character varying(64)
);


--
-- Name: entrustment_contract; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.entrustment_contract (
    tenant_id character varying(64) NOT NULL,
    entrustment_id character varying(32) NOT NULL,
    version integer NOT NULL,
    sha256 character varying(64) NOT NULL,
    size bigint NOT NULL,
    sealed bytea NOT NULL,
    uploaded_by character varying(64) NOT NULL,
    uploaded_at bigint NOT NULL
);


--
-- Name: entrustment_epoch; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.entrustment_epoch (
    tenant_id character varying(64) NOT NULL,
    epoch bigint NOT NULL
);


--
-- Name: entrustment_volume; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.entrustment_volume (
    tenant_id character varying(64) NOT NULL,
    entrustment_id character varying(32) NOT NULL,
    day character varying(10) NOT NULL,
    count bigint NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: found_report; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.found_report (
    tenant_id character varying(64) NOT NULL,
    report_id character varying(24) NOT NULL,
    document_id character varying(8) NOT NULL,
    page_no integer NOT NULL,
    reported_at bigint NOT NULL,
    alert_id character varying(64),
    state character varying(16) NOT NULL,
    decision character varying(32),
    decision_note character varying(1000),
    decided_by character varying(64),
    decided_at bigint
);


--
-- Name: handover_document; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.handover_document (
    tenant_id character varying(64) NOT NULL,
    document_id character varying(8) NOT NULL,
    kind character varying(16) NOT NULL,
    title character varying(200) NOT NULL,
    person_token character varying(64),
    persons integer NOT NULL,
    pages integer NOT NULL,
    purpose_id character varying(64) NOT NULL,
    case_ref character varying(100) NOT NULL,
    printer character varying(100) NOT NULL,
    printed_by character varying(64) NOT NULL,
    printed_at bigint NOT NULL,
    expires_at bigint,
    used_at bigint,
    wrong_tries integer DEFAULT 0 NOT NULL,
    locked_at bigint
);


--
-- Name: handover_document_person; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.handover_document_person (
    tenant_id character varying(64) NOT NULL,
    document_id character varying(8) NOT NULL,
    person_token character varying(64) NOT NULL
);


--
-- Name: handover_page; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.handover_page (
    tenant_id character varying(64) NOT NULL,
    document_id character varying(8) NOT NULL,
    page_no integer NOT NULL,
    internal integer NOT NULL,
    printed_at bigint NOT NULL,
    handover_id character varying(24),
    handed_at bigint,
    returned_at bigint,
    returned_by character varying(64),
    disposition character varying(16)
);


--
-- Name: handover_scan; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.handover_scan (
    tenant_id character varying(64) NOT NULL,
    handover_id character varying(24) NOT NULL,
    seq integer NOT NULL,
    document_id character varying(8) NOT NULL,
    page_no integer NOT NULL,
    verdict character varying(16) NOT NULL,
    scanned_at bigint NOT NULL
);


--
-- Name: handover_session; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.handover_session (
    tenant_id character varying(64) NOT NULL,
    handover_id character varying(24) NOT NULL,
    person_token character varying(64) NOT NULL,
    by_document character varying(8) NOT NULL,
    counter character varying(100) NOT NULL,
    started_by character varying(64) NOT NULL,
    started_at bigint NOT NULL,
    state character varying(16) NOT NULL,
    stop_document character varying(8),
    stop_page integer,
    stop_reason character varying(64),
    stopped_at bigint,
    acknowledged_by character varying(64),
    acknowledged_at bigint,
    finished_at bigint,
    pages integer DEFAULT 0 NOT NULL
);


--
-- Name: incident; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.incident (
    tenant_id character varying(64) NOT NULL,
    incident_id character varying(32) NOT NULL,
    title character varying(200) NOT NULL,
    summary character varying(4000) NOT NULL,
    opened_at bigint NOT NULL,
    opened_by character varying(64) NOT NULL,
    aware_at bigint NOT NULL,
    suspect_kind character varying(16) NOT NULL,
    suspect character varying(200) NOT NULL,
    window_from bigint NOT NULL,
    window_to bigint NOT NULL,
    status character varying(16) NOT NULL,
    classification text DEFAULT ''::character varying NOT NULL,
    preliminary_due bigint,
    final_due bigint,
    affected_count bigint DEFAULT 0 NOT NULL,
    affected_at bigint,
    closed_at bigint,
    closed_by character varying(64),
    close_reason character varying(500)
);


--
-- Name: incident_alert; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.incident_alert (
    tenant_id character varying(64) NOT NULL,
    incident_id character varying(32) NOT NULL,
    alert_id character varying(32) NOT NULL
);


--
-- Name: incident_notice; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.incident_notice (
    tenant_id character varying(64) NOT NULL,
    incident_id character varying(32) NOT NULL,
    person_token character varying(128) NOT NULL,
    channel character varying(16) NOT NULL,
    log_index bigint NOT NULL,
    notified_at bigint NOT NULL
);


--
-- Name: incident_person; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.incident_person (
    tenant_id character varying(64) NOT NULL,
    incident_id character varying(32) NOT NULL,
    person_token character varying(128) NOT NULL,
    actions character varying(200) NOT NULL,
    evidence character varying(4000) NOT NULL,
    first_at bigint NOT NULL,
    last_at bigint NOT NULL
);


--
-- Name: incident_report; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.incident_report (
    tenant_id character varying(64) NOT NULL,
    incident_id character varying(32) NOT NULL,
    kind character varying(16) NOT NULL,
    version integer NOT NULL,
    body text NOT NULL,
    sha256 character varying(64) NOT NULL,
    saved_by character varying(64) NOT NULL,
    saved_at bigint NOT NULL,
    log_index bigint NOT NULL,
    submitted_at bigint,
    submitted_by character varying(64)
);


--
-- Name: instance; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.instance (
    singleton integer NOT NULL,
    instance_id character varying(36) NOT NULL,
    created_at bigint NOT NULL,
    CONSTRAINT instance_singleton_check CHECK ((singleton = 1))
);


--
-- Name: log_bundle; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.log_bundle (
    tenant_id character varying(64) NOT NULL,
    bundle_index bigint NOT NULL,
    entries bytea NOT NULL
);


--
-- Name: log_checkpoint; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.log_checkpoint (
    tenant_id character varying(64) NOT NULL,
    tree_size bigint NOT NULL,
    note text NOT NULL,
    signed_at bigint NOT NULL
);


--
-- Name: log_person; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.log_person (
    tenant_id character varying(64) NOT NULL,
    generation integer NOT NULL,
    person_token character varying(1024) NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: log_state; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.log_state (
    tenant_id character varying(64) NOT NULL,
    origin character varying(255) NOT NULL,
    tree_size bigint NOT NULL,
    root_hash bytea NOT NULL
);


--
-- Name: log_tile; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.log_tile (
    tenant_id character varying(64) NOT NULL,
    tile_level integer NOT NULL,
    tile_index bigint NOT NULL,
    hashes bytea NOT NULL
);


--
-- Name: org_person_token; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.org_person_token (
    tenant_id character varying(64) NOT NULL,
    organisation_id character varying(64) NOT NULL,
    token character varying(64) NOT NULL,
    own_token character varying(64) NOT NULL
);


--
-- Name: organisation; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.organisation (
    org_id character varying(64) NOT NULL,
    tenant_id character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    kind character varying(16) NOT NULL,
    corporate_number character varying(13),
    address character varying(400) DEFAULT ''::character varying NOT NULL,
    country character varying(2) DEFAULT 'JP'::character varying NOT NULL,
    networks text DEFAULT ''::text NOT NULL,
    parent_org character varying(64),
    token_hours integer
);


--
-- Name: passkey_credential; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.passkey_credential (
    credential_id bytea NOT NULL,
    user_handle bytea NOT NULL,
    public_key bytea NOT NULL,
    signature_count bigint NOT NULL,
    uv_initialized integer NOT NULL,
    backup_eligible integer NOT NULL,
    backup_state integer NOT NULL,
    transports character varying(200) NOT NULL,
    attestation_object bytea,
    client_data_json bytea,
    label character varying(100) NOT NULL,
    created_at bigint NOT NULL,
    last_used_at bigint NOT NULL
);


--
-- Name: passkey_user; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.passkey_user (
    user_handle bytea NOT NULL,
    owner_id character varying(64) NOT NULL,
    display_name character varying(200) NOT NULL
);


--
-- Name: person; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.person (
    tenant_id character varying(64) NOT NULL,
    person_id bigint NOT NULL,
    token character varying(19) NOT NULL,
    number_index bytea,
    name_index bytea,
    fingerprint bytea,
    version integer NOT NULL,
    data_key bytea,
    fields bytea,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    erased_at bigint,
    number_erased_at bigint
);


--
-- Name: person_document; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.person_document (
    tenant_id character varying(64) NOT NULL,
    person_id bigint NOT NULL,
    document_id bigint NOT NULL,
    job_id character varying(32) NOT NULL,
    type_id character varying(64) NOT NULL,
    fields bytea NOT NULL,
    accepted_at bigint NOT NULL
);


--
-- Name: person_list; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.person_list (
    tenant_id character varying(64) NOT NULL,
    list_id character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    created_by character varying(100) NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: person_list_member; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.person_list_member (
    tenant_id character varying(64) NOT NULL,
    list_id character varying(64) NOT NULL,
    person_id bigint NOT NULL
);


--
-- Name: person_tag; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.person_tag (
    tenant_id character varying(64) NOT NULL,
    tag_hash bytea NOT NULL,
    person_id bigint NOT NULL
);


--
-- Name: person_version; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.person_version (
    tenant_id character varying(64) NOT NULL,
    person_id bigint NOT NULL,
    version integer NOT NULL,
    fields bytea NOT NULL,
    replaced_at bigint NOT NULL
);


--
-- Name: purpose; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.purpose (
    tenant_id character varying(64) NOT NULL,
    purpose_id character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    legal_basis character varying(1000) NOT NULL,
    retention_years integer NOT NULL,
    retention_from character varying(64) NOT NULL,
    retention_disposal character varying(16) DEFAULT 'RECORD'::character varying NOT NULL,
    retention_source character varying(1000) DEFAULT ''::character varying NOT NULL
);


--
-- Name: resident_account; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.resident_account (
    tenant_id character varying(64) NOT NULL,
    resident_id character varying(32) NOT NULL,
    person_token character varying(32) NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: resident_letter; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.resident_letter (
    tenant_id character varying(64) NOT NULL,
    letter_number character varying(16) NOT NULL,
    person_token character varying(32) NOT NULL,
    code_hash bytea NOT NULL,
    issued_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    tries integer DEFAULT 0 NOT NULL,
    used_at bigint,
    locked_at bigint,
    replaced_at bigint
);


--
-- Name: retention_basis; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.retention_basis (
    tenant_id character varying(64) NOT NULL,
    person_id bigint NOT NULL,
    purpose_id character varying(64) NOT NULL,
    event_day integer,
    keep_until integer,
    recorded_by character varying(64) NOT NULL,
    recorded_at bigint NOT NULL
);


--
-- Name: retention_hold; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.retention_hold (
    tenant_id character varying(64) NOT NULL,
    hold_id character varying(16) NOT NULL,
    kind character varying(16) NOT NULL,
    reference character varying(100) NOT NULL,
    reason character varying(400) NOT NULL,
    persons integer NOT NULL,
    placed_by character varying(64) NOT NULL,
    placed_at bigint NOT NULL,
    lifted_by character varying(64),
    lifted_at bigint
);


--
-- Name: retention_hold_person; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.retention_hold_person (
    tenant_id character varying(64) NOT NULL,
    person_id bigint NOT NULL,
    hold_id character varying(16) NOT NULL
);


--
-- Name: retention_run; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.retention_run (
    tenant_id character varying(64) NOT NULL,
    run_id character varying(16) NOT NULL,
    as_of integer NOT NULL,
    state character varying(16) NOT NULL,
    persons integer NOT NULL,
    whole integer DEFAULT 0 NOT NULL,
    number_only integer DEFAULT 0 NOT NULL,
    kept integer DEFAULT 0 NOT NULL,
    proposed_by character varying(64) NOT NULL,
    proposed_at bigint NOT NULL,
    approved_by character varying(64),
    approved_at bigint,
    standing integer DEFAULT 0 NOT NULL,
    started_at bigint,
    finished_at bigint,
    cancelled_by character varying(64),
    cancelled_at bigint,
    everyone_of character varying(1000) DEFAULT ''::character varying NOT NULL,
    runner character varying(16),
    lease_until bigint
);


--
-- Name: retention_run_person; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.retention_run_person (
    tenant_id character varying(64) NOT NULL,
    run_id character varying(16) NOT NULL,
    person_id bigint NOT NULL,
    token character varying(19) NOT NULL,
    disposal character varying(16) NOT NULL,
    purposes character varying(1000) NOT NULL,
    state character varying(16) NOT NULL,
    kept_reason character varying(64),
    done_at bigint
);


--
-- Name: retention_standing; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.retention_standing (
    tenant_id character varying(64) NOT NULL,
    purpose_id character varying(64) NOT NULL,
    approved_by character varying(64) NOT NULL,
    approved_at bigint NOT NULL
);


--
-- Name: retired_key; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.retired_key (
    tenant_id character varying(64) NOT NULL,
    key_id bigint NOT NULL,
    started_at bigint NOT NULL,
    deleted_at bigint,
    destroyed_at bigint,
    root_generation bigint
);


--
-- Name: root_key_check; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.root_key_check (
    singleton integer NOT NULL,
    kind character varying(16) NOT NULL,
    check_value bytea NOT NULL,
    created_at bigint NOT NULL,
    CONSTRAINT root_key_check_singleton_check CHECK ((singleton = 1))
);


--
-- Name: security_alert; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.security_alert (
    tenant_id character varying(64) NOT NULL,
    alert_id character varying(32) NOT NULL,
    kind character varying(64) NOT NULL,
    subject character varying(200) NOT NULL,
    detail character varying(1000) NOT NULL,
    raised_at bigint NOT NULL,
    closed_at bigint,
    closed_by character varying(64),
    severity character varying(16) DEFAULT 'medium'::character varying NOT NULL,
    evidence character varying(4000) DEFAULT ''::character varying NOT NULL,
    policy character varying(32) DEFAULT 'notify'::character varying NOT NULL,
    taken character varying(200) DEFAULT ''::character varying NOT NULL,
    acknowledged_at bigint,
    acknowledged_by character varying(64),
    assignee character varying(64),
    close_reason character varying(500)
);


--
-- Name: staff_volume; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.staff_volume (
    tenant_id character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    day character varying(10) NOT NULL,
    count bigint NOT NULL
);


--
-- Name: tenant; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.tenant (
    tenant_id character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    created_at bigint NOT NULL,
    created_by character varying(80) NOT NULL
);


--
-- Name: tenant_keyset; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.tenant_keyset (
    tenant_id character varying(64) NOT NULL,
    purpose character varying(16) NOT NULL,
    keyset bytea NOT NULL,
    version bigint NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: tenant_setting; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.tenant_setting (
    tenant_id character varying(64) NOT NULL,
    name character varying(64) NOT NULL,
    value character varying(256) NOT NULL
);


--
-- Name: transfer_challenge; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.transfer_challenge (
    tenant_id character varying(64) NOT NULL,
    package_id character varying(32) NOT NULL,
    answer_hash character varying(64) NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
);


--
-- Name: transfer_key; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.transfer_key (
    tenant_id character varying(64) NOT NULL,
    fingerprint character varying(64) NOT NULL,
    public_key bytea NOT NULL,
    private_key bytea NOT NULL,
    created_by character varying(64) NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: transfer_opened; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.transfer_opened (
    tenant_id character varying(64) NOT NULL,
    package_id character varying(32) NOT NULL,
    sender_id character varying(64) NOT NULL,
    purpose_id character varying(64) NOT NULL,
    case_ref character varying(100) NOT NULL,
    persons bigint NOT NULL,
    state character varying(16) NOT NULL,
    opened_by character varying(64) NOT NULL,
    started_at bigint NOT NULL,
    finished_at bigint,
    imported bigint,
    updated bigint,
    unchanged bigint
);


--
-- Name: transfer_package; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.transfer_package (
    tenant_id character varying(64) NOT NULL,
    package_id character varying(32) NOT NULL,
    recipient_id character varying(64) NOT NULL,
    fingerprint character varying(64) NOT NULL,
    purpose_id character varying(64) NOT NULL,
    case_ref character varying(100) NOT NULL,
    selection character varying(100) NOT NULL,
    fields character varying(400) NOT NULL,
    mode character varying(16) NOT NULL,
    persons bigint NOT NULL,
    state character varying(16) NOT NULL,
    release_share bytea,
    sha256 character varying(64),
    log_size bigint,
    created_by character varying(64) NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    completed_at bigint,
    released_at bigint,
    opened_at bigint,
    lost_at bigint,
    lost_by character varying(64)
);


--
-- Name: transfer_recipient; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.transfer_recipient (
    tenant_id character varying(64) NOT NULL,
    recipient_id character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    public_key bytea NOT NULL,
    fingerprint character varying(64) NOT NULL,
    state character varying(16) NOT NULL,
    added_by character varying(64) NOT NULL,
    added_at bigint NOT NULL,
    revoked_at bigint
);


--
-- Name: transfer_sender; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.transfer_sender (
    tenant_id character varying(64) NOT NULL,
    sender_id character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    signing_key bytea NOT NULL,
    release_url character varying(400) NOT NULL,
    added_by character varying(64) NOT NULL,
    added_at bigint NOT NULL
);


--
-- Name: user_credential; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.user_credential (
    tenant_id character varying(64) NOT NULL,
    user_id character varying(64) NOT NULL,
    password_hash character varying(255),
    password_set_at bigint,
    totp_secret bytea,
    totp_enrolled_at bigint,
    totp_last_step bigint DEFAULT 0 NOT NULL,
    failures integer DEFAULT 0 NOT NULL,
    last_failure_at bigint,
    locked_at bigint,
    sessions_valid_from bigint DEFAULT 0 NOT NULL
);


--
-- Name: user_enrolment; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.user_enrolment (
    tenant_id character varying(64) NOT NULL,
    enrolment_id character varying(32) NOT NULL,
    user_id character varying(64) NOT NULL,
    code_hash bytea NOT NULL,
    issued_at bigint NOT NULL,
    issued_by character varying(80) NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint,
    replaced_at bigint
);


--
-- Name: witness_checkpoint; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.witness_checkpoint (
    origin character varying(255) NOT NULL,
    tree_size bigint NOT NULL,
    root_hash bytea NOT NULL,
    note text NOT NULL
);


--
-- Name: witness_refusal; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.witness_refusal (
    origin character varying(255) NOT NULL,
    tree_size bigint NOT NULL,
    root_hash bytea NOT NULL,
    reason text NOT NULL,
    held_size bigint NOT NULL,
    held_root bytea NOT NULL,
    offered_note text NOT NULL,
    proof text NOT NULL,
    refused_at bigint NOT NULL
);


--
-- Name: work_accuracy; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_accuracy (
    tenant_id character varying(64) NOT NULL,
    job_id character varying(32) NOT NULL,
    operator character varying(64) NOT NULL,
    keyed bigint NOT NULL,
    right_keys bigint NOT NULL
);


--
-- Name: work_document; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_document (
    tenant_id character varying(64) NOT NULL,
    document_id bigint NOT NULL,
    job_id character varying(32) NOT NULL,
    seq integer NOT NULL,
    source character varying(200) NOT NULL,
    pages integer NOT NULL,
    data_key bytea NOT NULL,
    state character varying(16) NOT NULL,
    person_id bigint,
    person_token character varying(128),
    loaded_at bigint NOT NULL,
    accepted_at bigint,
    tie_pending integer DEFAULT 0 NOT NULL,
    retry_after bigint,
    retry_failures integer DEFAULT 0 NOT NULL,
    held_reason text,
    held_at bigint
);


--
-- Name: work_entry; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_entry (
    tenant_id character varying(64) NOT NULL,
    task_id character varying(32) NOT NULL,
    side integer NOT NULL,
    document_id bigint NOT NULL,
    job_id character varying(32) NOT NULL,
    operator character varying(64) NOT NULL,
    entry bytea NOT NULL,
    entered_at bigint NOT NULL
);


--
-- Name: work_job; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_job (
    tenant_id character varying(64) NOT NULL,
    job_id character varying(32) NOT NULL,
    name character varying(200) NOT NULL,
    purpose_id character varying(64) NOT NULL,
    type_id character varying(64) NOT NULL,
    type_version integer NOT NULL,
    deadline bigint NOT NULL,
    state character varying(16) NOT NULL,
    created_by character varying(64) NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: work_pace_alert; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_pace_alert (
    tenant_id character varying(64) NOT NULL,
    job_id character varying(32) NOT NULL,
    tokyo_day character varying(10) NOT NULL,
    raised_at bigint NOT NULL
);


--
-- Name: work_page; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_page (
    tenant_id character varying(64) NOT NULL,
    document_id bigint NOT NULL,
    page_no integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    image bytea NOT NULL
);


--
-- Name: work_quota; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_quota (
    tenant_id character varying(64) NOT NULL,
    entrustment_id character varying(32) NOT NULL,
    hourly integer NOT NULL,
    daily integer NOT NULL,
    set_by character varying(64) NOT NULL,
    set_at bigint NOT NULL
);


--
-- Name: work_region; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_region (
    tenant_id character varying(64) NOT NULL,
    document_id bigint NOT NULL,
    field_id character varying(64) NOT NULL,
    image bytea NOT NULL
);


--
-- Name: work_task; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_task (
    tenant_id character varying(64) NOT NULL,
    task_id character varying(32) NOT NULL,
    job_id character varying(32) NOT NULL,
    document_id bigint NOT NULL,
    part_id character varying(64) NOT NULL,
    seq bigint NOT NULL,
    state character varying(16) NOT NULL,
    entries integer NOT NULL,
    held_by character varying(64),
    held_until bigint,
    created_at bigint NOT NULL,
    done_at bigint
);


--
-- Name: work_type; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_type (
    tenant_id character varying(64) NOT NULL,
    type_id character varying(64) NOT NULL,
    version integer NOT NULL,
    body text NOT NULL,
    sha256 character varying(64) NOT NULL,
    loaded_by character varying(64) NOT NULL,
    loaded_at bigint NOT NULL
);


--
-- Name: work_value; Type: TABLE; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE TABLE mamori_upgrade_fixture.work_value (
    tenant_id character varying(64) NOT NULL,
    document_id bigint NOT NULL,
    field_id character varying(64) NOT NULL,
    value bytea NOT NULL,
    decided character varying(16) NOT NULL
);


--
-- Data for Name: alert_delivery; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.alert_delivery (tenant_id, alert_id, channel, state, attempts, next_at, last_error, delivered_at, created_at) FROM stdin;
\.


--
-- Data for Name: alert_scan; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.alert_scan (tenant_id, floor, seen_to) FROM stdin;
\.


--
-- Data for Name: api_token; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.api_token (token_hash, token_id, tenant_id, user_id, label, issued_by, created_at, expires_at, revoked_at, last_used_at, kind, networks) FROM stdin;
\\xcfebbd7a98874c0570128bad04e4875425c8edf8a2249209313577e25f3df7ef	tok_0yWm4xb0NTvCTYxT8	demo-city	city-officer	demo	console:mamori-demo	1796650086972	1799242086972	\N	\N	operator	
\\x05336a042dd5530585435f9d4885b58f5b174f69c23a4373dae0ead5c0794b71	tok_0ISfd7lg3z9PYM5Qi	demo-city	city-admin	demo	console:mamori-demo	1796650087923	1799242087923	\N	\N	operator	
\\x6f045465b83549a5f1f0ff7a55803b714b781d79bc5008b470f249875c0b6fdc	tok_0EMl45n5zJKl3A24m	demo-city	city-staff	demo	console:mamori-demo	1796650088890	1799242088890	\N	\N	operator	
\\xb73737f7d86747dae02ca2dcac7c1c2c9daabd07b38a3cf3a11192ab1647c611	tok_08O5EGMukPc9P8b3S	demo-city	city-auditor	demo	console:mamori-demo	1796650090066	1799242090066	\N	\N	operator	
\\x094bdfc5e83c8c805269fc106f2ae97eb0af00dbc4e176537f40292b4755f7c8	tok_0BCB4sPxGa93n9rTq	demo-city	entry-admin	demo	console:mamori-demo	1796650090736	1799242090736	\N	\N	operator	
\\xca8db82278bc1866e4614fe07cb8f0e677b4d8628fdc47b71d1c4a87903d79bb	tok_0JjAquz2Yo7a4Dlvp	demo-city	entry-op1	demo	console:mamori-demo	1796650092894	1799242092894	\N	\N	operator	
\\xf07cbdf9cb26dda1caba3685fbf65301b6ea78cab6b17aceca842d3bd2aa2b58	tok_0AkXMtC2P8fhyaztA	demo-city	entry-op2	demo	console:mamori-demo	1796650093894	1799242093894	\N	\N	operator	
\\x6ef3e706b26e0e6dd186a9e43ca713f15481ac67ae67ffdd0e04313166f1f46b	tok_0fPhkABsjV7jdNhKf	demo-city	entry-verifier	demo	console:mamori-demo	1796650094554	1799242094554	\N	\N	operator	
\\x1a443e3bccd5365bbd4ade0c7dadc153226e788de9d753a9b402106c953ffe49	tok_0VGNfYvT6dTKcPjte	demo-city	sub-admin	demo	console:mamori-demo	1796650095202	1799242095202	\N	\N	operator	
\\x0eb2f5fb23d99533e7eb7961eea3dab6f08fd01106b474684f4937c236e4d461	tok_0GeCocCVGYSQIyu7X	demo-city	city-officer	mamori login	session:city-officer/web:da0bfb930776296852	1796650133981	1796678933981	1796650175393	1796650151947	cli	
\\x2c5be5955eb54b49710a061b94696471ccd444b5bae0f37e39994507abad47e8	tok_1SQWBw0DqVq0VNp6G	demo-city	entry-operator	demo	console:mamori-demo	1796650091590	1799242091590	\N	1796650179095	operator	
\\x8bf86865b87edb6c0b90f919e3b15c6540f450e62247dccf887c0f725f00c794	tok_1PAzG0pDo1GaGx4Rt	demo-city	sub-operator	demo	console:mamori-demo	1796650095422	1799242095422	\N	1796650188232	operator	
\.


--
-- Data for Name: app_user; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.app_user (tenant_id, user_id, organisation_id, display_name, role, created_at, disabled_at) FROM stdin;
demo-city	city-officer	demo-city	情報セキュリティ責任者	SECURITY_OFFICER	1796650079872	\N
demo-city	city-admin	demo-city	管理者	ORG_ADMIN	1796650079907	\N
demo-city	city-staff	demo-city	市役所 職員	STAFF	1796650083130	\N
demo-city	city-auditor	demo-city	市役所 監査担当	AUDITOR	1796650083306	\N
demo-city	entry-admin	entry-co	入力社 管理者	ORG_ADMIN	1796650083799	\N
demo-city	entry-operator	entry-co	入力社 オペレーター	OPERATOR	1796650084074	\N
demo-city	entry-op1	entry-co	入力社 入力担当1	OPERATOR	1796650084283	\N
demo-city	entry-op2	entry-co	入力社 入力担当2	OPERATOR	1796650084494	\N
demo-city	entry-verifier	entry-co	入力社 ベリファイ担当	OPERATOR	1796650084774	\N
demo-city	sub-admin	sub-co	再委託社 管理者	ORG_ADMIN	1796650085015	\N
demo-city	sub-operator	sub-co	再委託社 オペレーター	OPERATOR	1796650085182	\N
\.


--
-- Data for Name: detect_network; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.detect_network (tenant_id, user_id, network, organisation_id, first_seen) FROM stdin;
demo-city	entry-operator	127.0.0.0/24	entry-co	1796650179255
demo-city	sub-operator	127.0.0.0/24	sub-co	1796650188267
\.


--
-- Data for Name: detect_position; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.detect_position (tenant_id, "position", updated_at) FROM stdin;
demo-city	163	1796650188719
\.


--
-- Data for Name: detect_rule_file; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.detect_rule_file (tenant_id, version, text, sha256, rules, loaded_by, loaded_at) FROM stdin;
\.


--
-- Data for Name: entrustment; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.entrustment (tenant_id, entrustment_id, parent_id, from_org, to_org, status, approval, approved_by, approved_at, advance_by, advance_at, confidentiality, no_takeout, staff, inspection, purpose_only, return_or_disposal, compliance_reports, advance_sub, advance_documents, advance_reports, purposes, fields, person_kind, person_ref, period_from, period_to, daily_cap, actions, created_at, updated_at, requested_by) FROM stdin;
demo-city	ent-rdhy-bjfg-rd1g	\N	demo-city	entry-co	ACTIVE	none	\N	\N	\N	\N	1	1	entry-operator	1	1	1	monthly written report	\N	\N	0	resident-tax	my_number:PARTIAL,family_name:NONE,given_name:NONE,family_name_kana:NONE,given_name_kana:NONE,birth_date:NONE,address:NONE	ALL		2026-12-07	2027-12-07	10000	READ,ENTER	1796650085421	1796650085421	city-admin
demo-city	ent-djsq-fw0b-hwq4	ent-rdhy-bjfg-rd1g	entry-co	sub-co	REQUESTED	none	\N	\N	\N	\N	1	1	sub-operator	1	1	1	monthly written report	\N	\N	0	resident-tax	family_name:NONE,given_name:NONE,family_name_kana:NONE,given_name_kana:NONE	ALL		2026-12-07	2027-12-07	1000	READ	1796650085568	1796650085568	entry-admin
\.


--
-- Data for Name: entrustment_contract; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.entrustment_contract (tenant_id, entrustment_id, version, sha256, size, sealed, uploaded_by, uploaded_at) FROM stdin;
\.


--
-- Data for Name: entrustment_epoch; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.entrustment_epoch (tenant_id, epoch) FROM stdin;
demo-city	3
\.


--
-- Data for Name: entrustment_volume; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.entrustment_volume (tenant_id, entrustment_id, day, count) FROM stdin;
demo-city	ent-rdhy-bjfg-rd1g	2026-12-07	3
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	instance	SQL	V1__instance.sql	-768276904	postgres	2026-12-07 13:27:14.16728	78	t
2	2	log	SQL	V2__log.sql	-1438339179	postgres	2026-12-07 13:27:14.470744	159	t
3	3	witness	SQL	V3__witness.sql	-2053952837	postgres	2026-12-07 13:27:14.937164	90	t
4	4	keysets	SQL	V4__keysets.sql	2088487415	postgres	2026-12-07 13:27:15.333257	54	t
5	5	vault	SQL	V5__vault.sql	1764945576	postgres	2026-12-07 13:27:15.552086	173	t
6	6	log person	SQL	V6__log_person.sql	-487609867	postgres	2026-12-07 13:27:15.972292	49	t
7	7	entrustment	SQL	V7__entrustment.sql	1030821110	postgres	2026-12-07 13:27:16.216667	202	t
8	8	identity	SQL	V8__identity.sql	-1020571286	postgres	2026-12-07 13:27:16.550327	172	t
9	9	person token	SQL	V9__person_token.sql	530809276	postgres	2026-12-07 13:27:16.889881	36	t
10	13	entrustment epoch	SQL	V13__entrustment_epoch.sql	-131729586	postgres	2026-12-07 13:27:16.994598	120	t
11	14	signin	SQL	V14__signin.sql	-320743031	postgres	2026-12-07 13:27:17.316645	66	t
12	15	residents	SQL	V15__residents.sql	880322316	postgres	2026-12-07 13:27:17.475314	112	t
13	16	passkeys	SQL	V16__passkeys.sql	479242411	postgres	2026-12-07 13:27:17.701598	155	t
14	20	entrustment requested by	SQL	V20__entrustment_requested_by.sql	-552099938	postgres	2026-12-07 13:27:18.330438	105	t
15	21	staff volume	SQL	V21__staff_volume.sql	-1875671552	postgres	2026-12-07 13:27:18.586692	91	t
16	22	tenants enrolment	SQL	V22__tenants_enrolment.sql	2086108608	postgres	2026-12-07 13:27:18.721902	179	t
17	23	organisation details	SQL	V23__organisation_details.sql	-1681417666	postgres	2026-12-07 13:27:19.124702	82	t
18	24	entrustment contract	SQL	V24__entrustment_contract.sql	1422595013	postgres	2026-12-07 13:27:19.337649	45	t
19	25	person sets	SQL	V25__person_sets.sql	1956447987	postgres	2026-12-07 13:27:19.497103	162	t
20	26	token kinds	SQL	V26__token_kinds.sql	1354331239	postgres	2026-12-07 13:27:19.906784	46	t
21	27	detect incident	SQL	V27__detect_incident.sql	1206522881	postgres	2026-12-07 13:27:20.023887	229	t
22	28	detect network	SQL	V28__detect_network.sql	-173161510	postgres	2026-12-07 13:27:20.364228	81	t
23	29	detect rules	SQL	V29__detect_rules.sql	992379300	postgres	2026-12-07 13:27:20.517888	31	t
24	30	alert delivery	SQL	V30__alert_delivery.sql	-321654360	postgres	2026-12-07 13:27:20.7579	114	t
25	31	incident classification text	SQL	V31__incident_classification_text.sql	1868261585	postgres	2026-12-07 13:27:20.922308	56	t
26	32	incident reports	SQL	V32__incident_reports.sql	-2014207295	postgres	2026-12-07 13:27:21.024109	47	t
27	33	work	SQL	V33__work.sql	-1480108192	postgres	2026-12-07 13:27:21.184037	633	t
28	35	work desk	SQL	V35__work_desk.sql	-197914868	postgres	2026-12-07 13:27:21.967775	29	t
29	36	work pace	SQL	V36__work_pace.sql	-741309055	postgres	2026-12-07 13:27:22.014669	70	t
30	37	work document tie	SQL	V37__work_document_tie.sql	61121190	postgres	2026-12-07 13:27:22.305842	79	t
31	38	work document person	SQL	V38__work_document_person.sql	34241841	postgres	2026-12-07 13:27:22.605678	354	t
32	39	work document held	SQL	V39__work_document_held.sql	-1025019454	postgres	2026-12-07 13:27:22.995222	1	t
33	40	transfer	SQL	V40__transfer.sql	-153371045	postgres	2026-12-07 13:27:23.004541	23	t
34	41	handover	SQL	V41__handover.sql	-2069934282	postgres	2026-12-07 13:27:23.033365	38	t
35	42	retention	SQL	V42__retention.sql	-799662740	postgres	2026-12-07 13:27:23.142641	250	t
36	43	retired key	SQL	V43__retired_key.sql	5663497	postgres	2026-12-07 13:27:23.557846	51	t
37	44	log bundle	SQL	V44__log_bundle.sql	1272024491	postgres	2026-12-07 13:27:23.849857	130	t
\.


--
-- Data for Name: found_report; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.found_report (tenant_id, report_id, document_id, page_no, reported_at, alert_id, state, decision, decision_note, decided_by, decided_at) FROM stdin;
\.


--
-- Data for Name: handover_document; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.handover_document (tenant_id, document_id, kind, title, person_token, persons, pages, purpose_id, case_ref, printer, printed_by, printed_at, expires_at, used_at, wrong_tries, locked_at) FROM stdin;
\.


--
-- Data for Name: handover_document_person; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.handover_document_person (tenant_id, document_id, person_token) FROM stdin;
\.


--
-- Data for Name: handover_page; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.handover_page (tenant_id, document_id, page_no, internal, printed_at, handover_id, handed_at, returned_at, returned_by, disposition) FROM stdin;
\.


--
-- Data for Name: handover_scan; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.handover_scan (tenant_id, handover_id, seq, document_id, page_no, verdict, scanned_at) FROM stdin;
\.


--
-- Data for Name: handover_session; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.handover_session (tenant_id, handover_id, person_token, by_document, counter, started_by, started_at, state, stop_document, stop_page, stop_reason, stopped_at, acknowledged_by, acknowledged_at, finished_at, pages) FROM stdin;
\.


--
-- Data for Name: incident; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.incident (tenant_id, incident_id, title, summary, opened_at, opened_by, aware_at, suspect_kind, suspect, window_from, window_to, status, classification, preliminary_due, final_due, affected_count, affected_at, closed_at, closed_by, close_reason) FROM stdin;
\.


--
-- Data for Name: incident_alert; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.incident_alert (tenant_id, incident_id, alert_id) FROM stdin;
\.


--
-- Data for Name: incident_notice; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.incident_notice (tenant_id, incident_id, person_token, channel, log_index, notified_at) FROM stdin;
\.


--
-- Data for Name: incident_person; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.incident_person (tenant_id, incident_id, person_token, actions, evidence, first_at, last_at) FROM stdin;
\.


--
-- Data for Name: incident_report; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.incident_report (tenant_id, incident_id, kind, version, body, sha256, saved_by, saved_at, log_index, submitted_at, submitted_by) FROM stdin;
\.


--
-- Data for Name: instance; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.instance (singleton, instance_id, created_at) FROM stdin;
1	07250947-25ae-48a1-bce9-5d4b1bc716c4	1796650044862
\.


--
-- Data for Name: log_bundle; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.log_bundle (tenant_id, bundle_index, entries) FROM stdin;
demo-city	0	\\x005c0101000b6d616d6f72692d64656d6f000964656d6f2d6369747900000000000964656d6f2d63697479000d74656e616e742e637265617465000000000005616c6c6f77000001a250b0925f1083efc90b6bd2819a1efce7ed9dd622e400660101000b6d616d6f72692d64656d6f000964656d6f2d6369747900000000000c636974792d6f6666696365720014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b096ea10fdcbc3bbe052fc11b73f454bb859fda500640101000b6d616d6f72692d64656d6f000964656d6f2d6369747900000000000a636974792d61646d696e0014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0977e10e350f596055004f0e589505b8acaf9a300f70101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d7365747570000c67656e65726174652d313030001172656769737465722e67656e65726174650000000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b097de1095810b1860b754f19c1c99f401e3ad6301070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134e4459532d515246472d3548335a2d32414b38000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91053b04bfd1c42ac262d275942eb25980b01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013574d33392d5a5758342d36535a392d53323559000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910209e6b00164a5adb689796dd98bde47e01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200135a464b482d453045462d4e444d432d57565231000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910d1f638574b3a2a8f8bf60c88dd00e4d501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013535057462d4d5a30502d4a3032562d51344430000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910b9aec21fe91bd4589a93af8c82693f2c01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013314a34392d564848522d515054392d48543052000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9109e9aa93a2408d32b71ff8021b498a80301070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013314450422d463731342d455834382d5a5a5a38000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910e84b4d3b4cf4fb92335adbfaf599072f01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013473838532d5850434a2d333841502d4848544a000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9102dc85fa084a71c5908241db059e9793201070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013433742372d5253524e2d354b434d2d34344435000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9107595a9b350973f34b04f318ea869a25801070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013525033452d43524a542d35355a332d4e444548000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9105467be85faebec22970d8efabcb44efc01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013315935322d584447472d563351432d50564d4e000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910b9e431b18eb6f62c5e6613ac1378d66001070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200135241504a2d50444b592d524b39362d39504a59000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910c1d15e61b504394499efa7c96a5d8a0501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013475842512d48544d392d4b38565a2d54335252000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9101dc40aa270ce8ce6a29d79bfa8e745e201070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013415138392d4d5142442d523231562d54503352000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910424b45d040ddd8476f40d00547f5c1e101070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013323245522d47324d522d44524e412d52364d56000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91096bbaadd23d4f9461f1c6a574c44821501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013484a45472d47585a5a2d51344a362d414a4631000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910f931e29f42b342fc2751f7f1dff85a6301070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013313051542d535047342d543832582d5150514e000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91078bc15ff34d4786ee17bc4bd99c5ecb501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013433537422d465844432d3748485a2d4d563554000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910dd0f68a5bad399f8886f678323af00aa01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013344d4a4b2d595338352d4b5a46372d42383741000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910c1fbec802b89d4d21e9e5cc0bcc7916101070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001332444b472d46324d562d33344e4b2d46435444000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9107777a330884411264825f70677a5638901070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013514137392d513353392d424a47302d44565a35000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9103533fa1a06da096e43256324f6f070f401070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001332384b312d59305a342d414e334d2d54324748000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91047f14da2b1256138be643d397f61c59d01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013543844362d464b304a2d514b30302d51545038000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910d11cb9a2ea820553fb60300fbaf88a3101070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013564539332d483353422d483148462d4742475a000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91041f8d2ce3f30d05778edd103821c904901070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013304847512d4341394d2d46394a302d59464653000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9100f8503b2f22f68c5e49b9952678813c401070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013343256442d524534532d3443445a2d30355a31000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9107c7b10efd4f122d83b52ed68c6e9b59001070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134e5a37462d583037362d304348382d344d3642000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910d6453eb2d832b0970ca3b967b8b48a0a01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013423742442d59434b332d5048474e2d50414d53000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910e9a4695d897f2eeb5af7e3bfff29c70701070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013425a48542d533652572d384136352d41594741000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910f24e8d28b947dcb538e0d88088310f1901070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013344e58502d4b4d58422d344a4b522d4b455838000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910faaccbf59a9dbdf392dc6cd3a019813801070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001339514d352d504535542d5a4754392d30414258000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910f34f1698e7a20dcbaab6475a690161c801070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013465a414b2d535843342d50565a362d4b514e54000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910ea6835d5f221ceb271f6b1e7a14ae04f01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013465947372d444630592d343656542d45565441000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9102cc2f8add9779db700a39b2e77e0adb601070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001350414a382d473337462d43464b322d355a4341000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91062e90a0b677437eaf1106268b46ff7d301070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134a4d54422d574d47332d304145592d4b4d5432000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91025148c9710a236228f87b6d7e87088ec01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001344344d502d473237352d5635484b2d37334b33000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91067f4a4c9e58bba098fcd1a94f5584ec501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001346364d352d5a5039512d4a3432312d31324532000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9108c8fa8f987c89375d7caf80166114f9201070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200135a56434b2d573153472d313534382d5841514b000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9102efc53aa0a20a95f7ec6272f67c43ff401070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013525742562d4b334d412d465a43442d35463757000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91017c1dbd3d6be5d2f1e5177b9bc1c82f201070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001344435a422d434458582d4d5434392d59595051000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91085e32d613ebded98d0e0967762e5dc5001070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013385839462d57584a482d304657462d58534852000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9103c617914bf2bebfa1cb1692eaab70b8a01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013523043412d5830484d2d455635592d50305130000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910ac2f4264f04939605886765aa8b2417f01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013323439412d5744474a2d365233422d5139474e000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91018997b00d69175692f54ca5ae889816501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013544342522d4751484a2d345833582d4d333145000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9102635eeb62b5aab363ffd5f7f82fcfd5c01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013364431542d484459372d444e58332d36545937000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910e9c4ae77dc238c1b292c94189800b61f01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200135047394a2d433243522d48394e302d584d4648000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91056e72cd4d052a9748d88de7dbeb2224901070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013393958562d4d4442302d4356424d2d4b42545a000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9106c196b031c5049ae816d1865b48065af01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134846544b2d5853505a2d314541512d52593057000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9101b1ad89c2e37da10784357740664b26901070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013365738522d534a43522d564132592d5732465a000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91023516d50b54066469164bffdc3e934e001070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013583933332d594d454e2d375335342d48393341000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910a3ea88b6ef1437f83a4d07327072f67d01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134e4746542d58464a412d344151302d34474658000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9103216de4d8f04865e7a48df3b511ac19001070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013394a41452d435030472d435954442d4e375753000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91025255f0bbe986cbed7275775b81e11a301070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200133254304d2d544552362d3235424a2d315a5837000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91024f40b8c7f434fd7054a760db4ad9e3601070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013303431382d4e48394d2d385332362d5a51414b000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910282e033a89867ed4ac82d186b5543ba201070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013313357572d5a364e572d535059452d59534d37000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9100036a06089bcdb1d037bf84ac604978b01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134d3656432d523952512d333534452d53513356000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910764c0d6580697bb65ac1f00cdb3cda4c01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013485053512d47374e432d324436302d48513233000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910a20a80ab2a2b2283fc767e2eda366d0c01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013464a54362d593351462d5a3045352d4a413950000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9100b5e0f6c669c0cc4d792c8c8dfc7c29301070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013303754562d574d58342d5133314e2d51383746000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910ed6e126bd4daab2d03c9f634308d787d01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001347415a332d465131572d304a31592d354e4843000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910e48e5f6dd81e55c4a4308d408990917801070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200133938374e2d4a4e384b2d465351442d44525a32000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910d07640ab5c30060b0816ad2779021c4701070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134b4745562d52594b352d594357462d38393239000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9105130c135151b246a794cf4632b15784201070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013585339482d4e4a45442d353047302d38303559000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9104edf7bb3cdeaf9b9d757fe3c6ae780d001070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013335357472d5344364d2d51544a312d324a3442000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9102d107cd07a85632b218f486c96e7935801070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013444331562d504533372d32504b522d50444634000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9108d193432d90683b7b6e6d892201870c401070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001353334b442d483939362d42594b362d53323941000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91094757f20b8a7d974a1873188538a06ba01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001339374a592d4444524e2d534d33572d54573058000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91079899c8ca46249ad05b664a9a99f340e01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001347345a392d5a4343362d444536572d314a3459000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910ad91e0fde49af4ab81ae2aad25c1125101070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013415a39302d43424d362d4d3057512d50544d30000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910c6b10ef0c14a21929c59d1299d48995d01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134e4e4a452d583331442d475243372d34305a31000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910676cdddf94f4f7794867e6f9cccb571b01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013585a39522d414e31392d305450352d35523841000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9105dd430495fb58674125c00e0c3d720ec01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200135a4757532d594e59562d54464e462d53334437000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9106fec8e4c4fb3657c76cb28e51292e81801070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013474a44572d5933305a2d595833502d4151435a000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910e8bff6a03f9bc7af7ee1055d2688e4df01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013373447562d4151564e2d395237582d32525944000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910c6626b6b946156765d0edb904ad1cbc501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013375652452d533052392d464447582d50394645000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910c3b1d45deeecb4bcd5bd336a4fab748501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013584454462d5753564b2d304139392d544b3335000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910398ad8dfa23028ae9e3362dd746323da01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013523157392d4b4750392d5739324b2d52413433000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910a1b5a9697fc8d8ffdefed14f1e91f9fa01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013564e53532d4642464a2d5337415a2d52474e50000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9102cb22a71b9beb625e909887c9e61ba2601070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134750594d2d56464e322d424337332d48575a4d000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910d4690e54eccb8a233777cf7ab5c39ea401070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134a5448582d454b46422d4d56334d2d345a394a000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9108be1068672117fc76470640fa66a7fef01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134544305a2d534b334a2d4547584a2d43485a53000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9106d9594969ce96dd4232c4e7af6e6b95f01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013504b47352d4d534e502d4b514b312d41365334000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910ed08c8558b170e3d8272415edf514a0a01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013533647372d4b4750592d464a4b572d51534438000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910198ed0f5ae5af78580a8da549086d5a101070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134a5933592d524a4a582d5039344d2d52443652000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910f278b483731f5306cfb8eb0e2caf0c7601070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f727400087265676973746572001344434a522d473445462d594342592d41355a52000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9104541846da0c3af0dbac38b4c54953c3e01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013504b42562d54455a472d3838354e2d4a354138000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910fef8157aabdda1f0accec67459f0e2bd01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013315957392d4e4254512d345958462d42424838000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91069b48125b08ec86e2e5743e460735bfd01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134b32534e2d483756522d505756482d4451474b000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910855644181ce59c97da35c1d3b90d40da01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013305848352d525a54322d463738522d534e5a30000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910d63f90e5414c998256377c4b04a7e02201070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013455651382d485247412d31424e312d4a355747000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910980abbfec4d3f8ba97c851146a05909901070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013593030522d574b5a442d5439434a2d41473851000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9103e1164bc8d0fa056a639d463f7def7b401070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134b314e332d5430475a2d515935542d39345258000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9102f4bebf46e329a7f490538ca613a0b1101070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013324e414a2d564d5a372d323157502d5a463859000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910577e9ced5823f4c6479b69392f028d9101070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134b48544d2d43474d372d504459532d3731534e000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910a438558582549ac076e2ee01db33fca501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013315248512d484650372d544747462d46325a4a000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910178dd12cbbd0126063c4006c81f075ba01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013423137582d4d364a582d514436352d435a4348000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910d5552df29967cb2441ce0b8fe448e02d01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200133251304a2d483337482d483258522d4b315258000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb91054c0ff12a195147f1d31168be2dadbce01070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134e3056342d584730412d575352542d41563742000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910e1e9aa4d2f6845540c2b0bdfe789ed8001070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013534537302d45544b572d524b50312d58443157000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910e653a9acd22d2f1cee6c23310d6cf05501070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f72740008726567697374657200134d4257482d4330535a2d35434d562d34444b32000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb910f412f1ecc4260747fb0252ddccb1ea6001070101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000117265736964656e742d7265676973746572000b64656d6f2d696d706f7274000872656769737465720013394850392d484b38512d4d3937392d50313539000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b09eb9104e595fdba0db209766d555170884af36005d0101000a636974792d61646d696e000964656d6f2d63697479000000000008656e7472792d636f00106f7267616e69736174696f6e2e616464000000000005616c6c6f77000001a250b0a1ee1079072deed97fd7f86b2f1ca466b73745005b0101000a636974792d61646d696e000964656d6f2d636974790000000000067375622d636f00106f7267616e69736174696f6e2e616464000000000005616c6c6f77000001a250b0a28f10ca1b52a95b966258510e35f697380f4d00590101000c636974792d6f666669636572000964656d6f2d6369747900000000000a636974792d73746166660008757365722e616464000000000005616c6c6f77000001a250b0a2ed101892ec050332f9338d0f970f3418f2be00650101000c636974792d6f666669636572000964656d6f2d6369747900000000000a636974792d73746166660014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0a36b10814be1ded3853d08e1df7ec199687b8d005b0101000c636974792d6f666669636572000964656d6f2d6369747900000000000c636974792d61756469746f720008757365722e616464000000000005616c6c6f77000001a250b0a3c610361e756ad26ce72d55f3fbf8f9fae7ab00670101000c636974792d6f666669636572000964656d6f2d6369747900000000000c636974792d61756469746f720014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0a48a107b1b61981114054db8766137fcefdbe1005a0101000c636974792d6f666669636572000964656d6f2d6369747900000000000b656e7472792d61646d696e0008757365722e616464000000000005616c6c6f77000001a250b0a53a1054f2c92f27a82c36003d13f49505132f00660101000c636974792d6f666669636572000964656d6f2d6369747900000000000b656e7472792d61646d696e0014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0a60c10fa2d779663f1aeb1c950504c92f526e3005b0101000b656e7472792d61646d696e0008656e7472792d636f00000000000e656e7472792d6f70657261746f720008757365722e616464000000000005616c6c6f77000001a250b0a6ba10bd859f57f306960c9ad87584f855dd7a00670101000b656e7472792d61646d696e0008656e7472792d636f00000000000e656e7472792d6f70657261746f720014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0a72010268d5a607b9c352e91bfd572d9dd4e2300560101000b656e7472792d61646d696e0008656e7472792d636f000000000009656e7472792d6f70310008757365722e616464000000000005616c6c6f77000001a250b0a78f1088842feccd571f25777b4c23f14b918900620101000b656e7472792d61646d696e0008656e7472792d636f000000000009656e7472792d6f70310014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0a7c61045fef724d907fe3cfed5256c19833b4c00560101000b656e7472792d61646d696e0008656e7472792d636f000000000009656e7472792d6f70320008757365722e616464000000000005616c6c6f77000001a250b0a862108a224417427a689dbf8324f22753bc1d00620101000b656e7472792d61646d696e0008656e7472792d636f000000000009656e7472792d6f70320014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0a896100829a2194bcfc67e018a8c7be21577e4005b0101000b656e7472792d61646d696e0008656e7472792d636f00000000000e656e7472792d76657269666965720008757365722e616464000000000005616c6c6f77000001a250b0a932102c789898a82d59296708ff234b1535b400670101000b656e7472792d61646d696e0008656e7472792d636f00000000000e656e7472792d76657269666965720014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0a9c4101e0d776d3538041fd3ea7eb7301898f000580101000c636974792d6f666669636572000964656d6f2d636974790000000000097375622d61646d696e0008757365722e616464000000000005616c6c6f77000001a250b0aa58103652a97bbdf6f9fd802927a6cf2804f700640101000c636974792d6f666669636572000964656d6f2d636974790000000000097375622d61646d696e0014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0aaa41002640a409c184671a87f465dedbf2b7a0055010100097375622d61646d696e00067375622d636f00000000000c7375622d6f70657261746f720008757365722e616464000000000005616c6c6f77000001a250b0ab2d10a76718d92ad164a5b8f31f13c9b9ea210061010100097375622d61646d696e00067375622d636f00000000000c7375622d6f70657261746f720014757365722e656e726f6c6d656e742d6973737565000000000005616c6c6f77000001a250b0ab5710eceea9796e9c8db75818d59ff12e045a007d0101000a636974792d61646d696e000964656d6f2d6369747900010012656e742d726468792d626a66672d7264316700000012656e742d726468792d626a66672d726431670012656e74727573746d656e742e637265617465000000000005616c6c6f77000001a250b0ac2d103aa1867ea8caf307ccd834575d1c0f4900910101000b656e7472792d61646d696e0008656e7472792d636f00020012656e742d726468792d626a66672d726431670012656e742d646a73712d667730622d6877713400000012656e742d646a73712d667730622d687771340012656e74727573746d656e742e637265617465000000000005616c6c6f77000001a250b0acc01097f53b42fea39ecfc36265a702669cad00f60101000b6d616d6f72692d64656d6f000964656d6f2d63697479000000177265736964656e742d706f7274616c2d6c657474657273000b64656d6f2d6c657474657200046c6973740000000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b0ad74108ea278f257768bea024a3ede93746b61005d0101000c636974792d6f666669636572000964656d6f2d6369747900000000000c636974792d6f666669636572000a757365722e656e726f6c000000000005616c6c6f77000001a250b0b18810e79384e403a8d5518d84002d5f84a39d007d0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d73657475700022636974792d6f6666696365722f746f6b5f3079576d347862304e5476435459785438000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0b28e1064e60655c9296cd9945d87f9fada60e000590101000a636974792d61646d696e000964656d6f2d6369747900000000000a636974792d61646d696e000a757365722e656e726f6c000000000005616c6c6f77000001a250b0b5bd10555e6360c093e821f4e3ba41f584b742007b0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d73657475700020636974792d61646d696e2f746f6b5f3049536664376c67337a3950594d355169000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0b5fe1034fd64ac20002d419bc0a618d89cdfca00590101000a636974792d7374616666000964656d6f2d6369747900000000000a636974792d7374616666000a757365722e656e726f6c000000000005616c6c6f77000001a250b0b934103ca6759162fc841f7103f67d9e634831007b0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d73657475700020636974792d73746166662f746f6b5f30454d6c34356e357a4a4b6c334132346d000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0ba351008dff90e783a0e8f4ec320519ccd2cf5005d0101000c636974792d61756469746f72000964656d6f2d6369747900000000000c636974792d61756469746f72000a757365722e656e726f6c000000000005616c6c6f77000001a250b0be1910546725311f191469b1b946b2b7a9a1c4007d0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d73657475700022636974792d61756469746f722f746f6b5f30384f3545474d756b5063395038623353000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0be6210c0b96a159a161bf3b4db4f9632c15e03005a0101000b656e7472792d61646d696e0008656e7472792d636f00000000000b656e7472792d61646d696e000a757365722e656e726f6c000000000005616c6c6f77000001a250b0c0c510ceae68044a757b8efb1e1ec73bf53be9007c0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d73657475700021656e7472792d61646d696e2f746f6b5f3042434234735078476139336e39725471000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0c0f510aba2f70c366095734779e73af4c70cef00600101000e656e7472792d6f70657261746f720008656e7472792d636f00000000000e656e7472792d6f70657261746f72000a757365722e656e726f6c000000000005616c6c6f77000001a250b0c3de104fa5f0b3fd2e7faf2ca2bfb47047bfd1007f0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d73657475700024656e7472792d6f70657261746f722f746f6b5f315351574277304471567130564e703647000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0c4521040be742e030722e055a348f0a512c636005601010009656e7472792d6f70310008656e7472792d636f000000000009656e7472792d6f7031000a757365722e656e726f6c000000000005616c6c6f77000001a250b0c8b5102687d74ab501e08924dea508e9cfadde007a0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d7365747570001f656e7472792d6f70312f746f6b5f304a6a4171757a32596f376134446c7670000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0c97310abe961244e7a272ae1d754f5b67104ca005601010009656e7472792d6f70320008656e7472792d636f000000000009656e7472792d6f7032000a757365722e656e726f6c000000000005616c6c6f77000001a250b0cd0610781bd460110febacff4e3315a86b1d0e007a0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d7365747570001f656e7472792d6f70322f746f6b5f30416b584d7443325038666879617a7441000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0cd6610f25c464ea7c49d7ce7f487cc01a78a3a00600101000e656e7472792d76657269666965720008656e7472792d636f00000000000e656e7472792d7665726966696572000a757365722e656e726f6c000000000005616c6c6f77000001a250b0cf5110fcbd6c16fbb4400434d1f3cdd0c8147f007f0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d73657475700024656e7472792d76657269666965722f746f6b5f306650686b4142736a56376a644e684b66000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0cff710b5aa9495dc8fc17b9352a3b6683649410054010100097375622d61646d696e00067375622d636f0000000000097375622d61646d696e000a757365722e656e726f6c000000000005616c6c6f77000001a250b0d24f109977982e65445d1a8ef454a7be284124007a0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d7365747570001f7375622d61646d696e2f746f6b5f3056474e665976543664544b63506a7465000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0d265107ee69d85968e12a43daf3a314e93193b005a0101000c7375622d6f70657261746f7200067375622d636f00000000000c7375622d6f70657261746f72000a757365722e656e726f6c000000000005616c6c6f77000001a250b0d2e210c4602ac0714c4966148ffdc84e34ecd7007d0101000b6d616d6f72692d64656d6f000964656d6f2d636974790000000a64656d6f2d736574757000227375622d6f70657261746f722f746f6b5f3150417a473070446f3147614778345274000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b0d34610d77803852c32ff9b06460934d6396daf00fa0101000a636974792d7374616666000964656d6f2d63697479000000196e6174696f6e616c2d6865616c74682d696e737572616e6365000e726574656e74696f6e2d64656d6f00046c6973740000000b000761646472657373000c62616e6b5f6163636f756e74000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e61000c686f757365686f6c645f696400096d795f6e756d626572000b706f7374616c5f636f646500037365780005616c6c6f77000001a250b0d36e1035c0ea6f5f935103e099ef8e449f6f2a00700101000a636974792d7374616666000964656d6f2d6369747900000000001c62617365732032373a20313620636c6f7365642c203131206f70656e000f726574656e74696f6e2e6261736973000000000005616c6c6f77000001a250b0d37b10f11d1255a3cc1413a8fb99482edba89300810101000c636974792d6f666669636572000964656d6f2d6369747900000000002c686f6c6420444b5254394e394d20696e636964656e7420494e432d44454d4f2d313a203120706572736f6e73000e726574656e74696f6e2e686f6c64000000000005616c6c6f77000001a250b0d3ba109403a7f590d3da3056d03367d2f7f4a7007f0101000a636974792d7374616666000964656d6f2d6369747900000000002972756e20365a5a42325a4159206173206f6620323032362d31322d30373a20313420706572736f6e730011726574656e74696f6e2e70726f706f7365000000000005616c6c6f77000001a250b0d4a010cef1037f5ce25b21f03ecbe4b56f4ff000500101000c636974792d6f666669636572000964656d6f2d63697479000000000003636c6900067369676e696e000000000005616c6c6f77000001a250b1687410a4359b402487987fd889da4834c26acc00740101000c636974792d6f666669636572000964656d6f2d63697479000000000022636974792d6f6666696365722f746f6b5f304765436f634356475953514979753758000b746f6b656e2e6973737565000000000005616c6c6f77000001a250b168f810a37bc07a0afafbee8710b8ccb5ea2db800670101000c636974792d6f666669636572000964656d6f2d6369747900000000001573746166662e6461696c792d72656164733d373530000b73657474696e672e736574000000000005616c6c6f77000001a250b1b28810a049e11b996b9b6c09e4c449d605d41000670101000c636974792d6f666669636572000964656d6f2d63697479000000000015776f726b2e71756f74612e686f75726c793d313530000b73657474696e672e736574000000000005616c6c6f77000001a250b1d8451083c3aed01008a29c2926c13b5456fd3e00700101000c636974792d6f666669636572000964656d6f2d63697479000000000022636974792d6f6666696365722f746f6b5f304765436f63435647595351497975375800077369676e6f7574000000000005616c6c6f77000001a250b20afe10dacce1aa7dc793b0bfb3442cc20d8d3a00d70101000e656e7472792d6f70657261746f720008656e7472792d636f00010012656e742d726468792d626a66672d72643167000c7265736964656e742d746178000f757067726164652d6669787475726500046c69737400000007000761646472657373000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e6100096d795f6e756d6265720005616c6c6f77000001a250b21cb010ba106decbb3f2b7e3e92a79237cf81a300ea0101000e656e7472792d6f70657261746f720008656e7472792d636f00010012656e742d726468792d626a66672d72643167000c7265736964656e742d746178000f757067726164652d666978747572650004726561640013323245522d47324d522d44524e412d52364d560007000761646472657373000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e6100096d795f6e756d6265720005616c6c6f77000001a250b22ab210cf26fa9448f276538c0f9d877539ff4a00ea0101000e656e7472792d6f70657261746f720008656e7472792d636f00010012656e742d726468792d626a66672d72643167000c7265736964656e742d746178000f757067726164652d666978747572650004726561640013425a48542d533652572d384136352d415947410007000761646472657373000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e6100096d795f6e756d6265720005616c6c6f77000001a250b23326100eb41cd2f8b6ad8ad7a8b12353ac197d00ea0101000e656e7472792d6f70657261746f720008656e7472792d636f00010012656e742d726468792d626a66672d72643167000c7265736964656e742d746178000f757067726164652d66697874757265000472656164001347415a332d465131572d304a31592d354e48430007000761646472657373000a62697274685f64617465000b66616d696c795f6e616d65001066616d696c795f6e616d655f6b616e61000a676976656e5f6e616d65000f676976656e5f6e616d655f6b616e6100096d795f6e756d6265720005616c6c6f77000001a250b2390e10c36ef05ed664d436d45a2fe83f823aea00aa0101000c7375622d6f70657261746f7200067375622d636f00020012656e742d726468792d626a66672d726431670012656e742d646a73712d667730622d68777134000c7265736964656e742d746178000f757067726164652d6669787475726500046c69737400000001000b66616d696c795f6e616d65001764656e793a636861696e2e6e6f742d617070726f766564000001a250b23e3210bb756e75e0d7381f773b8b04fbedd18f
\.


--
-- Data for Name: log_checkpoint; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.log_checkpoint (tenant_id, tree_size, note, signed_at) FROM stdin;
demo-city	2	mamori.localhost/log/demo-city\n2\ninbnJ4LLp6zzJRMgFaYJpjhzo8sfhqFDkOIdaC1YJjA=\n\n— mamori.localhost/log/demo-city 79n8uZyJ+lYJafq5h5ta7Yw5n+SbtnKnr819Ke8z8ZJ4AG40Iz/LFcFVZBfYNYoKOEYONZbzT3D0AVDB4MKyBzI6Qws=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRg7CRKGC7YJuFpUnIuG8mLgLRN2tANIHQHI55d92p4M2NkbDrqZbouqeMUaL1TEElNuX5RWtl3+POBsPbclZwP6Re7Zi6DTpzPjxhicK1RAd4VnIBOKXhXvV8zpzlnRi45gOIWuPHAP5pWOSc6ffTeEcrEr0dCtKYLzYzSRGn9uQv4mOgXrbbiQEsF8PeWh4jwkeXqSpJkoavRe19RTDzseDkOgR8SJsIQ6ENxHvAnElw7YIACyXc2eMhdeh8w8n37EG0RGJLPL29veqGYRHavS/an4jyvxfv2F9yfPMCGN9Nv7S1VbtAB6ThJYOOaG05j5LMX/9MirgupSdAHChji0lxp3hc8xAEVmRIv1i3gCjlInbOKK8kbgY7cWDrVRFgzYIq6ZZJx8ZKziS4smHTwWkdi+X8VQ9GpmyvMlJ0RYeGyoCcHyZtEP62n+2xIltvSKzniOTjBjkZSRkdojN4zxc127XoZ4HcDHgxmlialahEYVSEy046BW6IfhkFjmKUMrNXUEZ3ySc6vKc0s0qV0pzELKGk1EVNEZEkquzaLbb+H+HaJC73kODcEoL7nALsOy2cK+B+MkWLGj4tIRTtvznNT7gynawOJWhunD3F1HZb5SD89RSCak5mLtdo2kO8Oq9bxPbCWBrtBfIf+H+AbncxmWlKDmYu/Xhfu/FwNSiDZEv4XJlb597yvj6tT9AZ7UsEmFMqhL6SPSJCMrBncUUCr2AjYMy1+e8suf/xOjkQpbicUSZQWC62gsIRwRiqrIRibkHUInvQkLk1A4qPktqJZcB11ncpZkxVAcKXlyP118YfOIWKZ/MdyIarQvsmTaIGDR8KzqevugNNWcAJMZXlHQ2/6YfTvwamfYEwxVG1g8DTlYyP6OtayAMu5c+cUHzs4RsI7qeGd6P8zcU06SC/Ri0xssc0Q7ezDX16zhXMdFMJcc7mEIm7UAM8kB3NtvTMD7zYhggjRxiTdxY5Hd0JZFP4KGG7YdX+uMKZRh6UmZuLsy01t+Z5ykYu8nicc50wciw/EPl+Xz/IyN7HjHg2JEIC5x51GFOV3RADVlDPfXA32tSCICSxhD9M+jIpEX5FUm5+2vlDi5oEmhIjcI6sYJuz76xEakeZg19fn7ShIfpMGSK+Fq8R29pGSCpE6CWQXvLSGwNUYNLy5dLsiohUSWGGf2gRMVFJBkIiBjaHVzZUHhNUciiRLV8yNF18OR+9R8Xul5lUI2rl7TEBAG/I2ZJ32ekweMP+oGYFlVMiRUQtTCdoVpJ1DK4mTpiN03K2J7kU2rxoYdZls46XaPW38fmgDlpjl73ZfdIVQKJmHPQ9z1+bppyMD9rZC2Jn8HxoYNiCh3huJyjnQ7LuXJj0OTxNujbZs1o7G2K8fOmNbEdZF7gVqEVEXBW0Woxpm+RRQUO3iJSe5SsZwuV91dDo87n93BiO5AVsnr5Ej7NOTZEch22T8njuZF9xesZH1pqk/sHEZKreBEPKVD+3oaidAmNMqq5YEnIr62bEtN07RWzbd/CUNsaKoxxLny4YhntOIqUBncxxavmxpHxGyPRO6QFWvwYq4KUVOXzWStjHb8OsCALz2cJikKvy7n8g9BuA+egfEcOamuhFZJGkiUTm9IeHBVeeQq+6tM4vI7kTEQPD755lsEEe3emAkezgWPiJ8R+aI14Y7t4RcDEef2ud1K5Y6EBVyQi+AXaUyQaNkFpyes96O0qnMvsTp/CM0TnBffOlyf/z7axy2UHvt+7B5Uq+QqLvuN3+VFKetkFdmfD/gjV/CKRH78ZTH82aueGS0NMUcyroBeZZS5vXF2o7jOx7KcNqPdSUlsqcH9TZ6jpCYxz4n5HF0JPHEkDLaXXwwoFm59zsLSCK8Et5lMnZd4rbkW0vJe7VM+lhU7YkiJkVCxZvmDe1HGOJIpGnRgPhns2p5AXLwTL3YyxU4McvjUECeXWJ2oEF75fvRlfuZTWoNzNptDp09HuukqbJdmpBNFDkedKQwob+NF9H1emrqqVpZ+0WTLRchnlooJE2Lnnv23SgujAd6G1xz+dqThZ2z6vTzpYmVAZ0tBjgnKtHJUsPn/Yx78kV0mzHPW7XSsZTAC7D1tbVPdkipu2BUdv3umcCiWARu80pg31dJ8EKXAoy9Xj9DJe5OQQlEZw/8pEPUCQ4fylUrtS4ttJ964OBZY3CNauITC4eYhzy/smhn/HY6xcQspIgZz8EqceQ8BvRUlqyRBZ/4lKzsTlcDCwt7EZAufrfEncNG/NTV6gL47W6iR2+u97c85LDGSzjdDfsnqCwk22HLl/V75DFZVn+G1cEFUq/i36TT2PHqcLstNpc80j5zmkYOW5Pxaqr/5lFsvzHLWRNo8piXUqrXHaCNDN5QSyGvabENQaADx9+qqsRqqRlwSxzfFKLikGSJfWvBHyMNjSC5WHagr8VSfSfWqVB5UWL5MLJWSNEISmHqe9mmkNn3wWMZxkD/QFtWEqUjB7Y8qIYvKWZLUK1mPBuzzIUlGSv6ivSzXXK34uDZCfBKO6xiHjvdlRVQkeYqgAn+mCeqrbhNce6sCHHY1rSQU+wmt8aDB725FOjFdrTDcF2sUbmeasxpw98+usQKKlEzqRCM3iG9cX1gO6S7WODnt0H4cI0ZA8pLaJcf96NDixf71+rxRvs/9QKPqxgMPKbd+cSOrbFWpeq0iGaG85jesbNI073ITzR1qeOAsIjKc72L07xVvEHS+adcF2ai9iIMpFUz+sSCl6653el2s7xPoeK37aVUxowqeweokmEXHeOq+B38ZsI8B5AT+Ts+1azBIxn8JGhFPWR4QMnbwaQ9X6+IhG+FB/lLmq+uvM8ympKK/xvFABGK4+yUxcdkfCEBSfzXeTA9uzOkgqMT5I2c/z65MkSUtCH5C4SHTh4NAg/NSIsaSRlNY7mEcWOTAuAn8jQ05VbONnGHeS71yB06he8AOwKH/hNnVRO++Pn+cWam8dxJyifdWL7OC3F1Yvafyftu/pDZMNU795eXOWjNNtpH4tmJ/XUZazluyCkjw4HD/7c4vQgNczbPcg73DqJkG+H//FElOFRn1RT/XvUL62foOD9okpTGd2WtoYdrr0WAbYgoij48f0hYGAEEDB8uMzpCTGx1gISPs9bZ2/QGIDBHVWZ1qq/D3etMUlNYY2V0dnubpKWtr73G2OHk5ezuAAUuQmBpa3eDkJqbqMzd5gAAAAAAAAAAAAAAABIeNEQ=\n	1796650079998
demo-city	1	mamori.localhost/log/demo-city\n1\nGDTZ8Gvy2UKdH3wliFs0hVljCrbfBCMDXWxUa7II14Y=\n\n— mamori.localhost/log/demo-city 79n8udY0ivqpXMZFRq4hLB6/KGq8uKD6vR9cmYOhvvwVr0DUM6yCPtqvvaPctOpXwI7NXWb/T93DnjODpff+/Ljz4As=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRfDT0m6CPB1NIF3eTAU2W+E1a+k7Y76DF/GMG9j3HHX/vflAeNu73aM5JRUt7VLdkp7KfhTlrMD1WoM4D64f6wxrDmNw6CdWjYW2Pz7yjNv+YWjnSJgp7TFj/fYyW5HRB36TFmfSfv8Vv5M2vSCUYobaCihYc/1w4mq1QVVMlRv8hm8JFJuoyC5knbpWMeOIU2Z3EdNnM4PUdbA0GBQo9FWVACZkbqhcgmyc8HXntBWkSvKTIHIAHTBH2FFupMUxHtE6/9WP+XFh8fWihMrupUp95zVF+AjuiBNdAo5+A4f4y1wAwgR9XFC770c/bewyij6+HeJklt3y/qMX0wRclDqBocP3IClHMFtf4odGrwCBjsVhaQOALiP0SAt+ybFfAFOQqhxFdnYwgwlEys3mdrM9o8xsJEsV548JDGK2xcTn/JukedUwHdolEa12DN19Pl2bbUNGESg3s71FPevTFJ1H0fHE/LS7H7RfhZcnHr1lc8IqlllEZFUcoIHCIl5NsSd2hfF8daP3TqJTiwOQuTQw0qpLa8zcCl2Rq2paCnNAIK6fJTddc+6UljLGrnL77Qm0yiilpQgdxeM4fH08UhyoCXv9AY4gL7oE/qkRwfp6/wTl3CLHpZv6Jjt2tgU2JHkEqTAxfPj1Tja6Q/RLgRZVegZtI+OOK6IaV549wvY4ODm7F6AAUw4E6IruMeyw786HT+Yut7t60Srr/Ce0+C6RMgY3wYdV0lyG2XoXuAeeuayHmu8ZYhiFFgB3J8GJunPd4zzTbsdDTS2cjQ8cR+sNNNGErg6aHFIDK6xkQvej7GMk8Wa8csXlhi8HrKeQuDgqdxZ7BdsSbZ1pgH4hKWoZsdknq35x+l2Ab4PCTXebUflS0U6KUAAv7uvJQKRUWre+3UTVAlqy2x9TO8Hf6e2wPhXiw12Vo72gyrog2TfpVtuQ056Lpj6OprMAAuDE5j6Vv3uOF37CWDd1DZG26WKd8aZ2BjIHMzqo07+315UbrZp7Kin3LYnAaDbOjQfa6n6XSo2PC5YbZEGobTYzFSQlg48H+s7xi2ulgCbqkotMPmGq9o/wjDLT6DBVa/aLUZWryh1ImAsAcWczCMpRq6/z7438/m0rCUt+Kp9tBw/z5CxPOwlUIKg5iQXyVCcfIiVFIjjyXuK9PPM+/jR7JMSCATQ/w1XgixtfNzsnO4GcJxyMMlGStq0ZSah8YwSpQcUwD86DwdKSYsxU0I0+fr2b5IPV4+FQorMnNCzDVootvxXh/4dApFFCUiuoYwzNMNtmlSnEDbzT1oYM1ckGwFuVPS+9HN7wuQlTp93c7zM+W5m3grjymQGIYIAKoS6/uQWapa+FsnLDyE0YzWPLVSjW5TtdsrnxkMvOqikFtdOCpLAsV9Os+uR+wAkaEvNXqcyd0bLpLYjE0ISX/ggdQOSprL0TYdwiBt75Zkb4VreDWMlQzfbWkTvC9omQtSP0Y4+qHQ7k2O+hRxbenh0SCN38RwFmbqKMnGLPgaps2jm2alfVGE5yEEHQBaYCM0TXwacKhUGMNJU3nTk+zEtQsIH4bwaHvZJn6KFt1SWGznv6IiQXZZsy/qbHvMh8BHIfWLsvNhqlmmn6GDUzgF3c68ZtsnprkXRIdYkZriyShzBr/wqnlgTJfTbxNXhaTDYVRMArH1vG3jdHXI87hMQwYLy2fU6+X0zBgIBC0C60aMcPOl7dl/yMS03X0RD+gWGzaNokUdHe6M18c4WB1N7WwG49P0Yo21MWjMtNP224QstzdD2fh3YDNh9qaICqgK7PN6szK8N30wuQQTbQzkhK/O8HSJnAMjsFvT0CHim1WxbFFavnq1fKBWthgMU024m2lEGdQs5kPObgyz//loGMIXJqhalhHL3CwATUGdgQWaZF8lA9HimrSiiWDlCWpUGUW6HYkuvooLTWkIoy0gyUdBwUtnI6L0YlVy0W+/gfhQdMpM1VoQ5KwX4N+yUJwa/YVFZOf/jx0uTOzM5QCyYV1M7fLF5Cewd/JUdWAyp3DLsCzgUZHKBx/jivGSshlHOnNDMlKSKBve075/InVnS72Vai9GFZLgeGrbeXxWCnP/2ZhoGPJW0odwkXzCvBePJYlBORRzqs3SMwmXf5wtWhVunS24NQK2tlO7V7lCaylRX6t5NNStEfamVO8E5Khb9dutjoRf5AYWrf1ORQvhWFntnsaBuT+ugNxraeRops/08z3tMDXfVi6ohhVnx60VcWQpJtnXR7tCPNjMhFhDZto7/YVgQosze5MeFGmHeDnHMFiTId/vpFEYC0VhkqKPkhPqoefqPTEnlWfMBr6ANtxP1EHy7fFhUrdojjoZ3BnaeHAI4GlE57Vc6TF3XhHsa6TufcULVtVLGYAYFxxGNXIF+KqdXYsrtVVIYBiGpjqSH20Zxhw53bTY2DW3s58H9TcsLwJm7i7QO4L56RLW33pvWre+ysQSQDej1yKRKwmP3Dt/zaYQgIk7eCcJZxm8E30RGI9XbWjVnIL9to29gH745b++BDYokXxnvlNBJPPmKloHOLhiePc6tm7CglDWmdKHm0tcJhzkoItukRszyU/nUdqPj3yFbvxC83TwJdCjg3fOselZzy9FIA1m/SnkdDfFAMa9Cnlc5O4bUhOq0jZlzBqi8S/Ir6zYUp561GSqskwscLTDevsOO/TTJDYuVpOVYpsp7VMIe0pI/E1cDoMbaAaCVF3gdYQtnjaSHwW90BGq2CmoOPesX99m5ZHv25kLGIUYUQ1G6i0T4h30JXFQNqG9xY9CMb5d6Q0cMQdvcSDPAIWgpGUx8b/7/B2dkPtWsecUqyyTbYwfCS7TULwAlI9yh9gDgInOjjrfGxObum+j5QRReJvzcgWYz0HgdvdWDVUgVEZDRuy8HkjO7Kqb8mtSBSlvD7+SXB9aKZXn5f6gYRD/+tzLYCZ53wxAJoV8nraIotaOow1nM5oM4+61eD3F34edylfj0YW8mAksuDmC1WXht5TV4CzzFXiozNDU2kPF7pWjYSemEw2DUBqZSjcgVY0pdNE1eUT+IDqxhr0M3O9jSEsTAIHKD04HnoE53Mm9SlvXH1uRrYMECmndElDCzo5ifD5jmMn9P0iMrfofNkJgZ2l7k58GDypFUmd5oKWuxs3a6/pWY2+QmbKzvsrd6Rk3QGGTmK3FzdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkYIy0=\n— ppc.example/witness c3IuOwAAAABrFrRgFfw9VA+o2wx+RWS/Y3byVgJeu4L1F6NApTOwytInv3NCPOpGt+7/sEZFQN8TfVjxd/xjLbRlcWyqVEy4qjVlDg==\n— neighbour-city.example/witness UukDQAAAAABrFrRgbab9/w1ZD0TS4dQ1JD3ZodiQMfGWbYdO27lLUZg0M84+OzTRCaBTVDMN8VvuBoKubSsRWJ4DjMMAbSmcF3ITBw==\n	1796650081048
demo-city	4	mamori.localhost/log/demo-city\n4\nFyOgHNFi5NbvkpTjQZ9owgvmdW33NLEzwtqbeiV7q9w=\n\n— mamori.localhost/log/demo-city 79n8uRf0wm0yIQTPBgs4gblYFX7S6O17cT80rreHiD/RJ4VJtcNiJ+uqbTySAqXqKkD6tEMGsbSya/Z7S5zZTi5W1wU=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRgs23cstkuCCMQ+cZi2nDX/Ukighxsw5t0Rh9nm4iKYKV1hxYunCCAST8I+YZwBxzLo+DoD75YkFR7YNwz5w+mObaqBOI/KH0JnQYY5oE6N/9JNIvFo6/9ZNmwZExMVDdL0YY8ePufq3CA5pajY5uHGo8tWU1MvgFaZ8VHb2+LLasB8ZnnwWmeFpkJJdFLAlCkHpiL/K3lW6LcONSWycn2iL7hFf7dR7EQ7TI+MYHVSGFyyDMlwJQw1Lg4ZLZilNfbsLLRpYaTzGCtgA5FqIV9QkoGDdxnSe8aB0ggHgFDkp2m7oE+EKC4hQogiaPIAq78OYGGCIsXA6jbx9a6aStONRoYUJQjKoesukO0my8f0jVHlw4DKCwQDzv1CKEN4db9eIO18XhnT6VKZONo55OtLdELMaGTLTbvrsgskyaXQhTVtFNd+LvrsmpGv0a8ngD1Sva8X0vtNXiNl3MM7CrswcpVzQKnvFyHwrbBrdZQdcwImtO7geEDDG9gHYldqgkd1JmN/CO1xtktHYwdp/hxu2Sz5LXeOMUsyCVlC0x5ZvHtKwPEFq/7owVFUuClMzcv3nroi/hQsv6C7GT4SbYrLcP92VZAB5dVvcQyVUR+kXy/KrfjxLbpHZ5cR8yHQk+4vNXbx49c13MQEz/jGS79668cNiK1h75Wf4QegtzxIvtnkwEsClUOHowjpKTR0YgIAQWMyS/8/fpW8FZS9o20vz3HdkEvwaNL98cjm8aW8IdGvm48xkIL629VISp0/a/PzneZQGWiVRff/mfJAMn4e6MNkfNMKaXRKQGh3hCtgZ1zgmgepfwk7yABilm+C3YwlQG5r4x6y5E2tBqFbO0ssYvOC5qp6R9+87orVWSaGCthagqFnqdtreTHVsEOCK6/u6NMGphe4VF+DCx/ZN+zigD7Gqok3YhgORhV8v7YnG2vYZvWE1L5mUBqcB6EtFM/PN2jIxUcvDqGYUUyp5jGuwYzNO3+76AXfjTMItXXYmkf/7VpzvGrSx94A5hPCW58MUONKcWvggg3pmq33GuyMTJ1Mmp03TrGSsgpyGMmfWS/gwKCmHtbzR1smz9rrorljlhWHzEShSeuZNSWMYSubqH7XxaWfGlmfVO8VrMD4Ls4dpLDJXdNjNkgCh2SXlZfkx/85goqf+9l5JALWoqGEYHA/xrd4c3nOQhnYmx6FoGYNMhWPbGUULD5ZHCcOVypk3x2Gt/Cq5I0x20D4yce9rbeMu/V1Ig7gZQnTxpnoQFMoA0ixGvtLnOgsE7p1Bykf8kK+2mBWYjyKpyNpwisxVX6e+r/Asvxa1sFjPNc8Jcx83SGLQa0Tf/0+wnUS0CCKZBVT0t0X7XFzD8MxFNX7G9mPd6AWns7ryn+lvDI4DltFh8aeoE/W3aiqg9cCJYbhJrzmGVrw3igfj8afaB6xVXiDh3tH4T+WRBGvND3S1sruGhnGLdq3QhOdS1EJ52m+fpZ7JqqHQyQXQWphVSiF69vacvHh6pz4Pf55/3aJ+TVbpFs4deqTm/57uOKx7Yat6OI8AGBnQq8Inf+OJ4sQQZ+KkaTlarmtv5OaaxQJ65j4Nek49y9VGb0wwYbZmVKPBTCYCyXY+IzTWaWEWNtzj3z9EvZMl87G27ONy23OQ9SYav7wfBbPYhAsje0iGS91e8W41tx5hFdUEZ4DbejB6rl/P+ZyvdHgudqCg3NBPacebvc0bN0hhRW5ahTnNlZZIt0SsNz3iAkSD7Rf7+3sSQFqzEdcm2GDwfApPebEpApOt/2tlruP6TcvcFqv+52w+KEO8qUoTdUmGL8f7KtaZBzGaN4P068J8Sa9vBkaG/HdUput+IpqCyvSBROpf8eOzt6/xRICmxTGcLfN7E9GEu6o2WYO5tzTdWB7MSm1f7412JkOS5Haq3eDZC95vfXsf8Lc2PBro81rxxR7z4CtWT8XZFkegAY9339SthR0o06tYwy5m6zQluJquE8nKixjNMYsxnMtPvSHJ1nNYdkMOfmQeKYTCXwlyeFSCSVk722++kZ8b860uA/a6qrYF6AjZSmC+/qOuNQseDTBp22u8aXbrsTyvhzWJtj9LcN9UN8fOc+AFnVy40rlCKiJOzFwk5j6anybls7R/icV2e0BxwJyvOuoI/twGfiVtiBOd8ZJ5daLcn6tSEBGUBOJNBlNq6/Mu6nFhkyh1JDYn52tqMPV4WaYNrXBuaSxgzP8lkn9VY+GxPXYv/a2SJQmzpPwWxX1C6h+GgXmV/9KwdPpvMjn3lulXiSdoFKC0Rz3j4ynQ3L6r95o4BVVSOCTWHt60HA8J0/ynS+aDstQQHJsssSbfwlvHCKmjVrmTrfCJLk3CSYdSCvwHChvmEa4gGj6Fkx5oyb33hE+9yB4mX+jQ5Abg8OEchKqLBybz/rtj3QxDBWHVi3pddWhBiyh78LJEwOj4E0CYNiK1ce/Bw4QO3i3tvOnPk7bw8ggm1K6Z0h+TdvdrRn/HLIwonoanghtvYUGxNjm/X76eaDdxGiE9O4JLh8dSRmw9BCNoWvm/H7M6sfgCvwn7i9MwBcwtDdTTh9KYY8ZQ/ovzRzx+nBOIvc/J5Ml22n4RwTBvOU4LtmzIQLeaKidiBNjWWR5jAxcim2Wm2vId4FOD6VwUcASgPRXTDki3NHOeohQDiJ9aVocFgKbH6+AkcLwNzHlSeWDUttsN1+aj+LjSpzmCABq8h27GIH2thxWwL+CQiY8IuU4fv/m5KWrHED3wxUwO/MgExUf+hfIgJJHoe/JpAO/ZF5JFtD/5xryJG1OlkiJzqY9VE9WtQOVwic4XolpAmmJ2XJHElOQxYEPU06btV+CC5vSvHH5vMndPNSJv7xJkxTa6+FPFdZtIhoeIVg/YY8FMMkO414QvXeqtwzr3QyHzBNLdlXEA9BkwhRnr0jLUojYA7A54IHuh0PRBwNlPOy9BZ3blqcu1fHVccQJc4P1SD5nXeAZkPfiVb+dJtmcGHJ/XDYa3au3pBe78pd+4H7MWMcqoRWp3K6E2wxGhksiIN/ibMWEly6OPH/UOtvl9QMY5ADayOG93LLpcpspfYKzKyuaA7g7CHpxu5mlBNsBxeNq0rKg9FqGUjTelmaG6MEFBs3Q0hdZmt1f5+st8PPHy5PcHSBnNPq7QAnNllaY2yGjJKUo6+ztba9v8DBycrU6gcXKW2ts73O3ePy8/8AAAAAAAAAAAAAAAAAAAAAABAaMj8=\n— ppc.example/witness c3IuOwAAAABrFrRhFWWrx/CWGe9AC6S03ic1ZOV/NRmcibvBHsYaA34dcwavJxoCx8tm5vf+hpls9rZBeHnHOohlEOjhbjI4SwjuCA==\n— neighbour-city.example/witness UukDQAAAAABrFrRhTocHCLH6EplZwe8RA6jSkofRFuY3vLJEhB+c7ZWM2PYIBSA6iLiyBRdlUxCxmm3lv2dOGTL+/ILa5+9i/vbNCA==\n	1796650082147
demo-city	104	mamori.localhost/log/demo-city\n104\n7NM3sLN+Dvjdy9XsuornYCW49CgBsn5Wk+YykgrH5FQ=\n\n— mamori.localhost/log/demo-city 79n8uZem/r21xSXXytot7EM35ji3CGf8N8qfoXWIUFl8orlN+a+RIXmhuSX5FHD/Fp5s3ylsE1AdDUZ4csbRZEqkMAs=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRiRIxKwnZljpsrayhCiD7INPNF714VD3qM4cJSLpMxwGz1KSYNexc/AefA7YL/EdoBdqDtJulAtoI5W1DTbMFTF1Ns56PbdZaPIqdvMWIqkpQ//7icNv3xWy3EGKYoAMC6pB8hPqaL8/cT2FbmhAY16t8EF9a510c60B+a1a6S8NBKq9rVCkLLIkp46MmgaBOGbTQLftzToxSZGt1X3Amf5CIYTH8JPhpfByMlZEfMz+X2CLv597oB+PB98Geca7mBFDE9RLPEXHe0qc3z+N8+x91kcniuJI6+1ibPR0aa3Edb0sJn3nefqFOtKzNWMS3uL/T16PvGdnwmM0v8j44cr4IG75x2rIe1TiKiwT5LNreSPZO9a65yfn0uo8nG+fiEZ+6jekG1Ra+e0o3BxzFCrvvA2wS/cAwp3pmHtZoTFm91V8U3REVotl78Hnvy29IpH8IwfaVKcexJ7m+putfiCZ4TVtNm3oPSp0aH/8I+kJ+INsdlP1xMr0kgqKaKfQs1tly5uhrZ7Kt95S6+SFyOeNpfXcpvIcXTKZadXeMxvGaQwPDSau8/bRgXd9ypSsWCZaawRD1rWquRS3VnFFSo4+2bHszQ6t1Z41vJqsZAZ3rQqw8n/+ud6+hSNPyBLTuskhmhnE+OSMx3bEZHT0tYpSFQBbAXTtV6ZO0RR4UwGF+nShOuawlNt6VgHD7oNgXmvg/fgMGhnGiDgNLnyNSRkZbz7nS6DW05FuIsv9/cY9EDkQlbzvhDF6bbvRyfQLj0sIF1xYABB4YZSUhuvrhaPo4+PrIKvNcSkRENefC5JeGsKmfn3PXRvPM5qY3x6uV+NC5cU9hxyurLtKAsls+tmrAnrQVk0Yi8KMTa+5CuDLJe8xG9L6JPEKEKteuSoptvpvUA1etlmddaMmJKpy850UpputGdyk1lfM6uRl5gMLHgEjxzNk6D/a8qUYrUkbOXUe8V3SFEbp/RLS4e9Rj+VosZJVku1m28jIKM/qw08mH06yuKSjqMWHvjgjpOmtfwQ8xdz63gYSKLjKK0IU53Izc8lesGb7LlKGpoxbJf9K7Ik+cuT0dPKjJ7RRCV58X48ramTNqW9LMQs5RHi4vuWNm2g9aQU7Dercf3lwVHGulhsRVcPflCWR1eXAmkVrrq69sbi8DsDxBnnAhVnO12gIQgesgKQ/QzgCr/6Jx4qwLWMDPbjmxskaHQPQgwTQjrHZoqDYQ8wGSR73tAvSpWi9SmEUJWC77QZ9v1XfBh1mBZ3TLYRn7YIMj9LbN1EzYi4U8GmisIi3GYXZLy4TTCewx4sJ7muiclST1JO4UxS3YiHcjEWkHAI4WhUxycL2HBxsvF5w2FvKr28tFniYd6VKicPLMA6rh+fpSo7eeTbA1dM9FaYyLolT60GA79xYAyvV/ljAfAzw0+9mHCe+6yar4PnHWVqF4V6UTz1Qu2ZXO0JRs9eNeFciO19WCK3Uv8ipUmml92Bo8v6qFxaTZGRwsTVjTfTRzc5386iJVCkkJfQW/YOxLD0DJ3cS9elQIBF1Tw6ofbjzZdQJ8DN7SqYjpZueWj20on4leeswOV1SQrB/vZRgU/fkzJILuN5u8/bMSMz+mlMAmqJ16xmV4IcigiL9IJUSPzJdxwTYzRPmU9JqOUlurxj8fq1qCnQOfcauCLZx5jfQk6rG4w3SFFsKrjezvPrQxG4SxkWS+iXb3g8ZK5tkW+5NS5mPZvaPU0WdLjTOknCgnzf1Dj93gn93K6i8HR30J1tG2zAFmzq7BzM84rWakKKmNccnJFOkfWvQ5UExqotXimWBSrNWdG2CjfTaSf+P/eoLrSlHUrgl1wD0s25TQKapRGvQv1rxopjbenYCHgKLbjxEy+YyTUiEf9Xum/QmXsmlu6iCMRKioyryiOc9nYQs8bxPaHuzbd6woaAR+MpZUCN+TIMrJsU436/+siE0PZkygN6xFCLBhf0M3TrfOunC9PZFbLEhX7TupEouOfdFDr7AcjHttL8/xUobmzAxKHbFa9sdVNAguvZV2oIojnVzkTPRlfkaTXz91ro+TiDTOM1URh9lBV+MgV9bxHV2OhOToDqtxmtBp7qS1f0f3ZYb2rYs1GLEy8cwa4P4tXBx5li+o4jaJV1DfssoxIXZLh5+d79upf0sUfDkcBnlJ8VHurbIGWc1qOqSca80n7RsiaD0hiwiCt9B9cVA1RmDmAedzDrHMaB6dwk/Sm6rtpnC6jkltx9OeXMjr/uYMIQR/wj+R6EDNsRfWDPqaU5TczMEiTRyekKVwp6yCR+3CZwqC24i5GHhTZmcDoNBLN239fJSARFvN8wOEPVd0LkrsGISowwimyGDdhwHd4ft/tKHj74hpaDZJ7ZZ14Q2JTHxNclNLSnMhqpTC6lwoRCFXCxDzJQC4l5khmV5SFjeEBAO7z2QXSg7B/WLDNKaMfY6YsehOGyzJhL5CGTL614uJMTqty9QEvBykU6+MwNvONngV1t33F9Lhitk/bipbk7KYyztkj65r7yClwBHmKdY+/cpVvumhBN/P4gKwlkjOVDMGp/3AZ/uP9+4Q4TJiwzCEu9N9Sr+4k9gkSHgTYSGOPGKEHOUx8DkQ6QdGGOd2PQN5a+8778g5Kr2ahI342jGq4KFhi5npWa8mrHr92JW7bv75/az7GZaiu7o8c1KQhDcmrUeZO449PpW5tFeUugPa1Lu7ueV09tugigLZwvtH0XMR5B4FHDjb6Hg6jEND1aesPZVIgJxg6QyPO6dsru3M7EKZXZE7RT+gZy+z7tPDAnG6Vrrgl3O/rzTLz7XU6oAsamjphsRHTVrTuck1nspcJGIBAHjVBSM66NBetdrjp72j4vy3lKXdgC7j4viwnf/ca0xVzXDP9EZv0OdhcCzJfM3oboKuA3AlLghx3LudZxMbb2C27SyMYJlWhhjSPsbOupV1NvxSkH0oAfFVtF7jOTjzBXim/cdQElzXUbRtJc6lpGSchx4dJVZKdVqHQclFNxSc+qYaBQtY8VdnqPjcyHrrjm4SGnhTzPATs97vOkPhf01EoftZStoNmP18UdkfxAcc1Uwl5XlTkcqV9J6pA3sjBbBed23LfYeel1R2XXUK0pnrfZmoEElZtkZOaoKqvsrO4xNbe5w4QGyQ4UHOpsrnD29/5ICUtREhMX2VxfZWdrMTY3/j7AAorR0lQYmRvcH1/r7vV1+zu7/IAAAAAAAAAAAAAABEfMUU=\n— ppc.example/witness c3IuOwAAAABrFrRi3njkFI5hP2o5jpvn35Xl/r4H9f3X9uFhAvIU5ObQMqcbHg7sV1oDbWzvrTo1KWBpnYjZ+/DK2aXJ8Dtgf/JyBg==\n— neighbour-city.example/witness UukDQAAAAABrFrRj27JQxMCTqv42CYv6mhxny1pIyo+FNy9JAVJ9bOmTqCQpGJw2jrfEcq8gPWRrQQ3Fdmyds2iAmNa+4WsVkanyBA==\n	1796650083204
demo-city	109	mamori.localhost/log/demo-city\n109\nClf6FJjCZ0a8voScb8TPmCdMH2/4W7t3QoRvwJqZvcM=\n\n— mamori.localhost/log/demo-city 79n8uTuxnqWZfkod6gqSXPFtgMK5s+OuZ4p8PujhCx9HhV+yw+bZWBBz0JJpqnyRkmVZo84YOPYT1pIzjqzJtbWLlAg=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRjGjgMnT7dj3/27QRJ5GFhmssluEuiJ31UMJ+GgyTxGdDPCHJHzPHFn+QVGP02qzP1GyvpE4w6gm97vhmbOaiXadswL+sJ+zgAtwpZfek7uIYzY6DWwCJPUyv+BTKDDSGrrl+D8s5f6PcyJLvfEqKRXq+OIjwPuTPbAUIWh6Y2aE9WYLkZDrvmshFDJRmFpbuV8XNeVi+PbIqWrIVJt/7mI40AlQqb4wnVm/HtToUTj6HXQdhb1wec1Bm05ZdT9hDLt6NnNwHYvWiXk41X/Q3Xl/SzdRSCgb8NwE4HvcehqzfSB3RqQT94Bb2o/ZCzUdLdlYWKa8B/2aez4f33QOZiIkxZ5uligUx0Q+ETVJzpP8wdBMe+0E3huVe1kTxwIpmcK/QRPMwW3+slzfiUdZZ3FUSZYGV+F6gLO6rXA5vfCgd4JgRWlp40CRlaIHFTpnYnd5HpvELwPlogABJsvZyHiLy5YeuDe4SWR5xG4RF6t1OQIwsxgWjpoCC9DfsbTGjHdrJHsjbz/J96MjA+G+mNF3wx9WosgqHRwJB1Eq/gDKvXJDQiq3IwDQ3NORIe7Qrtc9nrH3S99bYTwKS7pWnmfzBqLyZSmSJ4KON0DczthKr0tv2nfg+ZwB+uGIfm/ba2ku5zp7253KSsqdtdhKoP9abu6UgIkC0jpM8N5U7KfdYkzsByryJc1Uo/0a93nD5zk3u5kstHlg/AuLvgFNriBZ4xCH8ucG6GJ6f0QvbUhd8tJpZF57N42UXdaj3ITJto6doWR8VYgutQGNDLkdwaU2Az0DXFwrvbXyE4HVYz0vrkklsFU4uhBXaPpgjV9GGKOw0NhZEIXM0TLA9k3D2egkv+tX+rnW+shiuVTLZhc5Wfm1qrqblgZMtHxhhKTOPgeOM+TS/WFjyxF5cRBe+5ItwN0BnlIRAMyHOFeCAkNOfVq1sLFQrtGR687BZq4D3j++n0MY/3N24mZdDMgnf13HrC9dpReJ2lhFY+9R9CpI/w8bzv8hpEclt2VaC0FBU2jEyrneFKjSFXIL1IEIJy9iOPdiv9uaPEnXuvLn0Bn3LjZlq4ceagdmk1ZTRc7TocvF39DqiORexAjO0aZudb/e8QfQkXD6NOxqfC0TybeKNd3xGOloSmUOTYYQciOcwW0ZpCyGU/VaQQa8xTEAvKNqI3fHWs2y8Ei/npfmnWJwKcIShQ/bMvca433/+mPFeFK32EA9Z3rZUDs8bJeP4lxSzi1XgIo5abj69VUdSKMNgC4EPjdGITgWszfS671fZu7/GjopQboqJjwGElyJAO3aP+aXZsTV3EHrQPnPlAlGMFrfAsKKnv0U3rTXPawFEwbplTTNrlTOxBZ103JvVXhv9ETbvvts6LmxopmBuAPtNYD/YdEXyXrbesb6qeTKfXBmNKf2/96HDdmx0O+W+H/NLkF9JXpCxXU5SECgnJgkAiQ33gdYW0h6AF7lYun229Fa21SFbxJKP5oN/p2xOAi3UQoVxamF33UoC5ZQ85unGxPy2IIXXd33sM2m5XpJgcvW7scRFUdcEtDF2B9mlZMI2yCcGPnsmzvKKpmbB2K/A/OjwDQ/anWj1eRTwxX4/MRsENmmu1aa4kgjnHFsiOxQtmLD7nHDrAr7i1zrlKCVBPllbRwwZ9Z2eDf9lKvxpj9R5tex8utQm98+w5/9QZKLpRC2xBl0cBteemRICp3x13wqmKkPwbaoqKlIWxGoCO3bKQNOLR5KQybaQAZygD6AVTkLN5/tr3/+FZUqcT3gwUIFsaP4QuXwdUeUKUlcGsFKCfoZowfiP887DvqEKROX5+vO4gQaU7qwsLxRbVRDgM7m5WUsF0EX/ICiZ+vWTlGfhpMf37KIcq6BN+xjmGiiam1CFZdtRZb6xOCgu6ulZcaezI7ZtBqETCI4/qexjYtF2dCHhTbr8uk6aGaFdpXoKua2axYFVHj/80IT8usAFIcf7jIFZPnFfpjrRsLYUh4B7UtK3ytkf7UiVqIr8FS1hM39TQRIC1fibMjVGxXDgGxu0OByDMKGBV0Kxo2SZkD4lw6aH1SEntDiuFlyh2/6LE1YSYJjS5KG+zUQdFKvQRBW+qoi93WA/Ch7BEzmkXnWDInxvRZelmxwncu38sUFoiVjEMtVeichYplWw0AZEhVgt4290Ec9ar+ghoYrC9ZSQZGEsMlaARVfXvU5Gb+rT/a8zlMBAOqwQUzhef30Zl8Hac/zkrRimZOYt8djzOyD/0IYw6FnA8DsallbPgUnJtQDSw85J7RRh4CGJfK0uWqfA/+7Ex7o4cFKSK9B1IIWNHYajDMGpjV45a331R2d4L3apRRyFUf0+8zdsnUG7XYB40eQe6UTpR3CMAlf8zDScfxE102zOVRVsBw0F+1bzU0p1JqL2gooCf8dIUMWwnUm2KBxIk1PuyXB71ljIH0BtMNrxGIBGeRCvDWhOZBj3pV5BHFD/UVyFMlIFK/22GKpKq2NQ2q4J28n3JvxSIk5qv7Sz8jH5R54+CkxX6J2gXKkW3jnrHrOS4jMnm+1riaB4WF7OORLGv9niaKRamtDBm74WkLyXalX+421B7NXNG+8rt6ozMgsG4EpDCjrzK9T1D+W4jvh4oPuuxACkEw1KeObgXoeNkdOFLHJc6yHgRAUsnf9TY6cujFSKPkIVnCgyZtb2j/hPhsHVR+h2tuyPGSV/pNPFA6+ZpMDFPH6vDJA6q+Z/JSq/dFlMYpmQLNkTYl4SHLQJSQQw75J4a37o81utABMtQw6h8jINz8MGQFOJ2ONiiVQoj/Q6kWHXxMugkQloVXnrSLfUKWaP1TAVpWE3PF95E1BenU6igSZZcqfBFPvuuE6yXwyW0e01jiBL105HzLslRe2t9lU4qBiSf9rLGqlG4dX+t8VWE4+wwWecZCUKmj08Dz+zJQLa2BnsRDactIw5tS3ZfZo2j+Z6NC2XuGo8HRaqzoBtIuga4UlhK5ZuZwzsou6o5UMi7v8aOBYPXkL0R2beyBvJw2ckO6THFZ31xTjcSJDcJdUvdIJkb0nDhqxALq7Rda52WBSkvs+0vzalbR9c2ktXFRurR/b4+eQ+bgJrVp/ysp65CvDyvj4aP0HSD8R333hoKIUhqc5Cjpa7M0N37TY2Tq8LX4/Dy9gMJDRkfJCpIcHyfoKzA1O3uExgeIilAUlNnbHmLu73N9QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0XKDg=\n	1796650083282
demo-city	106	mamori.localhost/log/demo-city\n106\nNPj4QVUU0p7TLOpqbBiV1xcQD5iF/miQnEUbVAvV0bQ=\n\n— mamori.localhost/log/demo-city 79n8ubIS+Eawz8n2v0mTDtXFg6ztatU5Dymv6/K7RlomhbDZbHoUffZalxSjDSI6SIFG1JHvfXUExE7Ps+eppOhY8AY=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRi5BQBI7szGpPwHF3HgbbTBZwdT1+lo2qnQLlYQxC6T6HSjsCqLI4wJYKqp7wfLUfwI+CgzQqC/mrnTPxXm0XGZBZfwgCJFrds5RLXrdefqu5IP+lHeU0sFohkwX2kXhmeQPqAaC7a61VoPnQJW9m/deu5UxcUJFblZ7zuFzzmnCOySD8+Z6DMIstKr4+yIE98nDWL7COCNiFV8Urdu0btZ2ZRLjqfzteEPhE8E8waXMos5GODjpTEyXsn1PSvL4xWmMKBnyCjfoPH9g1hBidBbhYF+E+YESfbi+HeR00nB0f8EYMGeleuXX/wIP6T4izRGCAL7TtuJpKDLWOly2Gz/CujJZ+KxK79HZ6Le3W9HJkuavhRH2OoUlX4/7CRMnQENstQYwdEru7o3vxdjhlb868nnOaSD5CWgetR/P9s4cXB85z6svcfuHTZapSa0uPnC+xMRHnDoZXqqHFCO7b3ZBOoIVWPeIz5eKEIc/aou0cIKpQ9f13+9R9mZY2DE+YSNz7hx22OsN3t/MoK2F9+3timcHVzH3E9w6yMKv6YMGGWXB8EhBPTSTSTn0Oi6AkHYmrSeVGKxGKk5p2rmIjh7Gfvw9XXiGHzVC4dP2uNJ4SA4bk0zmov2iqxASOJ6HGpjG4vbZtO4Tb5exdhL2xeJAzEYpTuvjMvQnxulcXA5HWrCKLCPqpryv+ROaMF6CsZZ6qqmOWMr1CKzIARG+Sq/HlW+pOcFK0Ctqdp3Qt3kXpi5K1qEUN5i/1wZKHIh3vKkU3VyA2TnZKkRGOs93LtYM2beFzG0QGpHWCvz0RLR/IZRY9TDQ2ifIX3zZUPvsGeLagRG+G6xx5Kp6PNKx50CHu633WE6YE0nFIzMJ6F2h739S4bngTPIzidbELDC6nHlzeNXosy8H9bDP93OZhU0EkijpFfvHJEXhhfiaKVs39YWTeOTyfuhInFy6yVZ91RcU29OTtKkr5FlnSX/EVLshCQaiZSuSN2MJt1XeHqI1KhtbbQCl44uiePWgDs0zG110qBVsyKPUXXA4FSzD/71WIJymuRS4bgL4rTbqw36bg0tA6c6iXgOAIH/4d1ZhyOkYbXs4zbfBxaNpoTt1aEaq/gr1c6ns7iWdBE5y8dx2eCt39WlkE8HHXBfX7uiQjY9Zvdmz+n5hSpIgwqPIQNwXWydzwsp84/TpTNhCCqN5jjOoRJiS6Jyptn27W0/YPdPRAvcy0/dUIriGw0pg6BeRq0M+xk0qF0u8nXP4myA8e1xw6rqWAw147neTyonAY0zQIcT6N9Xx2jRJj3d2Ulb6uv69Wep3xW5kerk3Lp6eAnCaYp3BsE36kZglD2pOy+66bPeWzQPHVhNbmA47EM4q46eqMZpUArPW90Fx7OwVPu0Jg/QRyW4nfcSMl6BAIc8TGSwzfOIyYGliRHy/OF61XP1xn2kmz3FKFxgZT/3J7Nbzup+H2/tlC6TTlhQ7GBO3rOgJPpz3jFoq0gJDtX6Z5Tyn92qBzwEYLKHus5dH2geMK4pMRf+xt7U1RSBSeQ+t+0HqRHsl6sj7McbdKfBEDFtm/qsIVsKXhNJ0Y8K+nHrKQOMzofxpAn8vbJ42A0xliD6plwMN9I/cZXAcNASlQgHi++j9aazBXD6LayBBog8MGlzIUQil7bCNhgNQNMaYZp06xQU+DLA8YRyJuf9xjseF6OkSotarfYJx+0TeUsQ0DgR05Y2ePdXwcgp0ih3xBxydvD+8eON+HISXiGLKQsrNdkY/t0rglCWR5RyBD73UYmNy8mX+ld3a3FXR35AOpm1zRAWUOPYCR5e5t9PA03kUSeDwz5/tPSbnQTvbmJxr2ycuTRqP+TH3FNw6nBUYDstTp0vpcMyW+coCS14YCQEBcwTN09mWVBhdQrjahMuiQUlxOlDJG3u9oe8YrAOw4AgSsgGC3ZVPulVVUO2dFg8pK9rYsq0D3YIQAm/h1EmWT98ZYvsEryixgvTDAZG99BrR281RCBVntH6A8XiNF4KvWlFoJqOG1KA7crEBRvZHQRguOrjr08jNXcgTAT03aKKEOUEtqtHwYz/FsijfHvXSepa2WXjNduvW9W4giOhj+fWfY6EFNbJIft71i9fLp5krNRR+szDNv/WICNz3eUZ7/PMlbfE+H58O2Hc+XiMDHFcS9lGj5jnK+RH46UBL+nKd+UbMOiK+BaV4dK0UEee8G8LIepdTP8wHPbbKq01P4TKRGGBMA7PuxfbQ8Oxtc48TBlFrka6NCVpRIfOY6X2LGyIbyZbpmq3EG+XwO2q5/0y+mGrv5Za/iUzzW8gNJO8bOCyImEgfR9uYvgoJXPLELPBl4lbH8LPtI/A73Ff5ggTjmZpzIlbK/wWtyjRL9NP3hKmAAKuQbtHZxW49z4vod7zLIrMOQIe3C8H5vUA2Rg12mzIrEuvvqSttc7nzy6gADheERm81IGWaM3CLhZlCK2ZnNnL3WYzkuEqgk9Ao1ORYMdXuORMAxehzV/+owLApsDEL8aBUtWuSFgkpDlbcZjJ+hI/yzqb4StFIh1R8qiEIoTQCPHzfXvvNlwILStlcCd50E09ESe3yS4bzG4bKPuSuapekLVXfS1Mmv6PH8qrJ8YsFL4TJouQ3teaxOX2dTOCofhFOl5FhViSjVcghYM7xSwhXJCpde1KsaRs4PFj9cqizXznu8KQZwGrkHenKozDdZKPU5o63e/5cRxUp4H2RWkdS1gpKHsPe1ifMvkEq6W9xA+BTzPrTcxZG/uMNqnl+MJEYxtFpVmwufG8osq2Oxtd+isoIGDZ+h5uYy01B3hPzC9Ui4ZZuAIAgwyfiOM+CwMQV+YFxglad1bqfWhbllyAZycQv/tQSECraMYSgWKovO5+MXV4A0GGByAtGLilD7fZ6F4URAGf9FuEy5s7dRPqwvS8YB5jiRDu0FbxPqpPivCB/eepCiIcZ56shkxc9dwFgHPrZjocNifVI5Z98sbft9j1Uw1bZtvURPo1wY1d/l/3qVHP9fQqZgMp/E7Z308F3Is2nJGPaBIlGFF55+XbhskuisR0LG16RKoT/HLBU+x/9oqYEaCSoKaUuwzAxkiO7pk4K3YFFhHdd6BgSn8FEtLIEjTdMMBIThCT1FudXd/gYKLkZyir778ICQmanR8gKqu1O8JGiYsLj5pbHBziY6SqsnX2eP19g4QERo9S11maW98gYeRmJ2/zO33AAAAAAAAAAAAABMeMkY=\n— ppc.example/witness c3IuOwAAAABrFrRj1RdIuQCfWaxsTo2X1uIWZTU3pdvrk/B4A+OTP7p7DPD4B1tfJjG561jt9PQA/3p1EMksZRhpg/5IkvL2XOVjCg==\n— neighbour-city.example/witness UukDQAAAAABrFrRjnc6JJt7l4op7MIq1ovWxLDL9bL7HG/PT3QtBUh85KENlUhl5dci1uLH75d1KBmC+rIkPGNo5PKVC5Izfphz8Ag==\n	1796650083844
demo-city	112	mamori.localhost/log/demo-city\n112\n0hFD9O2JOSbA5JowFs724KWD8sWjs6diEUb2TdBhb/U=\n\n— mamori.localhost/log/demo-city 79n8udVQ0OSURS30KyIspy8eHPL1QmJPjsq29hvBBxSPWcY3e/WKcbUSwVcy0NTVRgy7nmxYNTj/MJVukpnki0EQIgc=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRkvFc0DjqcrfSb6A2m9dK9OOsUlwSpJXhyt+geUmEvgUt6c99/9FpPJMhR5Z6QuP1vBvVapvNtt4+vx89Ca9bUCkDnR1nhfhxKnJIIwzJXaqCLY8oIw/X5kGJ8wIXRMq7vrz6vFGwpoo7Dc9AixcGXEIfADlZB7MlnSt05kXTDWUZz1RXwbah+lHfSk4a27z2J15km8N7LOyX2jNR5qJicaVIUa4W24MFth7bxSP1RhDqVlUsda7yfeoF7862GrpP+10zYiL5E5pp9Btlqx+aKoJwn0v0qSPfNEw5YGHrA+AkD2hJP4ZZP+iuqwbtlv2lIcPs2dMgIi0GAVuV1Bb0FlRVvTe8P/hU/56nwEEK4C5RfSdzxBRf/fTk2s4j+Zcbgxz+UrsYMAD2NXt7Nc23U7Q6D16vrHbnmvSHVIiVqgIE0R4wDuGcWDc5vOZT1tTYqL/yLbW0EzZrnAN29xNAnS1mPyTtVYThU1igvWuWsbEQyqSul0McjePK3qMhgboVBkvrTunSZ7A1pKZ43qYUMG++AFE6Jfd/h1zXTgQToa99s00YUHod1qg26B3/JVj/4G6aZwXLP/1EE1/i4i5Jre4GLXbEgZXaX3tQPi9+Xqo/rAs3c3wjRicFE/a2Mo2B5myD9xu3hQUBV5fEne1OWokytSufEvWXq1U5nFBGVgcahDxL40dL/dOtbTcvax0ZbpQzckZzTmFn8U/d0LKjI9yRcvQrjlHgr6FKZlyUSS8zvkU3bDzH5QkjPHEMcUBfhV4L98Q6+0PZ9R91jm9JquT/9UAdH8Xo/A2vXu9CQblIaxsZuphluGFUiVzgkIx0DkW4oIVtAjxRIaoZpM1z8wbuoIucU8oUCfmiry4QRaLY4v3Lh2MiffrkZocJrwCFI+lmVkOxHlYcIDnRN4A8LiK94674inqEGgZf+CopxJuyLlTOebZeP7Ii9PVwaJ6fSOETLfbNPAgDfilQf6MYYbhaDnfQm98fiTKI2hyw171PSVF7UXQxbwst1jsWQMTPvBt+GofDeXDC+cInofe0nprdX60aMONCNEK2dwtOoWuAaq7EpbUGb331Fp5kJ2Fu9limC5V2iWZmGxbemob1BVJ3NPrcn7KoPHhckl2gaanXNzeGDyh2SOC0RUpXf3Frn94GVO1AQO2XF33bolibW14661bk7WclQmdiwuh7MPfYbGAfTQVe8kILrDfjt+MDSDfEn+XGQXIfsGFqA9HfTXqN+6r3t14j9HuRAWcXB0TH8T9YnK3UFS6htzcVZZP5bsZYV5regEB74Gx+1e3uc+rlPob7r9zTU4UO9n1doipl4v07O11y38eqWzKlC6dKmkOW3Q1I4ifkRTn9tcwfWvfNoZ7NWlCnlgByX61pMpsRIimBeh/gKIYufyjHFj0XQZAUs3HvQolPa4bdeonzUdegTcX6+JAtyw/37u2l5lkEIna9zUFrfC6AUvsNu49/lzoi1P0Cewq3TDj5Yg9IpYZgm4OhKQLkt9OySEC1rkibrCiHPNf6rGH+EHUnHZGz/EIMn3Kb6LBVFabUBA5YosVSrNK1zRcGMz6ZdU+U9siQfeFaMsUv3Lx0v0g41PODJCpaL0VZAxSc86Ii3emHqNpmxqqMFPN5Ne0fqsjVyncGa/mUsnx8q1GPbvhLf5DPEcFnpAZOM+ZmotJ5sEMgMKQbcu9yXRts3wOxlhuj/sPZdXI1kHZssob1srf55BTa1YcUfAk1A0srRmZ7curugQ6iVuKPZYK0+IiNoUNiYPTXRRsInr80eNbDNslQmXqAjvc8FgWPCbUD6EWFF5u6k9ppnMMjh7UXIrmraygbTj0eyo/Pr9gmyV2SdrAol1ETGH3MVsLcdnovqnDAVplv2QvzWuAkMQMHRBSUgP/xNF0weak70rB/C+LlYZiDsVKB+rdBpynDWJfXxFxclIY+IvU4Ui5a6mENUXrsgep2HIQWZw391iuTFd58TCWDYG61couStzZp9uPTPmFJTIDB8RvpeY2xDH04FDxQ01Uv0vijPumTHKDM67pGmM/7XSfZlTPj/4AX+idqeptL372FJwgEtmXHuvdlIFaQxqFqtQRqxyBdp2SabOoH8WDF83BYz3uQzh444mQscIIxTaHXFAlfVgebwVnC/Qn8T9Emq2FkG1vu+rgu6O3bLwFobb1kIiZ0rC1Y/EwfNmDwk+8VMi6HUFHJDx3UQJwcQQckNYXa/5VRJ5Vd7uFWppoqDEIxjBgMJu+MQDVUuI/Y3pQlAAMj+whOTSdg4Jn9Yg21SlnMo0ywT9+4beeXwOErSBVWbKUXoCcUvaBQ1MRpY51zi11XwsBB2hVqFf+7qMhChdxdhuFi7wjqgT9DTuedqYRwncGtH9jfSmmuzj8JWCmCXX53wQzZ/+ItrEc+Kk5fYMTNjEsdqX2xIFul+btVbi57UZeJTq9eYDm0sqj4aYABcjiSfVgCjRYYOvpezMF0TkMRAAFKiyVfq9XIyWmWwUs0MvT4Tw7yW3liQSF1kL0OqFCbSTbSjA8zy+6kyzYkyHGGUdFaL7+TaeYqaV/phLR2OLfXOrgZMGcWKZgOCIrLHHF/uo2cPJzsjmQSEetBQZhKqrqZb6dhQMWpTVmXaX2rbUY87wDRaMN31xTQqqI2772eJAd33UodGvBlzm0OGvy/vafb/qCob1O2019v7cOFgluRXOni+XndDpaNVNTTXma2GUbUViulcyGukhjHmmNp6KwZ/63Fs/F5dUSb/KKNLtPJMxNM3KS/eJCrt0loNfUbw89mSa+Q+xBgCMUu/4YjTZrbejQvlo9N+blBO1hM9xi5mGZFZJdGd2Hi58owthBrq9rRIm4gr5ebc8Z5Jfr9T7p17mxFUDe8TnDaj2tdWNIgEDxrpBbWS5WUXdfiv5b7EmSZzrO3GQ2IEMEFZJ9TJGqhRc/FebRB5G9cUQ8JAN0VeZUhIShtiHAS9z03LeZtL1f5peEwFY/RefYUrnil5HDyR73UiKWbT0E4AskSWxL3iiaN9kRbOtP6k44qVi98fD4gfRdIhCx1Ye2d8vwXoyHSr0MIoJUst6Sp9DEnl26AbcmGNVelIR5yXpx6JVXHTiwKhgbZwITvsIEdLvjIaP1BgZH6DnKGm3vj7Bw0bKj5KXWxxgoqeoqeq+v7/FSM3SFdZdnuYsMjQ2wMEFlNhcnSMoqWntOQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0fLDk=\n	1796650084005
demo-city	110	mamori.localhost/log/demo-city\n110\nJVJhlWQIqsVOlBpB9wKMh+r8w7ML1t/Za2KkI/Z7Mw4=\n\n— mamori.localhost/log/demo-city 79n8uX0+Lx+3igLJlOyBqkbmEXFfbO/QmXs4Ah25LNmBltkJZGJLhbzR2cgCqjrnGAOlmGHqdqKhfHqA17E+xPz2mwM=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRj1WRFouYXNM1zLXpUXjcNLdauDvm6/oOHd/1baZTSR24g4M4Ja+8u96fa5HJ7OGl3h6mRJ2XdsxOMWSL13nLi8rEYkuhqCLB7frMZWSoV6I5uxFd7iFfzR2J6h/2ecIc4mgMLgb1tHMfP0HA7XWnvSW/bw4hQfaxMTJbrcSKBN/tKD9CqR8KfWjgB4yzdjFmghgx8rAGFSSAMnv3f05oZ/KKfThlrg6TxdW9/QNBtLovu/jqkV+PN+yQkIsX/8mPBDix5GK/8u3f56bhVb/8D9oRMovuUX3VRawTopsr6Iv1Ssq++/xIy+cZON6l8fQhS/kSd2H1iw2iP+4CXiokaC701C9pyb5peW2w6rCwL4QAzWVfc3o6tkd9JbTQfscMsS5OVV5AzPZmjiS8VuTOG8wK9EQ4fSJG36HiEm0k3nsv1GJbqF2JifRJjSCJGWi7BJt3jicKpSnFDJKNtDj1fnuPKvRGEIpEgSFt9XWU7ruTI62luYlxRgR6a5i8M9cEDLpKPk/TjUhlITHInws1b8nYjkf4DyLo5xtHBp1dMkjSS+aJ5R4PM/a+ov1VcUgN/fZMMw7wNlUQRe/oVQCAAVUskXKNJOzljvw/4OiYcAcpqfYZS8Eu3CfLe1xQ8yxGQOG4hI9BfpMc2Glru9SfWYAuGkBXPHwVz5fntq2RTfmjtE17gmhEWD3EFuwRqd83Fo3CT5R917f4IwPt3mDHRbErlPeJ3EfHyd/Vbpp0yiGpmwPoynAxJV7stMbnqmUSTkfSqGo0tpKbdmUPMAkcYkvBKmyuGzrvwwfVKekxcTl+r6QbSYRleCIye1GbF0rKYLuCYbtUZNUXqEFvbn2YRfuXxdUpURcQn7TZ3273adgeq+iyxe3kpJC3ltmmVF7bXwh3jT+CMzNWmI0gnFbEnUdaKYO5dUtnjfTV6L+y2koL74V4lbk/BuimxBFD7gXf6JgjO5oFoRku5BCl77g3PkJblxq+ITf3i9Lctvy6SLzurql0941/GYa204/m/gBKcur24jTh5wy3DcvDjiqrnVQUhSPaLCEWf6GFJrlibC0fgpyNwml3AhZgErP2Q3NYSOSyjAl218T+Ayntr5+P7wd81A8TaA7rUb5QoHdSbfZEjxpgcsvG2CrX3URbkcH2NUUPY5gCrxsgUR2GGlgjsJfDHUD8Q7LVegpVT1FbCEROhbT51Iuqb993ImV5hJrAdcBLVhBLAHa6T8ybbP4VFN3ylxg7kqJ0Hb+Udtm7+wDRjzw3BJTUzMYoWYf/SQRerF1NM4UPCzDZV7vIziLh/U64y3WVuGP7a0fc5j1ebUc5uP/rgCCokkIPngN54gcFUykeovia6eaVGvhVBKYh5YF3vj2Fr0CVbCepM72bpUB5vEo8W9roZsV8JHXixHPvr9rRSbOmBUcRjQ+ooyrKRgql4bUPttyfmcKmileE+K0TJ33PERsbsmXwW30EErbiY9Jvr9/zMLfHGFqxVmFKCcy/XhAsOKFxW1mM3EF4HUXD/jx4AM+yMZDRLOZjH5ydRawAtVHJt7RGlAcd4dRDvoLBXcLW2kDmrA5YAfbPK7dUSJ+3TDzuBOPciB8FglCro92ctLx/aGsnqjdNhYG/cBmPuTlSegjsaTlNyDHiexb/u4i9K4YAODdSSVlJaLKOQSK96qMud+9N3C19P3JdldUhrdR4KgehF7YdmjimEfKzZ6erDASwnKFZci+0MA05yjwpUUOQlBOhjJJChSeMD5S79wX9ib40D/8olYc2cr2yTrORW7tREU67oFKT2nPwWXAU/8/YYlVPh6uhl8S10Itu5bET2S/W1J5K6g1gHjVUqb1aZnbZxuqrdmHjYsMqf18k97XY31NL/vqKL7DXgjcnikIeUzqet5LRDhAoW+6HGX1Y+0gwkZ92NeTn6QZ/bNn8y9W5xFY5LyCpciPppvVI6nr19CPFhavvtAJbMPgtq8pip+k6Rg0CnpvlLwv1zTywp2sLEIF7tNN6YXsAZ0jxkVapse1Vor2tcdsV4B9XkV+/B0meXxW7d50/r7lnMMfQ6pOWjjMvZsi98ybFQ3ZGYSbdtS+jOhngX84jWGiPyhHSBPEQkEgQzOkJmK5quJoyLCc9z3xy1+Xdsr5+XT4XMy4hwA4nInh1Of+NMQFJ5rKof2yvBuSalT53wf59iCoJGMdZlQznOiV/Wv+Omb5Snvf23fjTsTRQ/Jc9QoucesFdBPPv4HLHFJMKEY4Fy+bGcWeuo7E4sM1gJ+MTMoEHdpXsOyAvnOOP3CRvljP+QnpmLZaGGzn9KvmAjT2fYrIovSPpZwihCd0rUuwVi0sRVeK8d0wSyWuHvV7QPpFWTqKX+Rt6gLrHELQw+FJVeNNB9pbDzNR8SwHrl7KpxTNDdm2Be7DRBzWhixAo/5Ud6rTK8hCXzVdmntdDEcKiOat6Bcf8NpSdLYeTOqJzSwr8XXXjeX5MmKe6QQJWK7i/p4Bht0SrEIXeb2q0+bKzdqG4zhLTjiLdKMQTLnGTyKEUXfr8PpqVJlEKN6O2fyWgtmQ6aCFBKf72HKlHXbD3o7mHu1JeJuXJPQrt5W6h/rioE4e0zUBugpR5aux7+B55svcPGP7vRf8lS15OnipCwxEsv4Fd9okq/FTRst9lcJDoGVeSjPak0JfhJKaZ6hlwddX9kzHE5SfkO0n+1rihcE6wJCdX684t7DCafzoudXqb3dYVegwEo6LEUVuGGpGm+VP4+rKLUkdSwJ1c4/gGwYT4/5b8Apq/FSUj6Z72mUQm957F8jIT80F+Mfp5rgzdsjHSUniuzSQaplQMH8aIozy28mtJY4cyBxh2kg/YjmYWWhdYR5u9B9uzpVj98lzq84MXvMQBGXA5o8r62UXziM6gpOq8a0nZG5d+JSyNmjvqs1WMbbcvFYw0LVC8w0hl7kJ6Mja1GijZyQgvXP/9B+suwRtbHheuVA2G0biY4T07GDfxASIR0FhBrZT49gBroZYffRBeT0DsDw9Dh9/tWG/DqbBu+O1JXxzi9T05K0T3zeOh5hUKsH+V5aPmI11SlElnQlhulUfDXPfmhd1juTDkH8CC6ULMf70luS8eMHynkLjBgn3insY9KCosm3/EECAoNJiw2Qk5kdIOSp7na7O4ZV1twg660w9nf7vL5AxAWFxwoKzE2QkNMUWWDi5ays7bY4uft9CQrLjM4TFNnfoGPkpekrrrg5wAAAAAAABIfOEo=\n— ppc.example/witness c3IuOwAAAABrFrRkTOLRgteHQPSxs/INfxQ2P3F0MH8gZeSaQOIu6PQw21tPpVmwgNXSQIp2Ka5QT+qD/W9Nb40KzuB9wZ1pxBxPDQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRkFmeiCjo27PS9lpVZQd8A0r49zVnGCBZbi9jaNQA6Kw3iWMpKszO7LIYbLF/hCoiDD4j1VnYPQeV9KvWeUjE9CA==\n	1796650084448
demo-city	116	mamori.localhost/log/demo-city\n116\n89pbXMrpnzkS06T5Gvt9qbxDdcslKUwLxEvdDNR+Pzk=\n\n— mamori.localhost/log/demo-city 79n8uZCOtDGbGbWPgeIU7fnhfabcnY5IYrIjnv96vr8i4E/RAUYZxYlYMd8pyhh9CFRWP5BS5VLGHcWh6tZlWvAXnQA=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRk2RLkjPvYS1pCDGbHjboYU1jahtE1TTKRm37p0+DJwahpx6lf8C7/u25YwvqJ7pV4XvSEQxVrG8SoWO7B5G6BbOqR6kadI7Z1ZHAZShbjC/3yBDGiBlwAsjW+BUzsZQxrGSx+HltRBR8LD1+j+yE4GWo5Ch4qVEOGxztMUQTzx7NdbojSJrqcH2kC+559AENMIlfxd9cNvtDMkP4qN5uKJBSRQnFLNUv/KGYbK9XWWOKdEoiH2RzYio6qbNkZPLypoOxLQDmBdWXO8998KDtzUiYxgCMKDysVdOFK2Yh5LGNfmITM9L3mTAHhlhEEvrpY+pbqO5DV6Ipz2g0azL5lncGbDoSa1EVXlRx/YnOtNVme7Onlbe2p4wGbnx8dke/82oP8Ydcwti1r8tlwKhrlOe9zIRuu+dpuMwg2k0jQhTuPQi1cf2F9XrPGEk2Z+b+lixPSvrusWjG5gVMEuVwrGrOHWdeV6R40VrS9sl2oP8JdOtaV+s7LWulnxv7e/+46SxPhGv5eC4lkuXKSfoBdMYOENZbf4Iy+MCtTwOFEXfWD1dmD4m/geFKKY90fLF4j8Dy105oY4vpmIfPmsdGobQaGkqXVmD8iqRQvjkWFfIqVOaExqwIN2ZjUBcf76y91AusbsFGr3fPXYybPLpw2OzmJ9t5YY7TkuTlg7iIRjrYiB5P8zphU5qqMisqgAHWBfULkEipwPjLAOYWcN5P5/pELJkUgMyH5TWtvU7iND36zSdRaoKcxbELy5M+StvRdRFyyBhslqh2iVPmED6N7Qa2HGfUSXjP64TIHGFqlWT5UO2h8W9u68IMCwR6QK3ILCz324erCCz4PxgR5YUFAbAX/CNLgeOHZwjs09e8sqN0jQ1N8JoWW1Tb7u6cFYxCyWUe/f70Ep/YUoVuC5riZiW+OSa0oNiC5bm0QCSe1Vt0O7bLUpRrPUBRI5IAEfRTjfVjbDSm0NwobwMSPIRh+dfG0Sv8BRH6k796V2dmlQFd8B+PI17aI+XgXwBcS/HjwYqb7bvO3GiOUIbCmDQtGkeP/RqH3lGb5pN62qoUDjQ8rRRgrlsYj+7XgbpOZhjM2K+pUJuSQapPeaWxySA6rMDl/0iaPsJaTwzopFwoaZv0usU46ZoA0P/WfyGiQEmRg9vVVL+j1Rc0nqmAN4s0Z2kE+rPV3OoHkJt0+gF6Z1IoEPickliFkuAIYk7NiDsTsLXSD1p5D0iXMhMtK63Z5qJDcdlBlN4y6PojvFsyvohGaA53RAep6k/cvQlrf8n9lx1bUadyYTWLg38JTD3ttdUP3KzECZCw76wWf96DTXuewnPXC+NzGIn5R/oHW840CadX0sbCjZHWSQzEZEtzd+DM9+9DBt8lNurcFxPDcGPEvI4QNtJrkT8MeRm04A/kptg+1wi/DfHxWwj6UTBOKeL7VDDydYfcQJ6PV94NVJuaR7EWY/YGHMEHblEl3eynjulOI1GTrUXt35skbyGg1UTlkjUo6igZ4cmZus4ZlQ1OjRS4bN7p2G45Y/jQUZH2Opj3UiAsDL/83l7+Q4t5Z8xcSHms7HcYHTUOISHlrEma3wWyxd0rm1obKuzXeR5GelcbiHzKkEblX0J1DFKE+h3GBOnBh1ivw4ZFYl8dGsdUOLpD1J7Amfw8QVCA5QIex7CVyr06QW07xkYnmHf7d7zxAevc82TI4eZxg6Lc1D9l1WYtENTiWDDHWd5IQfv1yzl+g5sGzvXufg8SaCJOkZnrgLXJ0xMUL39WfnrQf9byaHFZTnR/6ne7aw2LfcRk0NjMDr+hRcOYafdEcs9/qFKUqypeJ+PCWA1EF4mP/RxJDJyCu6m9t5AiVd/ArF3N/NTdPcuzL8HatxCyxmahQnHCqDSzux63bIALlD3iPxM05h8mGZusUuu9+vjoOAZIHoEfwyaYDhO/iocZkJtGdX5jluo1k3r+KAtCq1KygeNBEy6A7jNpoxHvK8DcpbyUexeaV35j9QGiiy6t9DjZSB/PuDaANrBdYzH4nG5VcyUfoyKp4U2aImovWrjJcYSfh43IGmYcr3gdxRPP8iejAd2Ij8ztBAU5Epk7z2JyKHqsT5tiB7anKfHVaPlWANlkbC1dfBmK1yaITthhX0LYX5nENf2pP031Y2OzLRubQj03E3MInQ4dbuyefGeKSG7cgYqCLdzWDzmyFyWJkmuY9fC2Goxx4L0Jki+1NLwxsHMhhR0hWHd/j3s2FM4LTJtXhDnhQx0Gzn7pSoyqJPBmBFqlh42MxFzMe8mKNAKH9ZjxPR2QiCMDtZViCrcJdCAkb1YKUjqSIMlQrFEV2wTe6v7L9DyFeoeG0BE/AsQb8IkgxZPMifhlnBvqluhEHFCqK8bAW9csE3lTOa3xb1RB21MRQU0hP2EklppNym9zS3CIGqseOI08YQk/xtYNgbpZP/4LZgmsXKDZo4lqkjfPaDFHllV64wBBwgk7e7q7DOoAlemQTq2yQ8CgUQIuf8GZVuseSx+J36HjZCcrVPrEYjc9KYGmxKETed/3R92zKNTVgSfhGgX3+Tz2PmTuWuqNGzvnHeY/Gb+HZ4DDrKsMY+GQbYQzPkGMqxW4jcckjOsElu6fDlOPlQcCuJ5nZUSFJh+48/jL2OeYv1Pf0y4LxxIcCEYfdSZ4XtxaIjYnCtQAJrQ6dE5mLuHkC+AuohtOajUwL1yqvaaGwjdcgMMIXQIPOnSRaomYbwoODIUA8PyHjhQmMfyYNNUU+iFRx/0H/EUQaxO0pcQZaGuVV4v0vr33CQwgG4bV/815GSPT+9n03lJbhuFToCiChk0F8cOdddt6k43JI+rlfJ2L5K3gf99s2vPonIY/xtO0Me+x/lWgO7r2eq4hBa6ZMdxhFhPIiEwbyFFOBJMtjrqsFWvhaBTpYNEVNwwuzV+VWY4KqqL8J6S9c/0a9o6uyePKHTVCSP9/3qKAdYPvnFBy0RG1+MkqnUYZmDjSjoRuCCiKDtF81KCEKUgihtRPoio0T/wvW4mvKkZb+9ZN7ilGp51TkHrGeo7zXaWaVQcVaZcqrajT2vSD70wywl5qbyavvn8H6U0ZsnEBZK94BKA+il0Jp8oT6kuXXd+thzadaMO3HByAILjVKaHd8lbDP09zh4uzyCQsuMmJwkJuiu8jL3O4JEBkgSkx2i42Vx9vtE0lTVG14gYSKk5SivMjM6eoAAAAAAAAAAAAAAAAAAAAAAAAAABAeKzw=\n— ppc.example/witness c3IuOwAAAABrFrRk52HvABprNp9/kbdV8arURenEPmdFAMkziHLOZrGxqLVr9Sc/LWxxOURzP+ainTQwKvApVpEl0s6baU7VIFHjAQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRkGpIKVpwp2UjxAqJGeT2f3jaOBvJvYmD+u2tG2caSO+qrPQwAly4hyijVFAkHDJKKgh10X4PePejIehtaCOBUAw==\n	1796650084870
demo-city	118	mamori.localhost/log/demo-city\n118\n7zLGMDb4bko9kn3i7cTJWCZff6yB+/+uI/3/cKYlG8Q=\n\n— mamori.localhost/log/demo-city 79n8uaLVYnYYpJfXAmhfG/T5+mh08wrGJJx6CWvjJ95SP8yJS6g1qWBEHmk7TUjnrD4joU+imW9Tpvs4Tkojp2+TyAo=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRkzpJ2KZHanHrYD6vYCn1bA1npiiktwnOtCUR1GlnZdb6IEcJkPBDAmttFdYfpoK0FlM9WL/iwFn6h8kQUw3+LNflU2eTKv5fidTjpRWsWW/wVfiUBuSC1AW83q8OD6KU9jR0XUJWmG6UpSvPMITf5d/CSbWgxYKNWPKC+k1Fjk92YnnVcjV5xVV0Dv0+6Gc0qjOtBmpBVnJaacbcUYha0H3+UFsF2I3OLeUz1ay2/8O1bCSduGCfEbBmANOBnUSjpv6a1nZWL7R+V8IsGSduG7pnjUR1r1OfkSYR7leV7rf3OfcpgXLRvrIOVrWihfsS5A1p0a+wC8mxZ5TZb5Vyw8FRNT4kv9LHrjxcanzovNRyZZXmOJ09iuWPUtTXEmo6wDTbAcDCvhjY8+HY3IQicBOCX7tI6kkl2ERBxyp7PXPGfAqGDUus7LG/P+wUHofvII041h0DP8X33BecAR+GJOaVmioU94VY4gydNwtgKRVgCT4MfFhRfKHdbLlAKCJmqjTzZUumCpgi/oDXdI24wf7lGa/RFjwm1kMBGyc3QqCz6bCPbL6dKN1LTy9P4ZU9tehiUlG8zJAH0EHGxyuOztrgjgCHtagT/kWucZRy8cM0QoQJZCyGEglKIvEWBuw0yEEi5ZaYX4R2dawsSar/DmzNJrCwUXZ44KeY8El7V8YdnXSZ9f6r/p4p084nuxsGjtqkWkAHmkYYx5qlokVtly948pUi1M7iE0Pf/Sf+QpOjCb4H48oBaJs+x4vQWmVoA+y3MMuJ9g9IEmeZ8dGNpMqBdKidrEuAyFhFXH5YLTZA7kz0WLiM2LjavYaMLLCXi8TS91VATzxAUqYlo5Q/AJovDGYXOTmuZ1txkKTT+sdrfPJWVjfhYZ417Qt7CuwVrkNqpxz+kHCe4cn/OSindT5ETv+b0TlCbX+0IuAsCTnSEQ4Erp6+YlgSknkTWf3ULXRyt8mK7KcopGQzObwr9u6Syk9BrJH41Nrep7aK6LWYJ6Plu9NrQbj5+Fwke6rdkj/975kJjFucvn7hIto1ywpPgKO7Bd/mShsR4PRPysdRj9RBueMWiGllHXQfK2XurI+i8vGob9AaCocmAATVPskXerqR2rQhVRAPafnoOp5kBtJuI5bxRtTu0qipQPYxXJo6ePAttO5W6VqsIJflycaMyuiZFqxMo1TqhsdsBGs66tn1QBvPZW37cc1PXodnMCvw/jptSnErRricPWybYm9ZpkBHWu/NW/TJXHKzuvxSP22IEUiuEMxgMyoh3CzsZ8glZcW72+LtIGo+r3WkHHTEPcjRMj2pw2sLguDFE/j0/IVZi3+c/EvlEvJBGUDj3wOzS0gCC6MhO0p5H+bSaVBkFZBhv/xC9caS5JawfdvIkAmN13meLZSv0CxtK7LNdNlGLVXiWFqHiH7I/g70HZGCEbtlaqvtQH1jXEQ8L81Av4BrRgErhYvj0YlEyCUKhE0JlYZMrltC9FgAGbsytJdtmNtGTIqCW71uC4tVui6aRs/y+75pVPsshH1hYLTOZSxSjzaPK6oBYJyIBY/x6NsAgMBHu6U6j3t0XoIVrEf3fzbf2aUU5CE/xFhWqG61+IZGWiWSY4e79GePjefaXrSmyFPGui8NbhXQREMcVj3pWH1VQva/oloud54MfEOv0w/ZsZCbvBWPDH04GAJIuMDD8HPt3rDlM2DZQxSCe+bgoIBB5Cmxjhw1hoIb+XuLFiObxyIxGHk25ellNWpJg1lNdtJW0f3ydLPUEBGtAEGYiGl3fJWpehOwAwadMCrhK6R1Hsjs8b07z//ldJleojUEYXQR6Ebs4+byEVlaP2axjV08RGSgCSj2KAf2E37eXRt7v/lNA73c8Q0+bhjoPx+DE1qS/FEdmWbplxK5YazqzUN18fcyFK0uubUfwQr/wuDK5NwRAEkJyrSPdD6l2gHCd58vgVbGfyYFKgKuHWGi/EkPCHDqOU1TOmuXx/a1LYPoo2dP8TxgA90+qq6D7WiQt0ZT9Z/4cAt0AXpLN5g/Vrrn0Mrqg8JiFguv+H+8s1QY4jcPRyCtjNPUj7zLkTRTLz8RrWOHrYUn4w95+W0vfo8eD97GX5gfBhrn8FfVEDuNw9Wz0bYGG3T0pjDBtE15Hxv2hFRlFMU5cEGmwdulTtPBjybcMQJOc6Kd4wBGyk6fevHgVfTBKzgWSyNYe+u0PIIu5954aVsk3K0Xe1F2tOVsmqVBHmcWTKISPgVQ8n3kD4g/wiDBvNF403YvhL07qIS7OD7Hx+Fjy2RWwYHZTjCHSrVlKLXf62av44byBcopXgeLRRf1SiBxmvr/YKCCU9uYKy56U1CBp8UwV/52AFCktmGaGuwZWV0qRuKaT+4R3a6c5jPiPZGaOxgJag8qTGgNLYvb2mnoVsAJ2eJWEwX5tt+tMHEvLmGSFxwpMkMMr8oWQwEE6W+b79LAZGwgx5gIwpLhbw35CCokWbz5mVx9JGnUmqrU1j23YevTwKp1pHlVd1RuthtmL8MhS28zjwMZZ5gK3YofwtEEgjMtwSgSWCszTsskiOlpso2K7gkWytQC398cX0hnOXuUDyS5qDWtUoPzi1PVwPi9PvC7KMT2UP5JVjCrMNtP76gvRvU4QQPI8M184fUs/C5FtoBCbYSd4cOpbkn34cxascH98vj4JXSBGNLplUTut0JjHCqIynL+mNhBEW5XYChPeU7kk3eoSZsPbkLvSCa9H2elAcySivLNRM/eZcC946EmPELfr/erHAtINmI+nNatU9cmnZnQGXJIX1IuwEj3NG9gSrXJDiVRzdL3zPVuxH8Xuie1BYWVCJQW7/fKC0VNfTltZY3mrRXex+TuhgzELBmVQkuI8sxJcPz1h8anRZFNcB2xJv63DnupXGuUBQ1qjdmXQrz2ViwG7vNuGNiQVMXPp6Zx65ZhR+u+Xaw1B23vjXaZ8IJ5skNhu+aCM1FYiQqrpgXXF5U/jgU+xaaCSd+cYfvb3McReY7MQPNIvwCRvsxaNZ7N4u9/IC5CbR+m9AifDKxLGsgFl0uZKmw95yF7Ahz+9TjNfI14yVAXNp1Hfx01csEVOdpXaJ1QyL/44yDQCjudmVasp7eaWeJIUc4VPcXuAlqOwysv0+VNjZGV8gYaTnLO4wc7R2ePm7PL/BBMfNlxmiImXoq+wtbrP2eLl5/sCJThAUGZno7y/wMXd8wAAAAAAAAAAAAAAAAAAAAsfM0E=\n— ppc.example/witness c3IuOwAAAABrFrRlQu+emB/5jPrhfWKf5Q7GrVL30V1uoistd3RPMMw5qpE2foTPjINfvTJoDWtZ900Fol/zgijeEo41euVUYc/iBg==\n— neighbour-city.example/witness UukDQAAAAABrFrRlYlCwrdxnrGpMr2KMhPKXsI/nr7NEFfCJTDRnJp944oiVQxS++l7AnQBKu8FQVJNIfTBPDrceCmcsiEX/uq49BA==\n	1796650085206
demo-city	121	mamori.localhost/log/demo-city\n121\n/BXdBaeK6GWhs5KqWRC9M+6+dEZs/MfPJ8wqe4F/pbw=\n\n— mamori.localhost/log/demo-city 79n8uW4c0SQLZVUCSfO+UDHdUBrrdyKQPfj4uTRKFqju+P/pNmAIsEUpJzjKhJ6sw2NGBje/f9+oCMzjVfsqAprR3ww=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRk9hhzXMgLvbFroPRt23iRRodpU1rq3YJsaP57jtHz41PWruXVo7Xg95ySR6Lz17wmvKOotYGfEROVaHgh84yYxIk7pQjypHRmc9COZULhMPfXCPeS50kp8vtkq1vFh6vLKqJ0PwYIJcTnLxQPvmvZGSHB670c2fQ6Cv7cQDXJ2/TH6E8rKzZ5wSueQpcVnRg/6W4HfefgGFD/QfREvftBV23eVwZSlCCpRsO0StegZ+2F0ArG1XHy/y++VR5GksUgYAxIcBobrPfBtaPnNiSV9EB1VwDD4QkROESQxVdxslmJ2+GVliAhyCxNHFW5AOCIwmuFwhF3VVuee5wH6QbCPUPO5W1wq56OJxFaGzJ3sR+118MV5QI8BAffVnJ/Ytzodp6KiLVJqkBceNa2fjbjP87upNjVaQqiMMf3kuJyCcB2tVLBuE/0w/79uKHcdK8Fzu5PMHexmCQxkfGByZ+Wc7HAKN8hVgLKefH3rXWeongnwYtMVblHeHxQLN4ie2I7f1VV22UwK/KufKSY4p120Jfk06DzmtrDXo6PAm5Q/kBZ7twPImgbzitmFMTlhIT/NylaB5GrzD7pHgTUvujVFrFAfaUVGfHlYQ4g07ctJ8RqBdObmPKV5osGy9/GmCIaw2mmSTu5/Sg1x3uoZccm4KKMnwdD4bGkQ4+2eKRpztG8P5nWVa1sGU45WrUqcGAdHxBKM/IGeelqXECiHU99NiEHTCG+G/QQRHpqLpYf8STGI3muoxUn+iqOi+NZ+4IWyUPe5KUae/w4Ch20GiuHRHpEObR1pXnYegruJJdhmywN0ShqeZhoBnSOmzvy41QvVPPRXSRN1ByGtg2EL1e3WieQdSv4qYWE+58INPVNOGvcrcF9pN3WXFB0n8GsLNqH2+Hb+ZnrsLP00iuNSH+A2NLDmgSUOFxmRFwBEP5nbK/j+SnkPKdqbolKWzMLuCTZm0tLKyk5pyfB5Z9zwBD+M74HC8NLIqNS2nfvk4f1b+6TsbYzV+xA/bD35xO2U1eJ4M2TVs35wZOdSF9OJdPdVAqKRJyvUXWWMtGyb20m0QOoZUtT2DDY9fzAk8DpmjRiUj3EbiQtJOIfDBa85Fh/+TA+mLvjn/uVNWbuXbJ9hPeHsnYS2+fhMpwNVlc/XaEvkz8huACv4P4G70tVYSK8uWVIxjyjzBoH9XWQEvXkhX22cBOHEoMPHNhNXZuojJIFV4PkjQD82Koy+8yEmK5XNUpoOmAIigk+vUhQBhGeaxInjHz8SYx8D953xTYCfW8Yef1qPdUINetqQS5aRFquzbZBeSBGirGm4AKg7yHydrGCAo9BZ+LNS8nAQLfOmWZ0BYFBufHLtaBZJrOQvL4vCYOTNAoeRX6rlyCBl96PWpCWDN90bll6gfIxdUzzUaU48C+yYnKmfmh4JCPBvDb5qmeZp53MDmxFTqPwCnaFXofK4D3LygFmDnz+Q8nT7cc/JzMdlUgpjd3+8qXCTEc2IRxqXlxU9ntcmEsG9hqavVbY9rxgPZx5M9gkwuWeEnIDA93TUkQXCbcrnTLQ3OD8674XqzBPGBNB9GT7g1hc3J/waKoD+53qiXaOJaJRKbzD6ysAsfn9QPPHTq+QK1ljlMPp4vK5nML84zgQ8SEgYb0EVvAqNtrsxh+LnbfGjkVHJSukh7mWod4/kxUZ32IFJLMCuAFKzj/oaW364O782RSOonETbgRRXnxsPGn2ZcbFsGWomhc5QWjVCZbjngNTB5w48xSfxge/srlmhpMEJp+U9tqWEJB5GEiprtXLwlnNEVBr4Zdlz9iPb2AFi/TPAHpZdTxiecbIc6D47UbCZDhCn4mr1gr6BBGhtfoqeb1Y/W/+VdKzuY3KeWlHQlNv3zPq2ukYl/KNWnrH6dsb2Eygg9a/bs04al/0T86uSnfSh5M6YDt6R4nYxlXVd7VeiBV53qwyiCwi9U4TlTt8ZQyZ7qNa60vcArDEE0c4kOc96DaVHHQlFtrWSVMUVnCvTPBZ/mOIEWDiCMFfQJhPKY+U0X1fHOOIXRWbsZabYGDsgyQTOgBejvzM30eedHwOvH0/s0GMO4UwqWQpiLGjLZPv+2NsWPOrjs9F9w8jcGcOQLYtTJVm+vL0Ws8dG5CygrNqyOSu6NW/KgDTV3GH1wwkNpJ/xLcyDgtIO6ZXAjc3+5cJHXYBTKKekPLD2dUKYtFmQexyXB2UOeE3KDKlsy0rnd+CZqCYqgjWXsxCNL1J9l09PsEF66cRcz6ABnxOjVg+UNy7Db0HytostjYxGYpaIIyK0cnVxLGvMODAB3bKCxLn3BLyTfUQmspAOc4jX6/tYqZkIADU8OsJ3/DWSrsJlYazq6+0Shv0jkO8o+X+58kBzCvO3IJ6ZBoyLVES9566yaATCqeYX+Rzh/l8RAy5yXnG1XnGf4kth87M9OaNm/PAaOqPQEQdLnLG0ZUrXSWypCrGYRB9KP30a5CnGzf7YrvibzOryH5/xI6aFmRgGfpoCKj5xnBwrrsMBU0+rsw0Nh4+1vSvWyCINBNy2+RxaV81AO05OBcLKUxOmUz36H15m/XaEsyK2WRKZVmSIg9jWo+tKIC3gMuW43iiAQ0Wf5PJs8JQJDppDS4QzFalMRtEIfalDGBdnGyoFN/yaQaYQfQyVzUtQOtNVGULzSG6btB272Cm/WZxVZiDY4Ml2hk2edWandptQ4RVSiIwwhiJcneDG5MIRuJ81P5m5yj6A0T2m6lPTayRJFzCs69ZAITrevqIdGDsELKEOt7mE7SaloFrWW5OKe0rs3YiUmKKCow94FITmNfc8adt5DuukkTDSAAM7bYrjJUMbvYcFRzdN9R4tUtqGdOqrUZ66jU41ftZhDV6wfRiRpV4ePkHbEWx+Z51t4NT2yIUkjOwWTZgzMS00G49MHX9yr7LvZvGfoj3W0rILYl3v9GqaD869dGkeNO+7IZECLa6pSF14K4K+674aCIutcKiyDyvVjIkJG/AyPgABGQ+tl/A/HJcoD+zIB2B0QdR9tcYSNXQkge2OtijFHYNb+Fr/DxAbKJip8dqowFB3M1Rio1EJLipnpmpliciwWZt4Cn7FQ/nvPm+vMWDBYUEdr2oZV7KSVQIERUkZ3Z+hIiKqcDKy9fn6/0JDx8lKClFWWq4vNve5zFDc3yLs87U5QIJFywuMDM5PFhii5meoKyx1wAAAAAAAAAAAAAAAAAAAAAAAAAAABIgKTs=\n— ppc.example/witness c3IuOwAAAABrFrRlgpCt7Yclld7LyORgIMoS9Mwm7SWydd3QsQXSt25o168JdbSzkjQzQcAXG5m6H1mwmbRRaozA2cHwPY5ySYSZBA==\n— neighbour-city.example/witness UukDQAAAAABrFrRllpYJWxXTAGCdt4xq1UeCgYvFJS1deKDZGlZkcL6qPVv405WNaowiFIoYgwc24fgvOfQ+ihf4cHRWQkdhqiEiDw==\n	1796650085546
demo-city	124	mamori.localhost/log/demo-city\n124\naj/Zi970lWrCFqrzmFqRL/vJRX02oG6BYWaZPsyz8Xc=\n\n— mamori.localhost/log/demo-city 79n8uR89vqFvq80xYWzIjlZyPjqjiU/EswV9yXi7SJjJn7qJaVFS/CrJXdMj00dAsFEDRM1zqM8K1xjUIXTKwdpIowA=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRlz4rC/USCGcTy7BGon7Y84sUeAHx0F+3iMxSsOzBfQTu0Bt2763CaNBPHqJN/75/U8pzP8OCQ1u3UpN5AQ9VbAG9PQ3AiEPIv0B9W9BzuarQdAG4ANOcwqA4E80Nbb+of4A0Eow0zMMoGZxfk7CyvXaGCsvgQUkiVkXU/FdnB4wqiAFXBQMMjc0ZUmBsm23SwlPm2Tr5WAZDPhf3DudUxjwgRQzfqOqXGJT74KlJu0c0jP82NfJHaOJl/imZ+OVYOdocj/iKiQmQAmQE8xhefCAftmR1TIZoAbQYTSyM/l9C8R5ZOIF2ChOsi3bdpH6ixxvHNDkf/PXCKpsAV4c/OOiK1aj6AU45eV61hDabYtfIFB5WMMFhVZLvaY19lNIC/bf977O/bASEObaK31C0nZVOf3+c4E6YvGZypfItJeQQQTjHe2XxThA0wynNrxWh1Oi3x2DXbylchpg7Om4WJOnA/wa4un2X3oU9LTQMCzjuKbMhqdKpTujraVJPWdsXczuAu3CeB73WPI7Y0M/UkfNrZ3j7pgo36NnFbJJQoDD8bKzrzgQt5wvLxlLc1YsSZo8kHlbhLn4dSMpXjFMizzGjAkYc6TqSUIRB/Y8d08TPlqlafckrRXibfkrDasNnUL5X2XPr2vZ0qHRaa5nXxoMpnDEE27MM2ZjvwGvmUI6ct1g//AEJPaNDFYMyW4qpbv74YnYTP4JEANcY64/6aC7SPs1WIVyujCMBCFlruWyePPrglZuGCzrn0BrjQojNxLk/U7k0mQ7+vWKafIIt+CN6R4kgbtGjG+1n/CSjvwcRUGXyBmectsaCo1UmVN0nBauFrdx32sivLQYZxOK7ebu2CzdLlan+oCY2jmjDfVd1SzPoL7hMIO34QDG8kYWXlPihtsnbDu0LK+98tK+9Cw7+xSHqroWlshz6kz5HxVgnq6dxcFCYRN+ajKRVGrtk+oYPuaSOoa56HapRTct22BhF2NxyL3jlHusggMy6i9nSlRRAosjanvr/FEYac9BaEbITQn6mCWWrrAT+wz2eh+xN4GPzd0EJsOXb3FMoR4a/m2fnc62ApI3DzMaGa5EPbtiGzrENurCpxNQBB3JHWTHXZHyX9hr/pUps7Pk0wUrmqteBjf5BzIHmzp2UcKDLiwaOs8t50aEWkWCJs8OunDKUZt97bOyJ34ZF2e0OeyN2lS/eXHnL2xThd4nrMgVpbbvG14SpzHvAxUNBlDq7GK+wr0P22u31lCPNu5kerZbi5gd8j+Phvk7TY1YQf4dp1yULve/8QCk1T/Eve5mrNXB1c4sJ6xJQmEx1NaXrPN9wpQoXsWwc2znKxFC+p6kmu6touUhoJgK6XXx4P9lFCiwJnL+j2E+e6tOxck97QV4Is1fkKWwlvIp2k2gp7CnjDr6IEfbascWyCGdmyUiysU8uSHClzGQ1pg04/PDAPqae8GO1N3TRv8an2JnXSaWrxzBJr7HqUEZfYV5+KuLUy3VPeO1CDPO6MERNi+bfBmBL/rZTcvvsGY5UPdXDh3LVUMmgsOeOBPehqJFvhj4nU27rdL6mDfzuMg83RiKRCbqI9+Idh6o81vfOVPvGjia5lbPKDi87t9RnEPNJ70Yrx5dL2xZbds5i62jVz9OPU/KH1B15Sms/VYpPGmZx+h+BAsUjvibror4AKVieaglfghQ4qAQtBp28eqpHPDkZn+d0ebAWJyyAe7PF3tnWWlwqtTsnkb+Ft0F9w+sceC4rRe7mg9M8MHal9aCwEDOb6BuTN1qKUwp7k71sh2AmxrGHmyBfpxagB7X8h0HdDgfXKEMHnokLtnGLvJQL8zLS9EtvyijLov+e4bhp62nK2MKJluNkyGQ7OhYrvNYpjuur/qUZoOAaZylmHN+bADiPP4miWfiqmSixAz68zfqrbvNkWCcUeu3KUQ3rAgfUdqe90//z827iEvV8cBzhRNr23t/zWPb51lDu8bMYKwrL0xQeVSOMw19kEGJbPtaYKqxzaHdD1WTBWdqGbqgq0cFvQpmAQvBPbou+Bf6Hbbw22T4TPJmLFDS1un1O79w3IfAZAOfQGwypl5iGS2ieYjYnP62AlX3UmWTuCHWkND6Fie3+rPsNzXYlB5v+T++Pby7NPKDDeCcKVmSU+abu+Eaelo2PWquGkX34UVBeLDBrEEOBURXiIr7herPTvH+qXY9hbatKdFPGnzChPh0QT8NQu8Zs8oqHEa3L2iO13JpapNcTkBYMNEDfyzsc/N+eGhAdTXt+4FENXKcMgwjBJxjZiu1xAcGagSUVE2b9O/NqFn/XiMlA0uRLn64yptLXiC75d87x8RUCSW1/DyAFPHiAGef5IDMfMGCW7oH4nSf+0OPm6bm348eDntrLxqWIp+EkuuXHHu1gWvBl98n2FYbs++sShwmGEP38yrQVGQ5k/CI4neJqvhODaAwfUTaNq1l3mBXHkt8m4weta+pbJvgtyPs3pjGLV3Ig8zzC1qjN7MQ4BSGQJKsaBtFH4FsiEzLXctq9+G9BkNVa7cf9ZT4MQvWcOMrHjei8Bl4PR9JXMHkoueJTtgdD+TspREA3hZWt1D6fVFqE+vZc2z83Vq75/xsoMysOIwovux02behP8uaSaVaLA0slPd6fKWdf7er+Ao5fwzmoqFUo1rWIwbfZOP1JxyqgPZe6X+dBnIqPJkPzMGQSaaAd3bFer9bSvdg/ZqialR8nOKlHRuhV7x69IO4xpTJIYuy87sW/VjgMKucyCO52Yk1WrlQCupeAY9f4C6rMue3y8gBu7DBaBZ7eCshYf9Wd8iLkCFJAhn644PlYo0zPfCrQjsrjINr2nwDXryqICqun8frPiBdptHJ/NRSHzrQCwhXKAXIWtRytdTV3jgLaHdjRUHat14ip3vjBzF8PUUZ7pkQT+JiLDglLNpMBOwNCiJPUwC6KEnHkPQRF8Im9L9bV/CoyEAcCtolGEaW04orfJ8YcKCPmX4pvRNbtPU4N0hXPVtMW45xtO/DNASlXnbgv//WzHFA/SIT1zuwnIQqR5PJQcGdBCbuLWMoWeVqCR4r3535qCmghqnE7jch4lLMGi4yuwc+f6JlQPWfmuwgtEDoZmqnUfyBcHAT0KQURTWm93eJKepc/W8XWIn7vx/AQLNk9YWml1g5y0zNrb4g4aK1BUcYWOsOsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4UIy0=\n— ppc.example/witness c3IuOwAAAABrFrRl77MvU9Zrj7llKLLMlrd9hDMDq+Z/5dbZPqy8lt3DCa5WVVbdnpOu6h1OFGixYe2ecNHxSS0h9xnsVjDh5urSDA==\n— neighbour-city.example/witness UukDQAAAAABrFrRlHV1/DT7GwJ419pI2uOTR3AcC7DDNDL2RTiiZctA/6HVsy1hnYJ3u5OADpD8f7fa5Fc6T5KhuwpUBk5vr6by0DQ==\n	1796650085825
demo-city	126	mamori.localhost/log/demo-city\n126\nqlIKKkU3f8kSx72AwvCChUqNLlmTM0z6/aj8e6mmggc=\n\n— mamori.localhost/log/demo-city 79n8uaXmMsysG3mn3lPMfpT7q+nBCvCT2BsRn5fb0GqjtzQM27QTt3g91lDqsgaya7UeWYbADS45yeXijZ1UccdBVw4=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRlaPrLVep/gtaHnOaGbzERIeQjw7uwXqyvJ7YeFRvPYJKCBqrrZ8cEUcBZPe7/Gw8YOcVXH1i1sLXaqlWVQsWUhE9tvcA9Li0feF8HBxnO1jKGAO0y4Q1TlRzLrTDHlIFQL5JWovIq7SF7Km72IHiEgOfKiniEDMe5u9nbIR9mqcnloHzpdvVCh2a6O+3Xui0g25ax11IzDTIuYRm8HodmUcJ+Zc7+rbLgZYeTu1D99dFde0SPga9I7cjNXQy61pxqkkUkqUMWy1d2Sir+es6Vdjv0lJoF7nfmc8SPKVJnGKCp8G96yfHmaqQZ1GsKJKBNQ0NW7eTdFx92b+2IE1x7arjWW+gaYdmgE1Hs8dyTniMRW1Yiw5jPgGB6BLwA4PJiwWEyIrbYcSLT34vRcaV2PYqQ37u6onWKovSU2R3lEJdWGEybyeNc4dH90vsPjMJoWqqBpZtjPmznZwnw4bDEPz8+VLrGx1dUjWnTB/3Zpq4ry4EFEyQ78q2l393jAb4tryJ+Cv4xhvQfPkNBvXsOLiXHSBgikfIYO8O05EAmLb8TQedwNA5aG434RH2Ik6HPLMPKKCiiswF4gR70C9DnA4o9tWQNNaxxau9O5wJX3v6Q++PYbYWnxbzV1LuUt4zR1ptKy8yML3/87Z8CVk6hwsRH7e2Wd++qfBeuddQMaV1hmuiDoDmNDCwt6RAeymGf2OqRoQjzbPR/OchVTw/35o4QSOPMtrdCxendQoJvNzF0xbPZZotmxyCYjT5sfAWNPPDFMzPcjYorI+aPr5gle2I1UO9/i9N0LHTJWKsO9jYQK8upQ3iWhtrNTuCUHjsXYWUEN/xyfLqaLWR0040WbsX+ndj0i5wMyrYQTJqlZY11KEIXzUBYEojCB44EZCt+MGDwazKgmDpes6xbDoU+8NLZtVYfD88fzHWS0CrmAk+vGV0an5X6bQSw4EIkLNZAYIzwq5rUWDZOFgut4R46rrUe6pDX1nmiV2SZnaYXSJTeaLIAfVjrRspXf7GMPQdgmR27T6BgYedICQYzx1pDUhnZ0mhHj9sunLLBeYInUARaA4bFh697UEaentc1wfGw3mmKklKwqqbR1MwOmeDQToG2pYmwiElzm5CADK6B+GJo683epkHe+FRMXNjyOnRnlHnCK8Qm1WiksMXyiyAFLV4WnWfwkCsxRt0mPZvUpmGse6cQV2hob619qLX9tqYFOTRy5QMnG5R1Z+ESQXwSJuaCSTou+2sxXyxLrDbi595X7hzbnM2qZRjY8+9MSf6vM9Poek7WwflV7FZPly1Wqyl1YT5vfSVvyWUbi3doBwQwrW2xShHSm2EYrGWrDRGrg+XcpU09d8mbdPZa5r6mXjAuovVrfLYG0/jzmgguacxwP1WLMraqkjUVrCGQOL9eMURJMSHIKBIf/6LYPtmG3eAsq+RBGNMpefWBZ2TMyanHsb+bwkJvCknKLBliMZ+AT8poLZRuwcSIM+cWWAIGBkxLtMHw3bmG+K/Vg+WDf93w4Sfbj8ex7XXUfOYddta0SCJTDkaINCygSxlkmv3ljIgvZvQMqYa7Bm0IH/NSOW9HiR4szi6nFLPds7vwecXhuayAV41gV1tZXrPYMBMbnfqErbArmLxAhM766hKSHtozGdJ9/xtTnM9SbxXoj/YlXcvVXL9FBkmQeUpYw45jHW3uy3ATpelhk8ECqrEcPXl4XqACB+lT0VQY/eag+U/igSSlP9TSDFOKMEQj1QfInIhz+S13kVxHIhHlExN+K73qZlmbgnLE9zBvlPAnONWvGzKNODP93jB81uLdYW0xy/uJzx2Zw8OAfnC8TQWicfxu6rEnWVnL+Lk+jQ2+WjvCtvylgNep0kSign9eWxCmo1USoaRyEkVrauBJ2AjYiy17+A95VsRJqLlggLJ4g4aaD6/s5xq+Wp3rvxfG+VqEIhLNwwF3KwaTKvdCUnOcWwICdwe7aOxp3xLycrhxcBjNPcTuLy7tA7R59XPaNJalps17OJyG2CgmCTCAYU8CdMUf24GFflI4QCj3oyutLGb2bMiUn6Y/ykJf45ltlP06cnOMuwYblT0kbrt0CT5sXTA9ycArR4z4bhHovR6nubs9qyRYk6vl83jwsH2ANToejJ4I1up01qNopQB/fXd9HDhvwHYZc7NBaNQplA1uFwtGcpQ6QAU3RFnA8IrgpGsZGgjmzUh1YEmv23jFPQi1xPzXKj0IseCq8YW4Lw2DZudKIp/sr67t2wwzn2WiDtUgIMWEuuLpMKbhSdPlVl9GAbqI5ktEM7GMmIBfnOwbZyO+Sn9sifrUb2lROrkh9MurOm0ngJ28CJlncKRhzWDO2MJ91V2pLVre/qEUtyuXkZnbAO0Yi5iJTdHBcMuXY2HyUI6PwbGWTSD58B64oL+PbLlR+bcpYPAFf8xHAm1YrIHNcxcstPoDlAmdqihvxk4VgDcitm6zvCSm2rIETU5vlT6X8NGwDD8+ceJKkjnLrpFvDq/EidUyGWwKql6vBuzQsjgA8zV0Z/Lr3sJL/QJDqNg3IGakQWOuY/vuqEM4/luDrTkybJ2YLwq++j73cem/JqoBMdWxiQK2nMP5uV+4f24hYSgySQyy/B/5/5XzbfKa05JUOQpqBsmWpx3Nb6MaTW9tyosGrqxrxYh78VI5erl7VyqOkW4lQAUitFMuI9uZiM1LB5T3HrI9ufr1wBYSHPbhAEk2aQJphKMo6cwNE0dC/inNPgDKSQTRuORXYmyQCBlfLAg/+x00X0ay3dED+5HWgnwa+algm4p0mXB+go3ZUnZ1QfagFKhMREisQ23swXP5agh+habPvZ4tWle5W7CrmqVulI8Gfp9vZIcaxd4MP3h1qTfWze1mhHiv8HDke5ZuvUOgO6hgrWZYmk8k7ikHaKyjwEEzA7ABLMm9RL4oX8SI/43GfMeZfVVqTIxgU3ny4VqFyrMF8iyIfSNfohIXOdzqklMZqhLWakhMcLqQ/77JZR9UI3R2KdutQNjp+tLg4VRBT2sKcH92UjqbRpXzS0pMSP9wMg0XNvpgZSYu3I0s4n8ZtUhNtH3orx4EyWk8UsFllzz0WM7t66HcTzZMN1+AKT+9w/hD4/cueU4DEiUqPUBdZnCIlZq03+Hl7/wADiNGSE5TVJSXoqOmr7a/z9vm8vUaHS85Vmptg5uws9Dg6/sFESUoMDxEUV55ep+0weP8AAAAAAAAAAAAABInNkY=\n— ppc.example/witness c3IuOwAAAABrFrRl64/qvaK8sXaaMEEuO8b1gtfm00bEn/YGgw9NZYpIyb1ktnMyDZjzIMDj7Y6fLw12BlJc1Xzh1HigIpOwmo/5AA==\n— neighbour-city.example/witness UukDQAAAAABrFrRmUhzDNI3w9wRkwW6Hw2SLLcP0FqVR2bY4PZGc3+vGvKb9aaRIjyyXImc5J7Yi95Pm0Iz/8anRlCZfg33QkVCtAA==\n	1796650086206
demo-city	127	mamori.localhost/log/demo-city\n127\nzFnxWsKo5/Vk6e/NS36PkxGhsotfbSKCOOR0oQQeVck=\n\n— mamori.localhost/log/demo-city 79n8uZnmTDU+74nGVt8haxQLwuG9lnR4LhBFiU8YUPiZvboQlFtJ8xfYmtaH5l02T1mFWl2gW7ZkaL54shyYAAVFZAk=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRm7SFdZFXQYaCDPCuZoPCXW2M/wc5kRGXxPvfIdIHlPtwOP2ksMRWstjgwYcb4dFutXSfmbfWuxA/zWcGKV37niRK8X3STQLKzpiLTayd/PeNJxw7Mo8t+NcotrnEL9IqGqI0bSb2IehmDQ0VbZtRmWRQhUB40j95pPzCTBL6zCGz7uUNpD4oqWEFBPCpZXeMwozGEL8scEer9U13vAMbR5Vm0bmQi4+xA9qN6lTP3BE5j55579ine7Wbt9aKLYWuXrdlidTBGpc+UNbgUpTknqIpw8dLH9RIvUNkasnYhuh6vmKFBb30mS8ncEW5tuVAcZume5tz0Lad5p/HpdYq1Y4YtlkwTXd44Vr3C6SdiqN8P1csKQt/iaTnE3H+04NyTkUoq91gB8Di6OD2aSOAmC5KHXTqJiaZEZHmFyvsINBL39nqpBFqexSayLicUxd1lrTKTiD9XuqggUtfRDPDGlKD9tuV6uSkSSddX4CpXSJbzD7t6qBPC8Gi2UUwNzlbVoeQXe4dxIzmhG0DEUClc79U5hbY2wG5pe20wKrtz9pSXvHLWCtPcL7rXNL83RrYSJ2mXRRdw86+IFF0SKo9seChDXmJxSm+TYSW25+InBPyfUWGz5IMDC22HO+DoU8ETuXyJLE1tWhqmaJiZs9gVIcS7GQiiaK1u3XVva3aBFf/hj6yYos46yw3+cHtzCdiPHNRug3+BshlHgEOXKsVz11XIMiCxY4aFsneYSOXHcC6DVhhPT4hHmduztewzvmqu+/NM3pSZ7jDMEfiUdlL4haNl+dvFkrXPqNpFdPE1huIZ8VlAZVFQaJGsh4iUwiaGzFMxcUC8DB4PFZ2tNZo7T0JgQlsVdHDpUDdVJ0aGraCJSZWCtzy+y/y/EfFsaKlJZPSNJdSgkTU2dMxhjUa3NwSPkgNLDqSc5W6xOMSEHbqTQb201rY0IjHpvsxb5uHzqlZmWccT4HKvBt3fmvExIUCAtbMG8pvzr+m9wmuOTU6lG1y4uO3H4xII+p9VZ7VitjuwvvpTI97LveyVp1yYPrq0ZQnCBG6rB5rmK0poVvm8R9NJE0JVlXwJTDM9y6N2LpydZt9sG+pgpCzj0hflG3vYypanZRfCzDcw0BGNZiBv15hz/pr+jQJxW4ArL9lIthCARNob2ToFgQJebQKvY41DDlB+/x4KVAtdxz49sWM9cgeX2fwL2sjutN3U9PXKIZk5qN7WbWdiVZeyZRJOiVv9JM6mRngj0DlqJf0Bz2UvnMaC1bSrDwbPBz941vWzOis5ae+/wiFxNAARgdMq8NsL0DUEBw+lVLYfTf0EP5CE6tzwLVmxQFqK6Ohm9BNe+Nqz5cOIXZ/oBM5RtiipwYZmXicfKcreKinVNjLYtDEsOY0VdEF/rL0OBItsUzpaOIFqef1F62nE2CkTjobOLYCbJK39ZlCYM4Jgxnv+nItoFzXo2BI3wP1ES/pI1B3zDDpGX3+ycVxh26RP9gbW9VfWkI1lsV4qhv/V7kaBtxdkRmdJ27SnQkFiNSXSQxkGMYTZr4LjslvF7FEmHCASZJUeMAgGp6ucT5JywHHY/RkvXa/efyHFFXT11RXjAVdc7tcu0D/QvH3EIDyxrXo+JpKI1sCSqgo9uKb9FKaXC55Lpy2quQSrLz0QeML/lqI+x4F5JlX8nGWfl0i+IGt3h61BryNb2XOFcoFlvrt7mJCezkvJYfYYCD95zlk47liGp93FZhsud1IiwWruPO3ioQ5uu268zC0zvUdhmSt0vPkn1VJ97hukB5Ik2bWdkSFc760qf39sqsR8pqdQVVmrGIuVVh+IopaUmr2XqCnLCoiCrVAYSVUiJd7kPwTVSEv6fFWKmM+EPtqY7+MTyyxJaMhhjclf8esCsdBAKSRCsZaZuzLr8OeWf1NUefDy2Xe9bwQdksP9y9iMK9x31D4gszxwzNcdf+69jL6KHWKsNrllrl5w5MRio///4aBiqTlAovzvG/u+lHGQEt6eym+Li8G3gFXqAygYWtMVRiEmw1Q+P7WhagHqlHFYZ8fo33RbtCk42k28GBkWLINmhJGIX5mPyZUD6R5fyiHSdz8vy4/94kai7R8OI6kBJuhIK3VYV3ZjpW/3F1+mXTR/oM8YDg8UvOPlcTfFEnULQLbZWOHpXOtfWWCLp6Az5brh8xpIyFwqnX9WSFaDQCM+zCjbEft/vnChJ3z97ZHXW0y2xg42fHWwSm1qpPzccJDv69Zkv5kixlqirmhwxfgcl8GEBaMkTOp1OXoDCYSEq39ck7C+LRJA21le6VxKyfioqLyH9vmzZKmvLEkzZ8U/kg9pu+jbzjsobfMC0wtN5xg9ghvdB9jiGvMgAfavFh3SpXM7QMtWcmD6mYXPB//SulHu/6jK+UdLektdJBhOht8ss4yeUQcIOD9HtdLTCaps52yMaXrsaJQHefrGA0RS/sZGD999rJsF1CDvVfp0ueESaPWG1w/sky7wgZv74FJf5KJ3ysogO2sEDPFosHbIukQ0PgCbDHLZg5D51ciCDl5TwdcqKdDq+WTMLFdrrHH73w90kS/rx7mDrwNKhW6vDrdVkS2pfan9R4maC4MJdJ8Mt/C2IiNAc8JMI+jhrEn9gszS6L/pKATiObGMMfea9XA1WeHV3if9SRyp8FGC/O6RL9y+I3XV9NXKY0b4NWimcX2ZWs6+SeeOh/4FZdm5pmY3w3hmWKEOu9L8XXtDmjpxBfoJfeZ5y2ATcAFIf/BkgbiKQx3XV3y0v6+G30ETQQgD/ZpytLqcS9ehzL3BIZ+6fsh/6d3EsKS/HTRTYXLM0tuJRd7TviCSTDKfsy6QSngfr02Xw4YvEiupud+M5GxhISZqMMO+4hNtCKJ/7r9B8kPWqxxwIMd8TJkbS47YnPqT3D0bUIsLY1BHIfS3vU3JpjL+wN/JwgRjH5grw/u60MqVBnpVPmnvHyewyaWOARFwOfjnnZNFMm7Vo5CS8mMEWhjdMKXEG1YDIqCepknHSV3SVoi3ufdlTYdnof1MqshtWcSUKBIIxGdUoaskXqCxLWTmgM0DGdV4MFjUVcQfZASLr03pnqC8XtwYneQ/1E76gwZ3BYW73fkBvt3GlyK+sf0BBihDTVSGiq+60uHy/AUQFxkiJS03RVRqe4eTqsfKzeDk+fsEDhUZO464wsnQ3+jq8v0BFCI7QkdOXNPl6gAAAAAAAAAAAAAAAAAAAAAAAA4kMz4=\n— ppc.example/witness c3IuOwAAAABrFrRmeRtZUx+Vbr+GSGDozchSiPJo+poq2bubLmFx27RuwOfWOhgYNMHpLXU63kLHGcOzJ7oWloi3rqJcI4kOU5QZCQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRm5rE23Ue5JqUIr3+L7BJ+46bWdgmgScTaVUv3PoYi9paCtvrLhmYp7dB8MSPWmJO8MeLlbJBGmEv6lg10dXXWDw==\n	1796650086646
demo-city	128	mamori.localhost/log/demo-city\n128\ngooqqXg3vDKXxifqaT5dL22gtAp8QRsxgO/TTEPPG7M=\n\n— mamori.localhost/log/demo-city 79n8uctLU0cDHQwZDuCNKwPhrz3DS64khkoOKpSxWE4TziGZKaZrPOdRB+0M6I66Yp28Y1iMN9ifKv/eF6Jad5VCPw8=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRm9OHtel5UUxHQmBcjlSutY/VJmRtEfECYWb43JP5GqUbme2b6EW87XOyUopM55OhR6NeFq9OKOsq7+7bk9KUualZB3sqYrENLyIbrzZ0V/xryDCEKKkBRnoXWHo10JWi1EYUYVhF+D3ws3/XwGblVAKE60nnxJl7dLZn2t/VzPm/EsFjliioC+0KfacFLM391OJQOO4oaJFkUw1OUUt+4G9x24RiIBgbo17s58P/yC1s8ZkVOoSGoduVjBHFf8SnVpmZTZZUzzEQvMPXVv5Xac/pjnGBgnZFV0mXJgP2/j8u+FIetdxtwlPCeQmyzxxszhW1TRIcLuhuUgE+Pqu7o6EwVZqMHXN0EIIqYbVx/5cklVTCMCL12PVLmmT5w7irjQgOJtzrABNrfPxWMOIci1M0gTuGchd1U60MugJfGJxBOGnPSiO1s6cq8+NbMt/hPxR9hs6IyK4e0CRDmiY5r86627+5n0vzMsQwpbn46M6IRAC/QzdE/Jzuao+WsmZEr9iWNwUdczrFPzr3ANYODb2kaUJNgrp2+gULfYB8PaZURX8cx4HqUhXYGMbCIECuIEXqlne/A5phpxlCTB560ZQ0mGD65DLoriB6Jq/4S1cYs5tpkGbpu6tEA8YoJZPV7Nt75QQYmwIkHKbLQ8+bjplFEX3lL46BFhkTo2cXLbebtwd5VPFN34ULocEE8FW07Znqt75uwwY1LVn4ALZH60E3oOBeJCFQmtJjrXYZAqmE4VVw6qUE0K6IVd5ydBY6nLhgY5+L329dy0xQzqUxgWbJneiKEubWQZWAyH7ZO+KEx9keLHqU4PsUw3/M/nUF1xAOnsgwR0WTpjz0iQ5fdBxBvgvQ045HNeYB2nO8/6Oi/M6mvxfM4h1Bz/TNqfqQYBvU3VFnekCDY5m15Fnlz90AAEr5LAZ/EeZwQ/H0yY37rk4lkj5q5laRyD8g4POiu+SVw6SwY2ilA/fMxoNCVUfXyKmnP2nbK/U1JlMlDwhp8bg+6Bd1IX4J74upbR5uqRnjv0ae0xuyVcqJo43GapEqJlGsfwZHzyk2jzmdCs/edFU/uH++uJU1UHksvJkK9KOGk5tgvQOxZIGMHciHU8m3AO4y+dLBLe+0wObhil2B4eAw9DlIDlFCLhSQpDGQ4+VIcph9fqWYgyinF5D016gU9FbebWJog/eo1gHxpwE/+azezelyy4kui76dgxeoiSPLSM/eNOxmVszdBvKm4qUCdVKKs9L4PSVwUvgQBxFIf5OsvSpa2rhAinI+Wj6QF3JjB8+hLnva5Eo5d30xM9FIiyAvz7gC1Avpt1CEKNyPfaeX2uAaD7ApPQnLDkJl+4vtwrA2rCDRiDdEJv8oKkVuR760POS1o/8dDZITJjuP1ZYSPhdFYmMvqVh4/n5Akp1O6ss5qBsQGKq7aKFPgeYLmaUdKIjQAyd61sag710zcARwkRAsjibAx52WZXtxFYkzCUKysonWS5o3DlklJj3geIzEfI/w9m0arfTx/8RB+tZrN+2J7vj4mMw0KiIrA4/CjNrjtxIY7ztBbuJR8fJUU+zS6zNcal3alU33L0aeCGyJOsNoLpkkwtaEViPXCj9E9NcCg/GsEg7jyDLbMj4t67yW3tYpAbBkOyMjjjtk/gckH6JFq0UCjCVQWEuKIx1ygqPIF6iqae+Lpx5Aqs5gDT6yhlcORFlAvU9vl2TD68MQed70+miTebucP92F1+3KwvPzbnOHZJwlU0zrtjsiJqtLAsEogVo0GmcgkK4tdzbZsZAcwKvj09/xbxLsuiauBn2G1mYouNXAVnVW4oAjm3Jc6F2lBPUkmUoGXrwIHLEXZeCBxxLHGfLn6/rwMnZ4dqQVgbC300g7nCbfpu4Y7bvlLnOOZxZihx/1Vl7FYE/JdWTBHHuelEJKEiwvE/bzMQfQZ4pHqd3gJYzDNjV+13tN7qfZU3l/Du0Ygo73ty74MYniYaGkbUBou7/eGJaR3ihzncB85KXqHPSUT1gW8ItYX3ERUTmCsP+aj33V3VcTG/ALKBmpvUqROpHrwzgUwQvm/14LLNo5u+7cVP2U129tzC6RiE3GpTx1bpIgbEwEUCXJdZm3NlTPzdLvT+BsaNEi+1cdrWQSLPGlg+zGedKtD0dbPmz3ab/S1fGyCY0xhgbD/SCv6hJwp2fr8M8lKDs/716tloTV2HZYq6X6C6n7F9gqcirXWlH1RSBP/N1wWSySh0L0Qi9jx3cpCBFglY1XRY+xASP9KuJ6Fv055vjgRV4rOVFxcHdQaLcibdpy/5rZsRHCpRoRdtdLmkP/Zapz+DqnkaG7uZqa2iVNEkLzXv6nYNr20zqwdtZw9BICMWWnVwrQpCpeo6sPBVGiRgi5nSYWb6rWEZVigwa99DuU7RM0NFswATOOZ9HAFoLTJdoaq+/sPDWMAPwh3RjahlrGqVKTbZAb7cz1Nho/GbW5hy8hhPEnzZX0g2WsoKfDSVnVn/wsRHxua2JXnfTJBNn3quqNddb07tF9sVKG7ysDSrzPc7nWuIfVwGKq1RkXvVoxGRFxCCq4ScNj1gXr38mGgT3WctXgVRxXJYGwIFH85ErpGM+J3WU6sbcODzeHJZdEa6CWxsovaDZW9WJqgSpUmMqzPLQvUeRAkCor3SUir92wvT8skEzBTyqazEouv+6YRzU/u5rTf+AEk77Fha/lfeEJdN0TGa6vNDwNyzRMI85q+vPTxEIRUO7bPZ2StQAXCKbLXz83UUl3KX3UO01GtBActwy9YiNOM1pZS2bHLh6sbBT4PT+KLjGmTsW1hoPNLl3Rg/T4iz+nJJA91XARl+++vUuAlL7hWpFeoNPudWKa4cYFt4cu5MDUs3R2jl5TPB7HEWlTZ5XUNdVL2PPoIJ93/1XTNY2cW8pkmsf8Y6bIRGRzHUNL/7pB3OJtTj2bBxzd2hkg92U7HLZC77dUsr8AC7lX5F2OMUeqXsEU+v4lMaYVW1VHbdRT7kWruAcnQlvYrgxIVxMd646aRbyFy0a+ZOOclnE76uJ59/4RmWSvk3O5FnCouosnSTKGG2ra6YwhN3NZanoyWlil4+S0jQJU779a1JWtYRCodL5tiSvTrsLpGqxlj7qMABG+KuLnJ2vAnRUtQUWlsdYOG1OM9YWZscX6Wq94BBBAcJCosOj1HY2d1gIyQpKyv1vMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkVHjM=\n— ppc.example/witness c3IuOwAAAABrFrRnpYfEyb/ZlTmh9ZkTcudazzzpO+bGWBFnbdvA2qQqY+oY4pGop8ql8xvp5cNV2yaDRJEnWj2eGAuv88WcRMwgCQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRnKWJxS/nPs9QBLRqecreLiQFWHj7y19U+9g43u9Bsi/l/odvCXQHEwDAT9aBclmPUS8YEP2djMUS5MBVJK3hBBg==\n	1796650087366
demo-city	129	mamori.localhost/log/demo-city\n129\ndK9ZLQlnA/IQfyQMGRYbX4LQqwsM0hULkxAtpPeBz1I=\n\n— mamori.localhost/log/demo-city 79n8uYqo300r24eSKbjhbrbvLSGckPhbxmgjfqW2dH55TDRnJ551qX1cjXerprm3DYJfNkBrLtQOX87Kjmv7+H4IWw4=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRnYdcQwinwcO6aoBsEhbw6MRvanLfO2PVtKW4BCcZVE+NPPh2bxw5j2XdWBzg8XUmtAElyn50A9Bls/KYztNWZJKDDpTPjpB9NdzvNi4rl+mEcBokthNKTh6Lkpb5kfGaFJwiIe10GSURYe37iZirc+R5/DVMzGs91ykdF9gZk7Nqm3OZpdd0Meimta9HdOL7PsMCw1dBabG9dapR9/Ib+5DXaAOElV0XgE/wnh3ElYIrZaIKi5QzF+6suleEpmOII+/76fIBEePb3K1juELgOtHOU20lXELHluJuPaJi/Czu8YT/W9HDdWe/hgVgFazscLY5eCITHffvUuaSDI6kV2zWjQXg4tMlXthdOV0AYF2ZzY8Rg4396Hp7mQ5QHH/thUhLXMZk86AeuESJZU+uAgZBdzhpdB0z6t6YN2udmtyeSZej32Zi2hlLDOyO8VtACG0KEePeXaJKIAwFVLu+mcohe17yEOvm5IVSKlRVgM6K+ZGPSphMitGPDrIBRy4v50Ncu5KxHyBdlYnw7Ev7WNqiVPlkRL6aKmzAL9HdfhqLxua2CXc9gsJt50y8YNHfSvgypqX+HHx91uNiZXVy3AyLcyd5OC5k33E4P80bBysnWxUjJJyzJiO6uDisbJRJthZjJ8HOy0vl2AFJR/AhMw2yGTpr0fMDT2vWmFpXN5vIgKuvuWewB6TZh9whzseWBrPbt22Vei7VeLkMQ+laJnYLe75LGg4f2VqBLZzZMRCzU1LGTPuceZUKLh2VStQlf0w4KZY51w5l9WHS2lDAoaYn7IYYBtO/J2ZKFhGSdsmrA3ioaJltfPswtXlw1wkoxIdfVXx9mj2vklI+XpA0z/pcSdVjvphYz9vGbZ6p3+N4OE2ULJ+UyMJKt/oWwRRX0K37lGBchaIpXozgs+6Hjn0hmLgPcO5opx4NfkvZxonwY76UsjRAH/cogWshDyAERhNbBVapnR908RyOzRJ0D99lO8zSo3metcrS1/IotfTJevTQiud6BWa2TqcOb+1ViFWEZ75/i5VsM/jtchyooeVR/pUbIQYTkXNldnl1GwEDxeYoHed1GdYyt0CVqMZ7/7jpfd0WwDOQmCT10v9Nj84G+V45AhPeNXhjaPgxKr21QD1MpZKTOZzqIyNcmbhvI36w+RZVwq9BJbYWMx/VyYFWNIq6Ys10rw54mEU03QSS/4Kpz0nNGhTuqLgDXBJXNJGCv0hJ6f+LY1lynSgzoVyRvzSeRMNk93naMuzVc+pfiC41Oy6VUCKGTZkadTMXHZLZztNwHudhgfa02sTMYHbeRJ/c27Qp4bP1/revNJt5EB1WMKzBZ7smiynSt/f0HLiequdh7nQK8rIw0Z4RQcZ+R7qtWUiHizK8jzhUGh8YvjYCURLC4oSed4yik5aZvHQ5H+T3VcBiWffKFg0/aP6rv2jCLqegaPJ40cvpQxpwNPfTx3/wONKw76WnG9M6+l7gIMCOZcGQpcreqnk3VLeN2S5PC5lcOYTs3tJuF+nEl18dQOV3qdajeHF/J8F4G5d9Gxd4sTteYeLXCzIX4LgF1fX+YHixYMNJgACgpeFGJoJCUIHP/ZBqTb9BIK81KxawDPf44DWB8cDXsptc/vx2myLqFXDYqMQd/tgeo/USNZoHIqA6vePj1i7wiuTYUZI9q/DT+1XtYP3Pe3HhWIZ+xwzTnZmgkakFGfaggH3Mp/R8ex7kg2+zRZhXauZSaF9B9iIN5nHYToxWGGh7HPFKPReMBahJ2//ojJrV2muOfWipLABRHGjCHVUEoC1TKGzJNL8mZS8VUqCUgogMvRSJNbmsjdlXgeAx9xQ03EJ+TD6ylDqs1zpi+ohOGVTSg30JFou5DyfoT23Mipm24j3pW8l87ydL0EjMFKsc4f+yzFhCIbpNNSyj2F4CTgIrqGzcAIlpXqMU8JXCHvLBRKOzrhH1Ie/uIVsHtTYe3cCl7Fm41Qss7yResvX+wixId1nTqBUr2hGB69xewqwkhLBgivQgu1k3VhcQ1dm81M303I5RHsJe1gaPJYmhUL9ut/MqNOx5cHnG4gAlTNLMsDFd5yZROcJQMn2VuZjkq68pDVjKPld/gaAyh33RFBhUx+ITUPduLp4R85AKCPxWM5w4LKSVhCl6iTuWM5fqMahbkh1ytHHbIk/nzo3Gh5G+Ukuw8wRGQU75XYMkSg3EyMdSE3strW+HiPgicNKA/O2vUlbO+1I+GuoG+1Jj1Tqpzi5zbAUwl30bs4cT1/4xZeqUujvPgi/D1p1S2UTO8JXy7M9wMy04nUf1AlNqDyzF6aVhGihFCDZYHC7FsbgXotC/2O2HEX/KnABJEVA7n9eGzcINDHcmEUAINg4FcMcL9e258BfnhIl+5qBAn7DtrT51sgFQChiy/n8Zd6dC7Wy1hO7lTXtdKVfZmL2PPAh6Qs50395gwWWuEouL6uoF4wgFrg8HYf7c830HZwWNcTRYZURuVubxPUHyugFHFf0IJnj3e89v2i6coBnosDJs7BYDwFToHDbxWyy4hOIF/DXfDn0r22/doyCHrlVg1nAslNs85N0FrogHXMgm4V2EbnI+qAhuxnkpJr4fqGqXhuky01ZBAm45fG5bh1G1HK9wT8T97j9yyJBzhFnX387VlLQavT7TdGoFLfnfsn+WBuHmIP7O4RvXr1LTucb/r8dHzjjVXLHX6j77ixXLCGmg30o23Rvipq4vR5bTJpQyf+3iwQfvOlA0DLoHR9moyiVA3QNAbaVv9se/4sE4Zx8aCkdI4vxemprhUmSpPWkYmsx4+LXlNHyazRoo5pKVCKwaZ3xtk0nr9ExmEh+87ZskR5pY0LSdyK5npV3m1nU36EYK4QFVTTqsM1Rd2qO6QFpNkJtoQFs+0mz36gSMLs11Hp5eX0TFhFxkA36qesZ6W1ScI8/o6uxefAG2zEt5PjwL2J5Uhssb7OpqBAqhq8+CXrvq2cPU0ZeR2Ll80ybSpmUxSjjZlCjW3ivLGpPsQaJw3NQSJ54PhrojUWQl9xkp74aCW3PrKO/CmHKYYEyUZlfNCvUSET9pg88UrCVkIin6+JIpWqy06XK9emL1AqjKKlT56GPU0UNA1UTRDJV+Z1NAJDxQYIjBtgY6YnaOsrs/p7vgmNkhge3yMmJujrrPAztnb4+3w9vf5EBgaMjg8TE5XXHKGnJ6hqa6xtb/r7f4yN0F3eH6dn6Ckx87sAAAAABIoP0w=\n— ppc.example/witness c3IuOwAAAABrFrRn/rKZySS5I0KhSf5tbGhV/mQ3fuKbnG1G7cc6/ShBOEfSdIw9pinI6lG4LbmxDwA+ylPmo4QbvZLH9qAuL5fsCQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRncDqmbSmdN+z5Dlyl6TlwK00S4D7EZx1hSAlM7LEljYdrYOFMiwBItbAxtYGWdCObesSXx/1yaXKE0CG+qnuRAw==\n	1796650087706
demo-city	130	mamori.localhost/log/demo-city\n130\nzxWo9BONFG5tfEHY5jsrMfRNIqxG3QAD+4QX3k1truY=\n\n— mamori.localhost/log/demo-city 79n8ucz2541i7sG+EncW4rDx8GjCLPbv2cb9idRgFGJfNuZX2gYiqatgL+8lPdJW2u1RsLGVduau/4cci2bSWSu0ewo=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRnFO8goXewcmtWnZIbK2QrKhJrAOTbGSDr3HXyDj6ItBprPxpCfZTEdZPyRe40LDbd1acxissirBeaQr2IrYJDj8SKSl7otYiCYzeGKX9E01PIBr3rnbnIt+d1uQtKbtqZr/xIQcT4GWjQx8tILg5OxpUj0cReOR44G6K4hBk8WQYJtVQEvqlzme6C0QrVc/kQrbm/EnbpuNYXzvvxmw2JrGmPu0KtN1XfOGvQYIeltL0jbTSUWtOgoWDTSC4UwhMIuKWUiV9pqp5c+2crR6zFOqGcF1dZPPxzP/h41K4gY7t498pWk8sw3bIY3wp7lKj5jLAl3zEBVTxGmTNvTIyR51ggtCiNFMHuCxx++FRo2IGoaU7M9v1otgPOuBL6OZf0OJoq7EMF/G9Z9Jk3hncYVXE4wWjqCxp42psVObyrZFTWT+udLS8ZHd6iIHXQbGpz3T5Hw5ALw0mOy3LYvH3Ag7U5Vqc0LWqGGvwxanF1zAYcxQrr2/y/MCBfDYjqE4XTV2tye6LlkXVT4A5IrKabBTGorwPNYVmBjCAAF0F4dViTKLI7v9mgWLVW5KFbcgwGy9NtPYSSvN8eC4XKeRp6N4gpsvCSm59Q1W4RjsLAZYTPljo/ROrOD9QC74WQW/izZlJMeqH3mWD2R3U48IgvD/9Bg/tasKnRbnLo7DWS3esnPwSrDzacyjPnE9nIc2NbBkDb5QLCMQTGXrczFbt7F6/XY+5WBYFQN6gId8qyUE7sA4/3AeyaeOsf7DuVJ03xqeKjcKX4+AAvW6/JNTGOqbxPDelZnc5LSrNx4M7BVbyHZkoz3rrK9F4JSGDC6NZ7dKhOsOdHhuxJu3SJcB6LECYshiq8eAinUuJlTr0vs6JMNe0Mq7hc9N56veoNv9ppLCfdLDIRy9X/8T19HOvUf0pCAhYxxpgArVEtUKTog/LVxfftAWJh/kkhhPqLXGQrY6ujA6TRIV5kuFmcZ3npuKqXg/rdSXAAP0r+wyiJi0t8/F0+EY7lFqKayH3jRv4Yhqn1r0olj8vyV3cMPmT5VLye1HtPcwxQYgyZSOb8PefLWmLtk4SxMzTWMSDz//ItA1WUSwwiYAJcRyG3MeGk2YsR5vKaLnWaHCOQA0P72tOhK8T3heITM0xjtMI1Zu4qQvgOae4tb68HY2m2m2yqItGlrxzTx0ac8yObcwedDFr028NjhXUHlT5aA95JdExSDSKY6kda9mgn0uv969WKXssxUBtgUDpyCgX/FVEuhSYinUs5ONk6ug8IufoW5FL3Nt80qEKUXFmrRF3B8cBTZx0vR99AgAUTu5IxI9xXJ4QrH/uzeNfx5vskiQfI58EvY31dz8z3raZ8WkPGi1XbdbZHXzzmxD1GqCxFLSbvTgyc7oLwVuVzyE5jFolVhoLbcGsAtGCOgf5tEtVhxIpOV7kJZCEf2/1kfNf+U18sOlU/y3u1CLde/0g/8/zfU7A1eTbCl1c8E1q0ziiD/1YmAyXn8V3KUrR8KvHn8sv04XZkWpci/pGbmub4paKNaIcdQ8BYCKjT7lwRBrrfDOrA2LahvUwBGjHpVXU3Bud7c93M2rNqVfRvfKD7KKj8aJRtLpxRCR81q1sK5iWnbZzH3NBlcYqZwC16R/vvUrC+9PO2Agij7fYITzcanttdmL4gv+eNbkN1R6SCxHYNVIo6rfamkEMm3JmGmXHrETAQugZE6tWGgQsJAFaWSgELjkcrD0XzEXnIqJ5j1OudLVDR7IIY31xWznWyL6Bs1BtwDkK1JisSMg/HSNAbRFs00iKAbg8XdNDioqpefYpUovlacgpnqHiOILs7Pd/4PcFsZ7MywIoc067GerBPJ0QB35CRYzagyBUVvtHhGdW2Ow4d22VMBW3XSAUUqibTJiMHSxqdpR49VQxp5jTMwIJZDetL5FqJGhXfRWP+gwl3JCSFhlaPorhbDf2q3wDLkRib+Y5K+oN1PKWyg5qgE7RfcpyiWIQqXbHPHXaNPJisukwfVArRNw5ilTj2BkP7WZhCJfMGPEuVLTQ4HTsUfUPN61f6FeoK8TDSHf4SEl6kKykU1zg+Awa4+v5zuk+hnVG1iOYpKakkdkRdB1HkWLo+VEWRFoxJa3eUqIx7BvsYL6XujN2Zz4Zz0uypggFxjjfTNhMVYB0eh0tjQbUlmNCMseUABLgYaNyUKpCqW8IT8TVrOaiqxYPzmEfKwA3nN+eWrsfrqo2QpQ4dpv5wdMC9Wt+KCocLbaT5Ul6dbx+ALdQaYYU0JkmmIwgh1EbTjfjUbMykTAafSIpJuq2p22GnTxkY+MntSsHImqQrZEZufE7n68tums7wK/pyFNuZdrIYBN561Prv66Bp8BLfpzb9RQM8qpI9xrx6w34vAZRRwHfZ3rjynzy264s8o+h5gCa0+rTcUIa6iF5HkP2aMPXgFDSmJhhmtJhR0uYNZ6RCffCA2HaC3/5URrygSfIYwUu7T0p5wUjk1uLvew3xCHgIc00f7Rgws2n71WE3dfCKjjIAUthjRlExfdkI+rYzgvzhYi0ihcZS2U2dDznNpYlZ9r6VJqRTMiCAZMrp4qllicgawqTUPDfOTgc5DXYmrXi9gu0YtHroXj9msMEqMKdSk9lulYYwP6oR9A9NJTk4ycYMPYksvWc3Sod5uokLKMVC9Tl2+FakuVrUSK7drAmyT+b4BoxWyqGXIzSDJBpg2jye+46K7LMcsr9KMrWE7sB8bfIUfyQ46q1t3KUNocuG7PdwvDacqaLaFWjMTUrq5s3U5v7gana13ON0FuefTsqOTaBPAS+HysdC5Mhx0nBkpeG8hesTdnrIt4Xiz+ftNOZHTvA0G478jQPFTAg53SW3nKmbJxphPYw67KF0zSYpitRA9Zdp+Rwg9EPeQ3IbIKhv8wBC+vTnWgO+KJ2KY+6Mt7VtTYGatssJvtn3UPlf6a2Oee5ZArqACVX0LujqEfhFlihoG8Dv5aQUFvoCVwDDaclZKGjzzhN2WTi7mejVzLzL83amP3ZYwn8pIYfs4b0kpDZkkKhrf/o7comz9UJn+AySNNOfovnhf7vIiHGUMDExTvXyWyXOtZE8rweqlm1Ig5lGPCSWMvA/ppI1eLfH/WcGCQ8SFzlHS01VcIWXoKiyvtLZDxItT1dcZWx9fo+ys9Xf7PwSICUnMT5WW2GBkKOkscbW2gIIJSgtRk9SW3qJipKUo63d7/AAAAAAAAAAABMkNUg=\n— ppc.example/witness c3IuOwAAAABrFrRob1zWYYqMNaTnRfihHGmlKRS5mIwGEHXsKLsXvSJPXTCmlluVKyeXchXL6xpHImp53Wa/o3dJ4UEp0Lj3AjnqDg==\n— neighbour-city.example/witness UukDQAAAAABrFrRotRC956H0rxagaJ3jhohcNtJSlAqLSjF9bCArx4FXYhxQAWKXkWJvk9K2AH7ZiEpUrO1My/3QgiTUN6XMblsaDg==\n	1796650088238
demo-city	131	mamori.localhost/log/demo-city\n131\n+5scecGjZnlZmVYa3go3cHCldIeaqMrIZqWohr8Ec58=\n\n— mamori.localhost/log/demo-city 79n8ubMd25w8j+na01OL5Sfkr6XQ9D8AvE8BkbmhS/yRGLQXvlJf14InWqA96s6EKB4qKfeqA6VNHqZXba6Aih3xCAM=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRorRLzg13itTZ36T9TgGS1H0RDJEJWJ23YILoGhYqfav93DBSchrvo7oouk2FGXvXD+YV/z+vdUxUtVNJ4HYIdCyni6GZ4hB078/jP/0rri4fcnpJrycUfarK1sD0/j82bCmAX/hUOeUAkypIEXavA6bIeAMMocjNt5AZ5xSld8dOAgZ7TOsoz0i4wkzZv3vLcpeml6Yo4VHMFdkF1ykqwjPqmrgqV3nUJWz6IAWo5xStgKJ5V/jqQ7hV6jpsAdrW1hhwt1SEcC/4iSnSi5tbjBPpGv/0vW1Py5P7pye6/TMnq7OWB/IQ/UeRfeHDrb3a7uocU/6qpozXzgtlYsnaWC2sKUNEaxsBRNRODq/FZqozH+pChWls+8Iv5M10VgeWFcV8gEJvQqZJoUKTZi1z6eXz/1Lko2z7eefz2Dxw4JW1b/obl1YQb775uACJil1xvkchm5PoIs5feFNuMUUJBygbLLX8cHeKxXa41tOuBEIurpD04v70EAs9FIVyjsHVbaiNRHnkvxqsFAt0vpCcqnA0NCNMxn7t8QB5bYNwprSkuCVGsay4DLXrmJJdkcJ2IOMvl6IJfZiYUAdmFDBKFBjTFSDxJ+5hT0qRFhbpyA2GIvGnUzg9QzYHRjEUip1WJ+vnJK+ih3Qo92IWJZppxQTJtrGxPERJWy7UMQAM1X0K7mrxNUfgmodFCc4Q5OZVt//TVj1wivuidoVdlsWbmZTaicIw+iypUWzErtZex4nDW7SpfNk+QvK669GObSjmvpGdxv1bB5ObLnPtLbMNThpbjNN4Wcz/OsOyv/KmF0EPZYnmlZkbw6ThtrHV+38h8zNIXTZm+BCJb9QQsum1DVPZGH8wr29kgumQ25/pf266veneAjSpQQuG+N9QQzp5siTjBBoKJOpG8ptpzpkZYQQ0yJuWOVQMvSYFKsb71/Wb82J6HtKAI7AY4mtkZeUEa03fkK7GYmPGvbmOUrjBk5B8cjIaSBa9xhVfX3XUBBUZNmAAY/mcFuZ4YPk0s0yW7Ly5pPs79/nrQpPDHMvU11ypyDvI4v+xs4PMJKAlVz/QqLQokucMrmu0wygN7ng6NFsy8ipMHgBgkP44o7rih1/+TeErvQJfS2+lR5Ti/qp/tvHpNqk7qrw6Z+Qv41Owc5+PgCV0Jujvy+qh6XJEh8iTUZI6X/b+FzFN65NzVPEhSq0JU7LjHva1jPTACoptiV+8mNJ1j/FpbtDFZddjbvX7L6Mg3WV2O3IO1QoqWXfPkn+jylbMz5h1LNL0A2g49zzRRGEikrHSposwdsbXeuZg9BRRfsmvKFyTBrnYJIPeOq7ZE3S3hkbbTl4q9MEK3sK9X+6fvjJQBTcQ1To6Y0Jl+glmGGARN2WJrEKdAdxG1c2DCSsZUf5FDRr8mmvvcOwQevq8qQQ0qmXzpf02KA3X+AKevCs+tzD6V3i2dpw9F7bV438D0u5ByvGkvtSEIXhRNaDoS7stNq3mNsT103oiWv3GDsbrzC/PYbAIP8k7oEGZGIcwjBngfSHNKmhrrDoiopEW68H5cGUGIbItkLjQSWLP+OGlq+4F0qnvgLr1B2WAp/3pIN+WghPonQ+I9/6hvEbe101sruX0h6D0NZJiXPzSRFwb6ymqVeMMstOJ7nB0uCIYIfYaCWTAoh1sgTvCi2olK2Xgrq/XKJNt2MXdoZ3DYTGLiskKB//ycq2PB1GzUPVE+xA1vzNBatIxYvgMbgzNZteOC2xfo5SrdF+Y9EExoZhvo0Fe3PKESz7i3W7LJt6XkbqmoJWRN6DD9sEL5nddroZ1ddoARDpRG4jHZWvVxu0iiBXr8J4STHAJenHMbPOR9Y6jVoSyCDL8YqVUW7dv9plgNpDrclA3JQ9AviXFUIDe4UJDG7uk4AngE/+10GD5WNKkiJr95gPKo4FQPuHJYXK+zko42NHdOt0W+lnWI17KjwsWQU/St+4G4X6MqHgkIP2WZp7zIi9kS55hzAO4qlRR3DaHVJ1qiPr1wgR1D2x4cMNOriWoVbu2UnWSRpehEvudBRYZVB6bbxcrzhnDm0TNcD8SvE6CXI9+uqUd3mxbbBPJL5v7V1N3c8cggBj090Mp8iOGtYIlfbSJSzW2DqydIyXcAqhIaqn1B25BKBtVXzKYMjiHe44FDYgM/vo5wZz9kbk26SfwiCxB9w391K8eObXRVqkRQyknVy6DwbO6EBcM+4ZFDsZmEKldr0w2TuL3x5YzYO6J7CLD1dcKU1gtOqeGrhQ8GfQ0ePljl4voE1sF/SNxPadkqvsd/apqueQ6rSEP5G92wcqQn+iGoRjJm6W80dl/OOnw3QtaCiHC54NtRdrqlGFqTXTxbD4/JSbO0mCdfVwFOSQ/05H/WcTMPwJeTCMSId5YakIXEN3GAUlfJJtdpprDqjAoAuYiH4gudZCG/c1NtgF1mpXQAMdy6iLFUgCdA48vpWVlbU9QSIQo8aT5hW8PoSNKOGf+2YVpCd2QR59QiRpD/Xy/ZNSccQvYU6/GZb3gWZI0G5v1WVjTXyu3nNtH9YDzWzKtB7CirDMhi0bL+zfYYxcJhQ7ABj+MJyXGoTsi3eandqj9WQ6JcQDN32CENHV7K5/5iID/jBOVs/a6/16sZy2GF+364K0OBY0gtvw4gYzrhO59F6W9FfTjJjzzcPvTjqM/5VzSQefw5AeogrTEIeizUuFjLMpNER8TljJoW2/e8pClwCCohJCx0DvC2PdJgTM3t8aKQNl001BQcMSlx5U3t9+yzYrPSb3/OJT6poW9ygSAGh/w+hT1JQRG1vqOsJPbrcDT1sNqacdutGXZKOnr7lIogH1jUeEt17ffqN8Cbgm0fNkS8SJW3ZLScw+ZZ34wWKEZT6MpjYfSw+By4brSlLYy3nlvMG0f2Mu3kbYjHG3mz2663D3tiVcmZz1vZ4keCBLYoSLdrVCedUeIFZ3fYS0DYR2rv17Vm7aM5+E24Ay9134EQqfh7zBYKyVHz//bCbuXM9e8Fah/wokKZOT8JVF7dy+EdwG3IM919uskccqNQlWaTDSMJ6YqGFVozoxLXIRDGcD6GwUpw2J8X7tizIHyXJqOibEma8UFDjMDEjvCNAvaFkr3m0bQECDEyV2JqbG6Fhp+tvcbM0NLg6/DxIkFCbXyPlKmsv9XY2d7gIEdPkJmwvcYNGyUnNT9CR2N4hY2XnbzhAAAAAAAAAAAAAAAAAAAAAAAAABYlLT0=\n— ppc.example/witness c3IuOwAAAABrFrRoPTsIb88v3zR7xVcnAW1yKttb2mf16apffKGcoEy7cZl32RZDuPO1xou062/FVJcikRNqTHuNDscg+kpWhG8zCw==\n— neighbour-city.example/witness UukDQAAAAABrFrRoGBig2c/TFFVRRVB7H6AAuB7KSb3TVQE9M7nPwESdoJ+w5W/+c47Wp2c9V8xPdgExfwF2uAr+TeOv4FFwG/F3Aw==\n	1796650088576
demo-city	132	mamori.localhost/log/demo-city\n132\nfifrFs4yg6aQhb/YzL7hsmPX5bldjEECE5ZvoJLzPNQ=\n\n— mamori.localhost/log/demo-city 79n8uY/pbGEoDFxQa8TQ2I7tvZJ9VTm+KQktSzEfsv4B80JRmH0Z4Huf+8lnSrv9yPF6upGlieyV+KkZ98gjsvxUywQ=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRoa8iAJoAGB2qSQflPV6VqPhrnKQ7w8nOpMxFgYINziJLAUhC7e9Lik3kvXHHamZblV3SiaHxDHhhiNtjAUAmkdh27reVuSowB/zkon4PBPkme0IBY1NDZidg9drfJEHbaV3DLIN1XSr8Ob545Y31Fn6WS9n+JQL0f3VSi+USRnQCoJgrpnYNf55myral2+WCxrztqYYv8LuufioQ8Y5lb+V9HD/bHQ4xFhWelnTARfntrGC59UK5FCsU+uj9ff4bMroUCLKN98qPt9NsJNc5Jp6WSYxExjr5xbsN1yMKnBtV12THz1d3Bdyh5GwEmOBCv9kFzhHnZCWVllpQvCwYumB7wjdKzPg5gjUgMyLX3fUIzgr9j06ET66zgbfuOM9VnqfWwqXt7Gz/eob8QQKeiirSyHJlLzZgsOrPOYiICHKh42aRff1wvg2huZVY5Ugy33jVQdN9SiSAlbd1THNXjTaSAlwpyaIAQWT8+Jd+vMSUJXZXcUVsr6r1HPvCDh0iyDlkoQvxI5R3ks7VJieyEyqYd6dh5242jza3xRNQqOJK9B8XR2393qkypvxoCiYbwILb36JCyDFVcbXVew7zI+RpqaFQGoWWj339ZjylUwcgIhxPJr7FYqDxB90DdLW50NAJ7aFkTaxoXFORw4C8MGga2GqtiUJZfj2kz+ckJrRggaS8YpRau8pQcp82q4YUGL/OFw1vkoM4wxdvUZOV1LVoQB4JqlWKqiWHPLRaoF7wEqbT8JO1ewqR9kYXZG2fgIBEbAh1uX0rqorDJlQ/AvuJ9D/bcjOmYVRrksxtHNbbzALTUPqmJOFe8A9lprh7NMx4+euxue+tog2IOuiEv7Xc8M+oDpHdi2yCPaywNKDmeH6FYskWbmm7W0L9BhMt9hS99m5VOd2oC4DuVbJVhkXpugpX0JfXSIOAD0Dj4g0Lxe9uGL/SeZPz+ssrXVzpGbdVSAX34uVmsGXfdPMZnpgIR+oUoZqmzYBe/X+5HwHhFghyU9cIN/RQiuym6e0SvWfdeM5kI9q6FJtrwxyq6iGKvZuTUimTfXwW11Th9Ij9d60qGWJZf3UIRQ4+GulPwh+laEWdJYlssW0Rq9RgQeWohZv1CN5ow9AK77lpLM5gGD/HCXKlDJTwThrDNLwSBbYYaWTgyE8VGqLvaNDSS22z2eCrJFsKic39Hnv2aSEoTYnaFCBhWQPLwu8EwA3lVYV9WBjjRSUjA2HMh6UeQrvpnRX4Ovr8b4xa6yOahvBcM/39xHTA5/v4WAJ+Y8Ny0KJk4yNd42kPGZ8DUv1yZEDaTWsWGsge7S5OHGuFr3Sq39ZpNIL88UfHFsOXyKZRDHt1FgLX8tCWUZxfIbiGkKZlLS0zbwiKBwTR+uDF4EaB2YzweoyJrRCxVdULYBCiRHz1WWfHXnl+1FUMLuUQm0QlTwkgQwAUTgLB0ygwkaKztQOsl2PkR0rgAQ+o30ti5eyPyiX8gHfjUujuWg49a/0o5CfgH3smDlAgR6ztwVcJAzqhmKMJL4jptzi+ZqvGoeX4bDuW6C2ezP/LjePNKW4lW/8TVotoeWpXF/sLFtIK35NqGN0dlHr0EGASPowP4fhfmOyIIQrHOy4N7cSBejrXmdPUq/3cRtM8q2Nz/AEQkAJIFpPI80tWaT5IgsFBvqaOj/D2AimO8cCHMH5n7UOMmb/IduAvkBkvvZZX29AdLUVg1abap5Zrain6VdqNkEJbPtyTP58f1OeMEIxJBBXZj/GD91zirvkfRZ5ueA1gsoYiuFxXq8w7k5FhAKt8Pvbq6QI7qjiUwCz3UCYaWJ4RpVp5CFHZs6yg/KKu0M67gXU0cXkRwnQfK4Q8bOPtGlp1HsgqkiLn+Gtu6gnxKBBwoiJOB5tHodVXIgHNchzqqc7h+8Nw9l15IFAPF8JeU9/Co66Rbkqim4+9r2piUhtLf3VCZYTrbK1Pz20m3fWiki70+b+02QG9y8ziIyWnECIopMrJRpx219qZfz4Hot94i3q9IMQDkDSgrYVcNgXO0grZo5HwWwj7yCBGTNI42gufHdOqFBpP75Ci/zUB5VjiKl5g743dz1xhIgXEV+XBCJPKKsG00IyIUYuReR6wXAs3SOTMP6LN6pIJGklujyab1i1qkk4RG+buUQHgoL2TcDWQXThWlHZ/fLi48vVuTuPthKmjXKZ03fLbA+qaKhv/KZTSkBQx5YI9SBAH+/7aihd5pO/EELWtsWzZDsNyfC2Fh1Obn0Am/g9GhDhREb5q08YqTsbmNGUmEONgZmrceoazmJUWcrAoLVljkZ399Oz6QqJCdVsKR4TYvZ7k9KWWU+q2B/4Qa4w14lQfaZUWIzHeHeOzCKnGqidmLGDljZmJSXg68ypqHfYLJkhQJV4jua5thpWeHnEftv/xXtSjls5XcwI4K/k9AXoKPhNCVxGqQmW2cUTDaMnYnEvK7jJzMdfL/IXzzmzcvLSxKCrqoL9hZgJQijlim2nwb6gKH2Tjj3DyFgxN1dZkjl9+7lC0XEkKE3bbEW4CHW1EHFTIFxuJzJHnYjql0dNs2dBCRwRXn+gOpkE8h7SjUWsPWB/dQWLRR3t2r8TO4keONpu/EH/ZUd9Oimohegz902yjeETLlSI1YaPieso0Gwbcf1vExMJ+mIf2dcVMvBTG5ajxR1/oGmpl7YgiUBgxSpZY8x6zY0hcjL1qR3VOpxrJMxrRgZ+/VI2/ia6XPF+66gXDYdMddhJ5GITtGX9BdkCBsofBfy3PAZ1vzVffNAOu6IiB0nst8nJldyWdiYlZJ4OLZXD3BWrK0qMwHog4sLO+/yonXjGOh5KQoNqB3ZYGsIO33Rik+mH4rTKW3/drK81UA9OtUmcbF2pVCv5EblT1tTcrR/nb4X+FzQkYYYmrHJEo7rdX5bjUBaxP5Rm0N4niwhb2b+P5mNTD3kMP6n/qhrEQFKPMcGZhT2bffxwUkaKxD1blev9v3zcZMARMVGHQxk5Fi3T5lStONrBT2d0m6x7mMWJV8UtAnfSo0iq26zu/B53hcTWDAiX0WkcSc5nwVzwl9Ru2hCr+B27wtt91AuD997sxDAG7oBpxBE2naYKHyI64XYBPUP24th+ihLC4LEhQjKEZMdX+Dn6iqyNLqDiAmLC1FRkpZXGpyg5OcsL7P093m7fX6/xAkJysyNkNJUFxnaYSgxcbR4uTq9wwRHyssdIiVrOTm7QAAAAAAABApPko=\n— ppc.example/witness c3IuOwAAAABrFrRpAK/ngrkB08AKfle7z6rxhXvGMS+P/T4MtS1OZZ/g6dKpAjSUv6Y3ZH/GuRD6RAOIMV5Ym5mvH9foxjjQPs8rBQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRoENs1Ry92v1Hu4f2GUcY9wu4YWgZNNcswJSh1Ewr6RxNfARkYEXkm5+K4Lez7kt7CdksINq9HINiqb1XPhpJMBw==\n	1796650089274
demo-city	133	mamori.localhost/log/demo-city\n133\niPZU2Ca2+DutAsQezWeOb/M2vnmq4IZXDovqvURk0iw=\n\n— mamori.localhost/log/demo-city 79n8uTbYUZs8A7cvMpusF3HxQE+ajgLEhBhq3RMVs0nQCDJiyNlrjcKUferaXPs3eXVZWatpj/YiZx/SS947jdBlwAQ=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRp5lwXLY63CsOLA8w6KUuLj5DWHpOrP0hXoNlVJjWj/OewBrmBSTKS2/lng8QoThwCgMQ1s0hUjPOD/NLTwN5cAXPRbBo5J56PuR3cRA4AIRG8TZX7ZaK/c+vJ075AoFu/JbbjybD4mhjosjGbYJctN4y+xDMYsQgILuWehbNsY6rc3owLQtNQJ2Fg6rcHB1NLrBWiqfcDi/ChdYyGV4uJjAPaRsJ9/UfLJ0gqENe25Jrmv6ozP+AHarzPNLSSLOewZ1sXpKUtOWMNe2TMLKXEeM/lm/9/v4wCRzXIOHERmQE3DvxVfAEeqxDNmiAvNGI1kcKDmHlLEtGRjxLAK1d+C3TidgLFOoEdg2H5UkaUvviEGZnHrAGBV0ZOo2EWyZurz+pk1BwUpsOdMOkvrbEYsJ4vYUXIVG+XhE7pSfenOrs4/AzWwXqShkoThHg8QS/XLJd0qRbzZKmzzh0RtX7cFQgPcmE0HD7rhBdsdoq9CsRtxoEwCmYyYwI1qSks/Y/EWUy7wZDBbn4yO+CNpy2+LRccvQEi7RmLQ5nPBa1lXlOTMUitA6aTyrDXj8lPdo7toO5CDdOJYu/xJNwwHbQctCblO96eK+k8W39TJB2txTOBCGYs5vP4TAU/C7dZxsa12SvByiTc6wWzMhmmsxpxYqxn0MQc1Kjw+n5e3FKXk0uM56WFC1pf2GhS6G8hhUCywWG5UDDERkbzMV25l5t6GhC3TbvDUeUzprhGJbCPGcfGLehfEObgewpAqZ0qkVGzCNxd7AhfBWZbAoVLdlwICYe4uUK5Ib7oItyo5LUplQKFOgcTYGoeaJRcGwc8SM1ZvX6gnc+q38slB2NnMMdP4vXS9saWoymyIxfIxlFZ5t+pfelYmfsn+vgJf1AJKfkrGmErQc1WvrrZStLb/mvTC+pai7M1N+CfUj5yarRmA4d8TRjnB/oKDKagjsDhPGp7l587PRxCQJhnIplv+qUjpwI2LmoLMnOWZM9nqXFOW00cVckf6/C+Oz+O5Svw4CRBIyd16t/30b6d3NMto//lFQffZlbU8UAg5bZUT0LNlPzJp34mXTTl6ZPuO5RRksEBJnlL1C82h1SkIHxjLTL14bDMJ3/vUVQSt9VBenNEUjdhkn2/ENQ7l/7eCKHbUjUeAYC0zEQw8wPmdPL2OsCRhjH/nQ9qKslEegqmPps4krJQ0KGDmQx4wyiZkbqfwf3hc6k2J4Qfcsj1xi8E8I3LHut7j+c/pzLmdeTqDVfi4PbFCYEOdbPz9GpbWxb+lt0nDYIaN4AvuCoFQIWX87rdfTWrMP94HsInScCdAkaeDZOuzGXWCbtFfICEMWy3Dg0suI3U69CM0iueQqp7Fw3EvXr9OH8pdLDVCr6r9wN6/3jAb5upizznFi4hFBfMpmawCjNaB2oag9hV7N8eRJtqJ4yQ8ODw6i1neHSfwxRG4CQPCIAXhahq7Y+dL8WvXdgi8DMYFpnXxmQE/7i9ceq+NDL6/z2QnV54OeNcygNgLVlT/5c1cc9Gu10+4NoSbhUSls6PLTSRFbxy+kGEJQMmheWqfpCj7E+LTOlbGeZjxNyAzP4vyNRf7BS/pZgJi85FEI/8PgjYS0R7s1VNVhz9fircSlwoUTJY1YNgRr6i0nUrEEONEgrPqg7iynUGhk/xhd0UV8Au1v5OU2EUTd0bEv43I9z1jNcCVafzdNHvTvFS0VidtfW21SpPjKKM9tAxGdPsTe/JwJa9CR9XO5uSG5mq9GZc/Oh/oihI81tw/soE9xlxwtmKhl9nQoLuLV9YsR7dSvaE0/TKNbP8V3cLxTOqD1vKhx+LM4QW+p6wUVtoOHCnKM+PaCb2Hv7EFq1e0ojzzUGzvShjn30/u0ZK5Ishp2fVX6NSFwiH4whOx0J9wLM7tBm/wVS8maL+RiJ4zlii5z6tCq1SwYquUv2KD/Gq1uTY+7siZSf+10i1bwp+cz6AsSGQUiZops/xQ8xYIFsVGuM6pFVJQ4eTZxCeE+TNeNX1Q2LF+jzPFVaP28TvyIoB2bx3JfNp8tXSdK5zJiEeIqwezSNcsxf2mbrNJveQlK4WBDjNEWEDQ5RxV2SCsHVTRphsel5zYPUOaxQFXOu0cX/oRVNaucHSRe8tKjh+k2lZ1vy+08PjrdG8cdzE9c3Oyn96nCCytg3OC+sOXsg+UgVXkXGvIpbq6+nygHk8rcoFfwZgtJqkJmLZQ7BZEaZX//c/9sfhNGuSkBo8jxh8VV6YTj9WKW8oZqcpJDG3sqqCO1MfKDOo61qUMCK4AZ/1gfvcEPKVnhrjHPZUMVQEciinEboCRnrJzSMknAHpVLFJl6zsSnLhY3084XINl+5EuhrWHOsTX6fqrDjK0w7iQ2n72NVn+kZMYsIxy5PzmWebOKJcQyxLayKpJgpQT+DmvQiG6XRTUMCUTlr6EHOyHqsjp4KQCqM5mCarLTGlwJHEX95EDBvyapdgSFiYmxAPsbnH4tR5VGIN4V9D0P/AQNA/PzmUwF7vIzwImR5sM3VL7tYNuLxp+kgJ3Lh2cKpqgRvAGzzs+al1wPMX2NqcrOKAsthLH0nLDx27T08i20mIHppdsILcN3QPCKdYavi3mVXGXEITGamLgSQNhp/AWuA7mZ+GxbJDZgbNrDjctmmlzOCBVTWCIV5DDq7iBDZ5BMyS51BPw4BIrQpUSjO2oyInx9FgRWcffwZSzKAiKvP0qs8Y5sDIQnxY3TRcPyYSRulVKS+PP1gjbmz3VoQnR8qlQkMjaUOWlkYIQZqJ2GBUnb3ECW74wq5+jZtdfaVvReahui+xWsshfrbEQoI8rtJEBlDLsI6oskoBvvX7aHG3FjwkASpezY93sxMCwOExW7es7OsbwnH1Fkpscyre2U1uqRu3lDwD1OA7NzxcT7yxopdziWGmyXaxc6R+bC5/SyJibkglkNFQrrdIfpCj5OnBbZt8lSYS9p/XdJ2Z/ByCJkqh30TQBRaHCP1u0X2Th94D/k/ODfKFA3J4MCpQQY3ypYHvx8Cvqb7+R5EmJg/5mz8aK9+tbnFKWmB2XAEqf2xR+u94JPoVZZFZPFrxLf1OJ2BoJjhDhud5hQPWGwaiyU0nWnCLrErSZPgKHSYsWG9yc3iHi5mao6Wtr7q7wM3O09Xc8B0hJUNQUldffq/a3BAkLjg6V35/kbG44+XyDhUyVnF5oK68v8zV9vv/AAAAAAAAAAAAAAAAABomNEM=\n— ppc.example/witness c3IuOwAAAABrFrRpXJlsXm+b57A7HUOqA3qMofOE5rJ2pwWpmOUBuggZ0ZRTaOBLxNSdAub7pk8eNNUZvqnn3ozPp6qrw4G0k4XsCQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRpJQv0Gz6pI8zhC5IotHsGTjUxrlpko7h/IcstuaI5cNkU3RtC8NeXEDKnouwqoGlYa/UroTjNR1s4qaLSa6L3BQ==\n	1796650089698
demo-city	134	mamori.localhost/log/demo-city\n134\n4tIHCjZpYLu0ObQyqFhmetHxq/7Pnubtz0zA1wYBoiA=\n\n— mamori.localhost/log/demo-city 79n8uQ7JnFNZ8js+rIXfw4oClHCJlItLLn2Fpm9IFpY1nctZShCeaxD7j244Ey9fN8lrMgTp3oLHZWBZOjOo+9LFFQQ=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRqI0YjnxOIrZ/dKPsu5pkBaBHLsFN6lGYhZIaAifr3ZNG34yb5DzvzR2nUEV6eyiCDSBGiSZjX0NIjBtXBAlRD50ENn5ANb+CFwuUmJtHjlZhBMYAXO+PgIIcfdBLyGDVPOVaWIrns3a+d21NaOjafjYF1wIOacvedaeNm37bGK4ccbMobC7FNZhwV26o58j2O0w0/IW/Tzj2QzixVIfPGLYA2JFJ4sxu/WB8DnsnvSX0xgGWZOy39goVrQFUie8MKLpCSp5sTXdwGOA4rCSlCXqyjrCbgHLukJgS5jgxwCViMXH4QOry80YLekB8KD5+HmFSjGHrQs+jF2f8nc0nLKyQg41T8coSXPnr074G0AY9kW4OJam9mNPX+pXSRltu2/yxAydb7TPZ/vPOxSh8t0MV818HlJYviOPq47p3aIs1e3QRSpOX5ZZmKGhSkB7Dfdm86xaHjS73LN4rSNhK4pZ9aqXyCp4jUhRDCXaErFqBnRRXM72F7s7aa031hqxuH+sPNVQubpjMJgDuFP49iRI842FU2uyvKOHo0nC0mawvPJKScqxvww97EnqHyeDf3Ms3xaVcXsd9OvF+W9r6iPq8ibpOTzYxvjwMn4yOuP9BI0M0gVIqjdk1pgNEzPDPaqlonJPaJ2PnNrDofltqTCu4P3tw/IkSbCgn2VaYH4K8Mi0ClwV7OkHB89VeJu0Ip1n648AqKiSIGWT9inrlN/5Q6q1s0GjeRolLU35AQcQXoYz84Pc335HXcNfad0k47NIm+xDcxoDzRE7XA31ygoEwbMMI38jh/yugFmKkG6n+1VHMQnQBGzbQ2PZMjR8Z78eRBF+BQL9iTSmRia16ViBmQVMbL0/0sAW7z7DyA4Xp0Z2njfxDqpmhfFZPyMe2gU4VczlbFSuZdUlZ5gQikNyedMgyZrtIefHFAkh0rJDdmhFJ4tbDzADs+uyWu4xK+XL9EYgGCC1Fsb9DVhsDd3NJxM35qEC+MG/FgMeS0OH0DzCNXOhDHqw0RAHWT6qc+lwT4JVedCIyoXnfbsF5mkSniXQRD+AKSLpOxv3FzkdbEIBaVmI56NqGocwci7gHnPYCNYd+sJT8/LwdVXrNiZ2yvEmMCemLokKhX4FaHhCdxF4SZ+KZzQuXpqXRaNrhDS6SjVowVrioc0weGNjJvywUrPV2KucV3AAjc5pDWOaa/WarQyrYcb1IOHK4WcwtFAH9PZzDJf7nnH4WU8y3R0bD7qkRMjDaCE6KLd5RNlTZGqaIGZOHz+0HrOEEecHWXiPXvotzFunReOSGCoS0+01XkSXMZD3AZHHGipRLprSI5DzS4okMR1KzJyC1o4jgumEcjCshVtjN3PlRWazQmV2EA9sl/ZZIMVkYdm+t7EnJ2ju7oQw33GZ2QtRADAVtR9R44XaF+ZH9+fREbqM0cXXZsjnAaDdwbuNNyXc/Z3+ERHKeJUUwDo0jLflyz/87f2wkiG5U8BOLDos/jEJGKTClapaPd9b9xjGv+DI3UQueoQfYigCMT6nwuBRza8vMiu1d9pCZkrZReRMsNLVp99eYA2H7FjUBKLzzb5mqk8JTtKrCV0VG6XeV3WZLHmQ2XcCR+gzrxVy5QrMmQDWIwuPayc5wty6/hregmRNBUbm4Yr0GDyGG2cwU/zSvI9LKBvdKVuS37seduj/nVY73M/DZ2+zXjNN067428hZzHHVv+CyeWislCN7vuk1kwDSrYGlT4RNtHhLB3V/tidwrWMKsryjHWF5N6/08wHUYuJJMqnXcOuLV2bTloZ/nZtB+rW33eGNyzKOxpwdmPYaGjI2Rn6g7Z8q12rhrwn638oaaklPxTY0bGuEoI3jKvhcpK3bA/PrNctOqfClW8UvTMdE5mSO8UYNakjS3baFb+zHMKtVUjvkNDP0hxmW+ubjjPB7XkIrvQQuEVxUqLywKUaPa/i+u6+n6zdf7CA7EB0caWLhjCgQnRK/BI2R9os4mDb2b6v0QhhR5X9QHyb/hAh6OalIpy9lEyN8W4EaVeek+ykv/bU8gMxK0iFz2Lfn66FteyfLWnllMojt52jaMCEl1fmdgLGlqTq0zQ2ZOU2lXEoiGv/da19Wzugabg0HN2MUALdrkVJWLMiqHc7xqoOxZSjXCF7tco7kKwG54srUA7L4aR5Ui2Ag02L5BwqM+miwxi7o6GT8lq/+qL6EzPzAiXV2yq4h9eDs/oanJ5sDnSlcho0RWhegNXVhQI1SCP3LL92CaAjAAEhZP5rOk6+DWWImiVaOofdEcQT3JJeXHPz+lJaPMQ7tpv79j8iuGOjTJyi0o/KoaWocBpjk1IRh5YAthVptQEuFNd1qxlhEOSWjs5ZPym2SmmYv6EeFIe7FGmjLo92qH9euCSCDEysV/bsPJzzYWWWtF02VvO7Rwwhh/krkcnbDSkh+4FljMpQiAGmIsyN3KbAy0UZPaudnTbBUv+XaLaUFBlKQ6iEBthEel9SSQCYb2rjcqDPyts1tbAiYFPAwqYGDyGdzG/sitnNagmlA9kOC4cg7ozcluMDitziHNpWqI3fZPIO1L0bv5ppFWgSXSEUxXnAKZW2AXhMlgAwU/PhaVg2tj1OwShXpqPuhBgW3Sem1SlyXxpC8quaVzypi7wBB+o7qAL7HcjXuO9G8+SrEEoCKigR8yTxJvbjuNJI2idXAq7DnpU69p+L/xOio9BFcqrN3XgH3pcAiF6xfymSg6RgvCftmhUAw6si1asi66Sgo5zoNsWcQAHxDHKUw9CIej6OU/NzpKKqE7l7lVutTORPXH3Y1cCTo6dZ0hkNJAnXi4nyzVIHAbZaVT1tW0or8rxK37PQxEl9mpFLzUZyA7OIPEtFZzzFpdrtb3SnMaNFY0tasmo4oRZHMhZxz5NvpqhwXs4MMXV0aeOxGJ53Spc/mpaKs6+8JjTXmngGWfP6dimrKykHsjyxrL06bWV+y5lmjUsY6pXOY4XHttY3U7Ktpfw5aKnQ4ge2Fm7mp/JsL1zFZpBrrK6v123WNpJlcZr1uttPH3Ee7zaD3bZBC6oAIwGEmnsrvlyKlFbLoPx8hWxue/BzLdr18qEOj0ijuLlz23noGa5eQaaT3E2o0JPeP/gOBIJDA0QEi1DUG96iqGmqbbJ4ubpAAIWGTFBQ8/f6evs9vcWGRwlKDtOeoWpzNPi8P0FCDlBQ0lplpersrW5AAAAAAAAAAAAAAAAAAAAAAAAABMhMD0=\n— ppc.example/witness c3IuOwAAAABrFrRqJoFemxUwpzgul//CxGwvnJb1pVA/tNGRXDROIwY1SP268/R8KKu/aoa+frbRsT461hJDjb5Qb4MpSmMEkCiCBQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRqGRTWjpAeurro/c47LuetuCzauQxktI6R85dmPbHLMh4bQ6h1Wb0n9CMyNh9OmYBJsnQloAM+r70rX6+gquSaDQ==\n	1796650090236
demo-city	135	mamori.localhost/log/demo-city\n135\nrEi6Mfy+kkKzUp+7aI8mWcmlhme+syAYRSzFrYzD2dw=\n\n— mamori.localhost/log/demo-city 79n8uSn4ZZ6FRGWfD2j7z4zyVtgeKtHxMpe658B1bIhjuS4Rv9XEU3e26jpxdOgz1QoHP/BPktST+tVxEh8dMljOcQs=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRqxBI+FBlBALSJELDYiK6Jedng38RDCjXnMSqojr5Ia9tTtI9cWjJQEk9IpIengS/IOqdPde5u1MTlLc9RKvt+NgZhs1DfyI38INf9WP3wqF3W9c5qDL6bpW1BoTxIELrWSqI3JewWX0o1qqIsXLeqcF8rKnBTy2zkmoiV85Wm5rVsseb2zG3f8VGK5NrlXZ6WSLHKajAIv3Hi5UBuTR/XWic0OOdzRC4EubSgjhhOGu7k0FJhYuOB4n8wadjakkUbh3GajpM6botof97jdtBJ4NdrOCAVJQyZVVrifp3CgI93VJ4zTJUyAhpXKVGF6vXoQ4LC5nPV7sEsiABMatBLPOBfZsk4DnWiWo4w72jVbm5rShSPBJHOMxZzd9RF1PngRqbmpy45I0nb2jJnLhTC2JV+OJ/eHI04pv52ipZB/ylTaVSWhAveCe1cNERYtKuOyyORK4czAcXu1z2JL9Iij+gjCyGyNMvvwMwsUNqvdWPf/51/eUvRqcdX0FiFO5sL8GP08DlknyEfhk8sUYSZK0zyel4KDFiZCOARQfGXxjy2DHzA7T+21dzKbPNjnXzV9RRmYillCyfcdO2ZPEYSfvOxYAqoARRfpm/Uw4MdsWezGvDPIquQOEJtBjy02cYPCBZ65F8x84+aRc3AyGl7uiyLJ/NsPyiFZBlYt8MC3GzaM8/dvgm1K88QPJHNf+06FBE4HnSqRK9vD2fSovQZELXdhZla2RiYLn8pCdVocKqN0Tfby8d0RcT+qyk3xhltpsKXVGQawtEcZ2l9Fc3oED9ZVFJvU2onMUtfv20Xu//jMwhfqgHY5vAyDPuErnPNiDqbQgVSXlBigUGLyw5Ufd/yLq8PebKSpree1XvVcKCQRBj1yEisvbCgWQzbv6etBD4t7TxMduGID87aiejfML8EAuA07pgzthjMz1dGEMcF/EonPAlrv5hdYLNTd00/vzmEfAZ8cYd1vbXLn2wUumdRis17IfGfufDB+IGFiCS1hPYBNDkaCf6d/WqVgcZP3Qi2c7hlTUlGbFJb9RrBU3b4apYMkDKPW9WseXsj8RHNGblxvP2SsjD57m6U6TsrCnLt5PIs+1ExAWkgC2ezpUtcYwwS+xV6l4cXBgCd5v9DLLWm6mHlGJwmJdeZD7vI0oHW5pd37QzcOltEqCpYf6Sue0TPXhU2UzkArMtJigWAuktfOy15ZRo9f0Q7DO2iP6+fBQfWL/cXHh6B4y6TbrzNY0958yJMbaAAeKHyKBiX3j+kt0YXGbWImUjtWSphay7vy+8xDR7ReJ73ZGT1ggbj0jFuTdUjWeOnXMHEY5qZNtC+dKS9+7KlFuSXL6FLkC222Dx9n2EiMCSKeSUCM96z//JZXvOq0nOTk0StTm4wK8zEYg3fmz7uaN0I52p3EnUn80rGLC/0YpLcYQFyLnqZ0yPAseb/pk7guRHBnk2MebxHDx+pngX17TL5Ez8c0yA38ze1O4p82sFY0KiskEtds44N88KQCDMgOj9uBTfRE1gCMpHT2/ZjgQdJquBiY50grjg4KJu0cAYkwVo7otJWyOjF1J/J03OQXhu0pWZ65+6f1gnw/npsP55rYJJR6O7Rzt8ErOympjKyMffxcltRqF81DRxz/51iBFGoeSikKulY31pQ6MrGDV2yJOdRir7QghPUXgEw28DvMnJEF3zsAbLtwceYwXnK3jvSiOzXaXf1IG45LR0CI4jcMCmiGsC0b8TS7cmUMn1S6SzoJgyFWJ+bfYBLNLhvi787GbnwGQ1Qocx3dD9ZDBEyobCtdQDo/4iDRfX/1E/n9AOlW0BtwUHlccxCOLtUIq7nys44GNC6gTl7nDXhkcDXu/2V9Z9lYh38awutMRnqgt9k4+KWgnMnIZKBpop/LqcIupEc4HhPqcj03gFTtys7RnubxO3ZQx1dnjYup6lVyhagjcRieH4j6oPuApODnNEDqmYO0V4O5xHgs5n1orD87UQ42ZvWUj/7zxtqUPsEGNm+SoDan7GYMI7hElqPWmcOk7PTSHqPfmb2C8EQHJDlpgyZrZeGM3mM0uJmPe1haDhRamofX/MqY1K9zUGA18nVPlSoXYEzkjpb5RLA/VKY3XLPU6q0t7r1mtYr5HkANq2hUkCIEzI1XR7qZaHiV5kRUMGmPnBWCK815zOTck+St7tx1I3o8tU2Ax44O2Myd91UlseP1De/PlOJR/p+ebmOA3QQJaFG9VHX9m1Axg0x5rGzOSEWtf2hwyMTS/taqdguPVQRsUo3jIg4eh6Io3G8if5m+0Z/NE8z3HIdPVTBVbrXZ5Hq55BUHp7+E16Ic5Q1Mi63zGXhjNCTY6HoezInwa0y3EiAvrUVGSzF4sQomzSwoEkE6uwBIxY1gDpKqa9cQWU50ea5FKyT+U3Prt14Nz5q08piSjnyHqK6btSx4nU2++DRC6krvB5VIo8CqJ4DVASw/lTGhC9h9cGpFnQW3ZK+w3Sc6sKpR4+EZR/eUprAoMSXFpbYnD4XecEYHext+8jr0j9raav9nxebwA8gKdZWrZBWLU2mVZFtjMfLvBefh8CgdjAAuOhELa5fIr2WfKH0ghzMHFlWHHYwUH+Pt1e7PjfzJ+VLSTEIcVihp8TmzgCV3EG69KYj++jt2Jdi64ajdz7ZQCYC1mhD1SQmxZk+bWc5WruIvD2HTlImFzQ4fRFEZzZA4STgdHciEE+avIMwsX15/gxDKpTtr4MNhamWvzoNn+6n40dX1nmYRMQeS3Pw+TfbW+UV+K1oat1AFmezkFr6F/eUvRio8+TErqbbpDdEeFRVHZnXspy5sgDY1zkYnzbIq1OQeFqs5JhmZfUTgzTQ3YxFJoPZrKoX/2m0BwuCWlby+JU0v7WZhI6MDnVBmYOFqMzZKNgvWGISIM4qLDbofptGnwztbh3hiyRJ8Xq0HCVqKqGrrMsz23E+1mME/9CoAV2BzSZe/Bm9a0c7s7GCN3Rs8BKBaNl7rzErTIdnq6D6OCvyOrCgrPWQqk5Pn6YaEMe3kd6j8E201VMx0CF7knUGvE8y++glV1i43YUCM+zda/1+ksxnPYSYd6GuSfx/wNrf36+zk1qUqfwILYjvPjk5dhy6n//LZhgOMjc5PT9xf4CTpLG1vd7j6Or4+Q4pMVBdZWZqdIGMkpSWwMLS09X0+QQHNDlQYnd9i+ru9fsMGiNSW5GSqr/Gx9vf4OnqAAAAAAAAAAAAABQpNkY=\n— ppc.example/witness c3IuOwAAAABrFrRqxDpyodhTE0dolH7rcgoZA/hv9pXDst0d3WhtJGASFOOLlf3x3T91sHX4RgLRNn9g3pAx/2JlsNVWIsMoGnK+Cg==\n— neighbour-city.example/witness UukDQAAAAABrFrRqfzWSy5eDRbEekz0DIsW457DbHOFjbNo4f3PaSw8Djyz0p43iajnUZenElOdyJ6v7qNX30kvCP0QeNyDd5lktBA==\n	1796650090526
demo-city	136	mamori.localhost/log/demo-city\n136\n1DDhDyhmaURpdZnmPEMlyTx9kLqLkzU+JGQLqM8huTc=\n\n— mamori.localhost/log/demo-city 79n8uZLPLviXQenuyRw0JzNCRnMu4hurTHicEscaivMQhA5Jt/u8GnIes8kNWAW4gXMhsJwGKpMJO/9kj4vBcJvtTwY=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRqPs00DtPWWlYnKPdExYVQmVvmjtlz4wWSJ0kS/8eiqbhg1Zy6qpJDPEzqr4udzl8zRzbGFYxWWxSxmLQTcqM2WCgcSKFHmzmNcwajGOMyLPBPNAdO9jVOs1pwuqwoyLnxgi90o5j3NcGQ5PC6uDdEetTmtUiFP6vI2VaZyBgjN59Tx9BfkV31oyrivBLLO/rHEIIIbEZKe5DHjdMDgEAWLN9U0HixJnYqLTtBg2LrAWQbXL5O8Gpf9OQGMaO8ZMp6E/OEtDgtHz62RcGaqDXsgrBbrBMrvXotu00VlcUScAaMY6iW6UBw7C9Gat249BXq779Y98iqkGGFBVoUbChYQa4BTAo0uD45YFeQYBEkLqr6HOYBgT60iYKh3sctlgHv4wU0LFnZAlluY/sEi+QL4uLvEnYJWnvI6h75trNhUNIOI/Jmi7NYc6GjFtD59WVZ/Vyzy4Uh3LWM10Cg6loDueoF6ryikDdc0sg/YiqspjsLVUpKM0O+K9VgV9DHUM9z2DDhL34AtQJgkE+cOZfOno8LH4m1BAWDtPQ2mNZI3r8w7HOWf3vLPXOMo0WsxHHwlaOo73TMgFTgDXAE6Ygy1nYEekN24A9r99VNS5q49nJ3Ar6JOMkLsW3/g85sDmt52MYV0uYqIfXRkUFjP7upNDXoiPydBE8NmhjE5DMUG/Vi9cvbqdtKctHGrl4dU3emS0WmUsTtb7THaZqJOYtdNYgLX/jDr5vdXrykhvaKx64mEQSGZt9tMiYaoogHhG56+TDaHt04L3mn129BRdlsD7lOgmk7mvsAvwcW8wGvne/36Qq8a0kbJ6YUlWnvmISxCrp2JVxBOxis3cadeM5UIA1oZdH9h3gBUIpQuFFuYRVFFglER34JxHoERAi35WfS1MOexf6Y/pOxLA2/gZYHgB/s0VzHWO8RZlhvsI2W8R0JbjIg4cGNVbmQWAk4PvfA4OeWYvajUVY+jVoU/pZyHmDH2woI03DAXVKbniTRfnKrGP/rS/w6KjrTA7M6ebAMk3R9JypaJYvrNdJYAOPxx+JxM0gfaadLng5EV6VezUNNEqDu5HPNF+vhIkwHLlL9nb2oVH3Fv55aQQwel8dRsGjSqfyUDKgiDudLq/PEZY1rHQ01mLXCGs+cjlYsigh/DfYdk+e6lDwrv01uzSXsy0hNHPYjCr80+MC+wQ/dNwFSuSXHEV0brSA7iPq1e8l5UUicHjnquj2jJbBQEjp+GI38LtAGXqRh1RJk+Jf+TzIOCFVWALrdvYR5gxNZblOtwh43QRw/oYzYU3wsekzbDBozaMEic3dMa73Hn9pX+v1ad5XNwkbQRNtoidrGgsbeR1qEGEjzeJeuo8XPAfP3+zssyHFqHVSGWR2AetRGzCxE4J8SLNUN+FRb2lfJCCGa2HHA+7zzN7JtDLSPuUe7RkN2E1oVm1XmnpI07B1sa0lHNyQKiIbsqPj7jF6a4/ZIkYyjpeslX9BtkM0Eo9RRs8sXqEpRxHpGjU8gDMcuUtLEHtPa453f/okeODkhG6p2MmhUuJ+j6/MPrPQ8NE5jjgXXuw9k7Xc+VNHxJvBwdCpjWFrY5q5HLNPrtgmNUEweNDvC34Igo82Zd+ngfW9IsCmOIKCS15iVVaj95qLauFKmjhA1/gs5b2T9I6psyLOhPUt6Wo0zKseTA6DwUPRpRjgsoftOrXujqYTIgGwPvJxj08Mfko42+nNLrW0zJCy0TPfWyckNMjJzSrBkeL9kni9eCv76BV+l4A+hISkY+fho98l4NpmWj7On3mYBbFZuXOGhbhzuDi0FjZlLQGCth8Gw3Mwo/z0zu/2UfNdrw5FRUls1KrIpgNQrEiNsbxmoO4t7dl/nDY3AjfYm9fff2Q1KUTiDKk1FCudx5xfl/ct23BYPJAkjJhwTKZDOOFe+NHz9h2paFSzJUVFTFfkG9+e/CHr195Lvylpphr2EIMfjbp9qbdXk1H7cET0HDmMAp9E98qPSF2KmjI99uGGYJWtWQ9ylFeOG5XkFro6FdcRR3QAOAngFgdYFqwbUNKvOe93+3ab+KRSU6j2Xma6Dvo6KJz/FWcdcx1wwG1rjQ1jrq+wYK1bjWG/AiJwR8KQrFdjXrevMJJ/55ww8MqpLG8ap5mBB2MQJka/wCMm6tpOH3Q/lP69oPVKQ6PFnbINq0qo25iDnHYvyg+gQXPzp8qAPmZdNOglYIWInppk7c89+wPtD3uzYyEBvtzQNURmIgkGQ6Ugnn1dBiqRhCMT4y20PuYw+T7Pe8FYX1g808uTOFz1iNmg4dINa9+syem+CveD7AFab64S84SUX7P7wTi6B7R8cKs5acKFIP1wqX49Lj8Ci7ppzShM7KzJpKgMhxrvYQR18pxRe2/hBFWZNmqDqe2EWBLC6xLRzgfPOPyZr/As1Y+C2U7kYspmzQz7IkOFfJJjjxYuqlCia09lqpCHgB3cL9Ct5jhl3kTd0x0vw//O76O3WJ370p44ZRqiCdMH7OHphhoweFui+8pIiFu/5/WizfxuXoPBeZKkTD2pIGgeTJWGq/ujzXhn5z+cAHt/d0+niRtA7RQEoO5WN56pLMDUPy2BnGtI2HsT/mN92VOaBEHy1Lh2fphjzmEszoFITwpkAgNTKOLKnN4Szd+jnYPWNoMlP6TCPeKf2FKDWWynqIkhc21+ZRXeP2AeRWaP0y8v/TlbB/pvrohPeF6/b4LkZKuqhDxBBJrjIHk2XAxGSLQtYwG8BeHzDoEvMmO5Ahnl853Mc1aGBY+4t3cAiT7iuLNEI9feztdeKUNWPif8FcJyHQBeUeV3IVnBSUhQFUvSToJHTptk4B5v6USrZ3WfI+RDM0JyUxft4sIYULYEo/gRiivlNKO1tPd/7MICjFFRKR8O8W+gH+neOdGz3I6TL1XLX5ajpBr9Sr47S5jSDpXai1abKyHjcgJl3t6o9LrjjT5nJsib+bAnIrhOnmmXBTZdNSpC7Ja1epq/iuxLxUIHTXkPBAj/DQUKonpSATk3Bv82uhsW9k+t6RZ9G/by3uovxf0sK4FG5lRYH2cG/BJ7+bhG4shk7+sUpVXmBqhdQZJaFsxzxEYqHgehY7SGBqbE+H8SbW/z1T3cIECk8Smp9gYKHjJ6oyczQ/iEyR1tdZnZ+hJOcv9Hj9UhRbnyKkZSam6u3wMPO4+YfJTJPWltvg4iMrq+1u8HE1PYAAAAAAAAAAAAAAAAAABEgMEI=\n— ppc.example/witness c3IuOwAAAABrFrRqk7QoBmzUJ9tvH/ZwytLhfxmLXrcFLRkl1yjFCfDubXZkMi2T/IX9S0xFSfdV31jwREOlNMTv1VORgpmh8DF/CA==\n— neighbour-city.example/witness UukDQAAAAABrFrRqaBYZrH6aR+8X2Y/Owa9yvfJ9t+5Y2k4n538oyjrhxT3qBUVQ8ZdCxuH52BhgPHGfqfPO5u1ELfQMK2AWayz5DA==\n	1796650090926
demo-city	137	mamori.localhost/log/demo-city\n137\nHlGnYWpDmw9KzSyUqnjjRf0szKgwHnexl8BZ92NxL5Q=\n\n— mamori.localhost/log/demo-city 79n8uRuBZvuy1Uh+bDFDTj7ah031E8jruCueZMOeAfgoawFCjbBI85nzMnnn472Z9bCC6GrvvpEn2D4okF3ykvPtxgU=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRrMphVd0CagDOFfQrwE9xgkFRltXUMwo+INEL2rf6exw+Xs1TCnGahEXSjt0MleuKHRYfJeJW5eHrxyOerH3eBCaoZWFsektPQgcrMv1zkMqUj8lC1zcsS3LQldi1/6jkgxkzymJ5q48/nbUE9GfKIGYGOOUBa/WeoajsG3MHDwp1neAvPYsCy5JRMJzfxUeI1PthlQYFRoDm9lj8x+PzOkis5fze6Y96dt30ax5BgSEQZfZGr5QI13EEkIcoIrSHghe9hg3YuzThUkCYdsJRa9IlFQ74NvDCc2yibd6bB13u0v59yLkUnA1F8gZo5lEcHYcCaeIsZRn7AmiuVNVDyFD2ibDVE7JTDUnt0IjOz4p39uE6fG9erCMa4OJSRJtgH9xnUg0KNGr8j7i2zf6iVrzeFc2stjqa+qKfgvNBBQod8+xIepEgXzAJHo5Od6dWp3q5V8U5pVYugWJQjPEGkKDn/mGuMchs38NGeUUkw0M+6tsrxxracY3lTQUNxUnm+rdqQ4nipxGtN8p9VQRvRnXJKt3i/dV93sv097F6V4rZlQqnh9O3EWSsz80AVLb9P3ISMvT4fvByTRdo4CuQB7zKl9PUdIk5kvM2vCnuVORVXGceyNmcZy0Mpw6OzAWAQuBq4V3feO48mDPF+igtBsK7ngP+sL2HQUEtCgAFwyg2ir8bkPoRkhfEk2FdHHg6bt/aA2zquugYQ+XlLDXs2ewGOYajuDPpWJOUchlzfVTkF8K4zg0g26fO0yGZYYwl6ihTFOXQHoYxxvDmSIG0J06mKynJqSCOsK7hpbVFxmjGDjMEsiNkI9sHs+vKt8xjYFCVKslb+U8ceToc1boZgo3+hFJIAxOr5mPH+xLQziiPrEh31RlMQ7eTxCeIJpYNn3cFV+S5CX6ZzqZFgLBh2bJnBGOAF3mrQ5Maj77ITuD46M6Zni/V/4qCkR0rduKZXrcJ9Ikezn0yIHXda5b/i0BusI+E7uBRPX/Klakq3udMuhO0OYUPApvwAHr8NJrXTu9Nb7WiSkcGLhQPC+kCMMlRmhMlOKi9KxCG8qGKVQ8j5kcwVB3j2lU0QIGNxG6EBrz0VM721oPyPsdd/XRCa0OeikIlUxEgajhsxe9aOpkA9MvgD474lq9D3epBidzd+nWZb2f/OfIW6008JmhQIiOvp6RfCYIApmQGZbgoaUG0Bb8I07B2uzkP/uD/VjCHsn8hLvS3oybWzHtVwFVJh8PNDn+5U46bezreKrtZ3T6ijL/HLqZY+H0KFw6HyPpH+00fe65ZMJWg0iAT/EE5HFFQEai7Wp7JBDZ2fV9P6jhAdvexHApzmEWmSPvjKLps3eP3e439Kp5xEcGeb9fbxE8JwSi4wWNo48k69h+IsG5YMICrG8xbsRmpPS2b6AxlFT4ffUOGwz5oLbmoe4uysqSw+q8lcf0OBtiJNvQIVz5d5g26/uw5QkKonTM1Y2SpNH8YodTgvhVjz0mlX9DtKzm9UoGYluLmoufhTG7GTTaxRNGLvUnnLYhAEiuJvsyiqFkqv2ygcs8d+WUyVwL1CaUC1Tk+qP5HJzeUtJZ/V7AmGmXA6si/d1vXM1xGnwtdlh+zWEzG/G25LtAW9Op1dj19+GY8gZF/XA5VzG5gj8raDFni+OJR1a5nP5EErBk7FXFtbPTH67cuo9ICHUWJwCp+dDeloJQXtnB78Tbuqa9ppLH9dD24tjdmG7BvF/XowXB0llJSF/v1LEXhvgblyik8Vlphko/YKCYrKeiXejt+NVXyotCqIapwH+fTtx2vMhathEV/DL9uuOamEDn7mEN722kDGXW0JCSJjzfYRbWtQg3eTvJ4BdpShGm1bqJNLegQmuykj1Sk4pjcjiVMSG9PmO1ogY6VFQbdhaOBrDJTIetKE5SfqCIwzkDtHqkZwg45AXuPZjI33VS4F/GN1DzeiEMdbAGQlk4aSrWZ9fdrN/bCyIxhvHeBGdxRmqsNeSbBL7sbEdRbIIJ5MZy+Y1jV7Jxfe2q5r93/Ou/ioASp3eoylBOiHlR12xN0869Zn0VTDctZ6NqJO5LySxpANbyp5BGOU4rpRsCb1lvfiG0Kh1AwisTG8zN04SvQjddKNEqVAZ6qtJPdeG65W0pRlpZbRgax2Up9O7JNK8mhL9jB69Wsv3WQ10wA7jwr1OJXM7YAcdI+NN2SoMqaOHRGg80D/f55i8BJYfJ2nzk17Xiedubgw5oYs2yzc4xIc9OgUagmjo7asuzuUvYsfvAL7RZMTWNKrMHI+nSJcavC1G3Unfm+HOpRUGYESMHdV+EQpz0kJqa1/7h/hxkDyts/sbow/egT3Hx6mLL/LjbYQ2ibQCsB7LiU/ANrr704OAHuJmqQ7u+SmZi5geShBNBS0V1scdMhDFcYsUbzwaXcexqrwmEY3OozSFd4U/JdKPlJVsJHJNrfUjbLYNqfhMwnjBYmafCrwpUIdawki3wSA/069DmcFSy5O7CjbK77vyiX8lApVE0fsOVsR0RN7zVvRIgCvEs6W8XE1OgKR3ZQGBZpMNUbzkrnHt3D65ld/QrPI286iLxwo/qKvB6dsJpTHpu18hn0ZJRMNlfhaM+3tWueESfS1PfVJ8qznaCTv/5QhZiPMvGBQKdZW9T7Y5HJ7hqZZB22HZz9ISsBKT6jsFDMT77UygLfATMd3Wpt7ByaBHmrXSK7+gsm60P00OzoqmC3qx+MLcvar4C63PBVf3hSen6i5Amc52vc3o79ZzV3myRPFjY1gsKIF9UUyhwysniGOl2nKmS5YxmQp2qq5HNR7NuH8L3Tcu8FzGP5nXyrdTlNiGF3Nupjo+mYxHXzjilUkjlo8VPn6jydG1NoQqsS5qBHnZplBZ/blWGvwRY72avo5BRn0FsyaCsEAH4tFG4k/JxlPpA8F4gPiOlNzpyw7+aviK11s5ydsSFXxNDhXRsdYXG6RGwslUFFZ2R4UnyKK9znHSBwqtnuoQTLa8MbJ7ZbrK6z+u/yNAOV0CGYuzSOdRe/ymb0P9FMVBP4eoc+JpfyTPW3uTJPEKGjwV6Gz7mq97grp1I0HxveGMxyNOjbkRyy746/5ZhwBdvsxZgQwwNk47+r0LFttIWvF2NMQN0JdZHJ1qL70/SIlMjc4OkJXaW14gZWjsu8VHyhVtr3CxtHf6u73+QYdICo4PUZRYmZ3fK+1vsb3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsbKTo=\n— ppc.example/witness c3IuOwAAAABrFrRrI4QB9BT04EjwTK/8PxoIHKPy/Lio2GGB6dsOuymdiwLbsYbHK/2huJKz0ulAGLGX9qZx6qCVh9a0p7AsAgUJAQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRr6YIb13p1KKB51QBBKpeE08pMrxZWCx6qT44RjEaNddbP4jjrofuvDQi9ctgefb/f76UgjX59R/ooFKyPuxw0BQ==\n	1796650091558
demo-city	138	mamori.localhost/log/demo-city\n138\nNd675jWIBxT1Dc/IOA+ka0gRsnzxtXeIO9i8XQFjPmg=\n\n— mamori.localhost/log/demo-city 79n8ua7f4GcnCAkYPgsGqhRh7rC6KiLJIL8L1cbj8YoJI9vgbDM+P69pqP5Oz++vznuIwrXUtmuMK5t6yNQ5yE5EYww=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRr2YlSCsBoEqMOew0xZkCTVY30l4Hg/raDQ7NAo7ND2dGjY1Vw11w7vDA62lrF8+CBbm81nedZWJSU9l2VAqUAlasMppBP3aGCyftaUJqEk/k0NQ/hVgl8j+T57P462cWX5KAO6XKmUVZP1/CTNAKOYpT912h4/qIxKm0tZD4ierdfCmx5g4LN3qZD4pWfcWfXulnTQoMEzwGb2myV76AdR5QceWH12kILDksGg8e8WXzh3ACvKaCkIqfnArLB2x1uqMqID1rN1o7gVBrr2s+L26ynij2rxltPSKnBsNtsWPi6+nGX+RgzC0xH0l83hjjG0LStSLtn5WKgX7uxvnzFtFBa0YGgb60yr5Kf6zMZKdr/uliulYn1sQFWIVtRw8Eu56ig8IGXD4CCN4CNWfiyXjeRUpBSth4ol2tkICt/ymuHd1skG8umf+5d8vfrx2ppR7Z/KWLlCeIe7Jl6baNjGLQ0+keRLfNBjeGVYMcrItBmIFMQvKea9BnQxb6F916Z681ezSZivQX568HszJk2lDArKpQi6NRyJYQQSB2JoDVX6QR77ECWrU0eqi0nBl3Fl2zGYTjdU+pJfuoDdvcfj5ONmlPKM05WSNLRvowx5oL3zTofOpmBpYHv1wFMQQVeoCEaziXAKj2UOmTDn1/kV9eUYK+KfX5IaZrVhoo7CVKW0A47DLe1IlKxiedT1UrzD036lxsyji/1mNqWdDvP3+QDIadNnmmr5v4+/CHgzn0exn6fO71nVlxxlbwxbjrx0GwA8HX6VbTn+IWzJut9sci2R4woCheb6Qjcjj6olmLM9aFymk1YldvCtBWdlB2Chj8InmHe9nRIuBT8oAnOI2tM/twieSmc7ElPS806eClFVL2PPBO3zYC0Iy7VZFA+Rgs7TpnpgJikYXXCUjvXn/8OBwGMcFeMyW130WcU+yM9fV3KyO/kCLqRmiyuGz5pxkLBGZ7TVUc1H6pAtmprmd2PyEwwYELtnWkGkvtXA35IxTH4C4Q0DEm0BVotoKc2Ch2SPIgfWu3Y5i6oW9vta3AcpeTg9xmCDKYi09kawBPxlM2YtYj+UfBEYWAAYNkW1bVn8iHy8ctrAFDdAbiRH1lKUMZGSLbmBa8sca/Qf1XIDMMtdTcadCYWE+as0iV6rId60+7AJSGq3GEmEFIVQb8rpPgQUlqBnrSgY09XcZEblLSSFOwOBkAZXsvDVFj/vUh+o/C0lMzswr+zggS7iUCfFroHZkIIRF7XEBBg7SqArSvB4eCbnjGiOiIzpTQQb4k6oGL9enuF/IkoluLnF5xYTLiFN71aN3/h5/9T0hcDWpDNo18nJ41EHgdbJtq1yXdrNP+xBsXUF8rYdb0wi9A8HLX01LXFFLlhICI0/6SLjBqT0tdiTss26x/S/KZffiuV7lvL6iSpK4HQsxQMnFbcJFojBPbXPgXv61rrkEzpIFovMpBy/idelfFUTBNeSU9a6dvEWDoAOe+MrrC2oql1+raAqEv1bKhl2HdXiKkhIobCyOwnju+WyWfzgX98xe4hlnYo/vfAxq05zlVUXEI1SYENyS00Aa3ExyRYR7Bf93d0JNg1Mc9QtA26HvToqf5OYd5aJPLVl6PojR8PG6XCz2++qE7JWdEtLiefgFJ2FnZg7O5pbKc1mtd+ac1fDIinj2J/bWho42cy55z6aFwWyZLnSr1xJF6/1tbBbKlW8bZjTzz8WPCT+bKx3Mml7WYA1GPobV2py2Mig4sP8TWLudTCKO1vE+vh7/rOOxLpSnUCHWfQxEmqwRKpj12L4NKsRJuFvO1l4f4N/kTDDlSh0LkO0hMaouMHsNyuldr0eBn+VwNmdUYmy9Pm/hTRiBs5lHmwevp2dAi+60uQfye20YdeLN8ndeMi2vfFaNcyu/0F8xg3GqHuP74TVpsXTqU2cvTRRrTp8j+dryVVZDS1HefHQWEmkKSlGsuveGW2AXFdG1m833neRdqVKZcsMCdysZyK/FDxabd2ntFCSvHuP7rtinNuZJ3OwWQtcYyJGtfdMK8c0PHsEYPIXmxiEGzXUrC0nezoBJbz//93THsmeOPUj96+BnywtUovxAOsE0/ldiGbu+Kp4YXoItdvYxmps2MHb6/zcmdf4fLbK+qHGDeIUPWwW//S2Xi2qrEfXPcfcmL5SohvwQ12phkDmX9CGxQdah61OKvysAbVJGIVuVYR9lPP92/EcEedjorL/C3roqElKkuHhf2RJwZNtLZMCJSmoJpSPZYLGZycH1NmD61g3RbWgGQACT3wWSnLLA8/ildoOWEMFRdDYOVXILS1aIVj2ZIVAEiL4vV82zZSvSCREt++1qx3Ijz1iGXvuQlWKCZNHr+S8q3D+evg7fhag7BdiCrorLftC91zIt4sOXgJr1hXAGvEoGIcs0A3p2JsBUJd5rZXDtEo1ebh/L2tySjz8oJIZHjIEZennYyyNWjxLQxBgJXt1t6cgKuWSgGun5orzhVU4sXPXyKK+H+2lW5LppfZA6jryok3lDPwMXhjzy0ML7eASoHpb8eVWSSRLi0BGYAzfkx4PvHm3MUj2bOFdmOTrNtCxOju0MNjKbnYLE9XKMsHgyNnYxd0Etd7lOARP0jdN4NdrQOexEkBxIA7wUwUoFOdcU+2Q4sGIVXQR6hsxFkp3xHhZdqWSkkRbyAWfsu5hn7PYYSqUxmQZroG2lLXis3C+B8O0x3bZROCMnrPXvC4vvWTDUMUPAzrWNfd4KFC6wARUA5pmPnGqSW41pHKw2e0x3wS1Fho0UBiQC2Ix83MAERltG+qA/iSCF5JkydVbQcc/TXtd2NPaFCw7w6qqToRL/D8zndeimXxfL0Hi+HD8J4c+6SGb6B4vXM9Lvmpbd8Ofo20B8RJnvYdUf4Yp3RMX/bakpDe8eGP4t0OscFEsH3aB7oNblqJ+Y7fozOimyGPL20fxSGxrq7egNCOmmHP50W5fxpwh0dIo/OY+7YwLkdosRDzFbqI2RKYZmPWL32XO1ScKbOgyLBKah2OY4IqZlMWNBEux0gZOPPqFUVBd0hivKRvqDl+PO6EKOjJPYL6S2Es58oqj6Vm2WMHA6I9S+XDqg2ZYaLO+wuQZLt3Jd4zZWgBDUxmbXKlv9H8ACkrVWNlbXWVnKWusMDd7O80OzyJvcrN6QMGDV5pgYugr8THyNX1+vsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAobIzM=\n— ppc.example/witness c3IuOwAAAABrFrRrR7kzwf3udRsOaXiRObdM4813EG6j+Edg14e3yhPKIxsxVKr5XwbKGOpXtWvGk10ed7n+utrlXTP2Gc9wNUbOCw==\n— neighbour-city.example/witness UukDQAAAAABrFrRse+OVgY3SF3h5lHJfTYwvYBb/sa4CrcnvFCUrUYnwkU34aiN0qu83UiPGB62rrxuEsF0ivaaiIWNa2XT0roeTBg==\n	1796650092375
demo-city	139	mamori.localhost/log/demo-city\n139\nx53S4NQfuFOR+eqHU7FdltUH9NZkfEMEabimw3Xi7SM=\n\n— mamori.localhost/log/demo-city 79n8uUEvCRKa54zDes3w1+pWHH48ggi70xbhUfxBa+cKZLDIFA2ms/Tj9E8oe6Bsos3lIWvhF0zpbg93npF7DmfmqgE=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRrM9zFDFQoFQ/IR2bxLHezu/XXr7jOtYiIyq7XrFBAiXbNxW762porQJWBzxKs2/Q/NZw8X93YPlqP0eZvN+s6iFbV+JyZU+BM+uor5nQ2bAlfEPjZDhj4LB/9xkh/R2dLWGA09KHb1/QECTLY2HRSiNLMyyOXzaDafJUd1tzZ5Hn33MTacrbmBXMqmv7t6PJLj3JwSwdMBJxuSzmrRdG+94BLaLcyZYBif8szpMZVUv5Qa6RIufb9D4BGU6QCdZw6uLjI7a+n23T8V+aQtHROJeBq+ypNAeWkXQt2G9sYHRc6K1m3k04J18pMRvD+1r6RalWLesXrR+Xrm/NodrjUgqrbfwPifulKt5KnXXyxURwwOKRw9MiKQOl+JEqGgMSukLKNKmbkA6KkW64iIDU9Ms3DP2KcVnIlv0G3X6GlBxclFqReDc5sW+OmG4OIaFPTQ1SwtmzdONAZlLWwR7lcE4J8zIxw1HuWCUJFe/6uLV4vF0PqqWFH89n6fhYyEhiWz50WdzKsnpwQ3BUAxQKaTv9e6Ioeey2hwyKqtCG+pVK3rZ80anNoNngiIunnsNv3hTRUQp6CfCWZs6gRghA3zPdxpdK2bChMBpXN6duYQphtVTIZ59GEcbM1j3W1/38Yz6I+xLY8KxTHgpYa3HJFeNdvH5IwV9NxUiPK82XsM2OlWilndUf/MeZJwWP8ZtJ9iwgkFOlSzMfmOP4/SfZgq1y3GoyZ4bc8/QeQTTvynEDg40aWG4s7M1NvgV+cBHsHg5gdATQaX27vl8SLVDCJyr/U/Y5zPYLF53S54+zyfzBcKOW3Sp21q+brChafOpQUlCmXyJsnsBBXnSie5Qd+/PTrJQNReunmTf6FXjYp6vWTL5mijq8Eih9kng2U9dli8Peok5QR2LgBZgilQIGajVyXvMrW/9zHEgsarDGQmfvVIvVienOSka/u5fHn09MYnGRR73p6mzqwkF+NSa+xNv1+qpM68nKgZ9R/LNLhYzMV9zzBHnmmVTNm0Lzuoeck0JTXLEk+0A+RsO9AMhW1q4PtVrNQYtDGjHzuus2IHrvirvKZmFtXinhppeEPN6ClzNKV08T0nN8pyOaehSrgqKk5bhL5FzUrT7QkLb51qYaCCG+Dkx0faCC9qwLHnLMAvV3VxbhMC3m2qgMZq4ATsqZKNnDzhWYc3uxgeMUMW27w+Ku/qOzvIMqwCi1Nxu5qPyLkgGWHSDiaxc82veWIKI83PIfEmAdTfk1kUMBHxmh9+MTxhmNCq58PR8B4rJB7g7QyXdrAZp772eJ3TqzuuCBXETw74kolHkU1XMX146XJwf/LozaR/lpNFAWLD18tRjYOjuYeIryLmPBunFCbVqyhk2kFLFra8EHvhZLVAX9NwipkL+7dNPjG1itO82J/GCmZKlx003S+JR8XqmOM+0RiBWNVSKB4fY3vOWMKgEqrpERdN6PRj74nha1uwoj9qXVgE5xm4EMvpOG2ayJUkHs8fGVIH2fzY9AaLLHg8tn8IC55eSrV7Hv3MqN2rmYiCCkO5jUNcnLlxV4H1JmvpGtXeN5YKXCsb8hGN77yxFolAy1QoAM7muNCAjIm8MflmyrFCRO9x8TPeo7XbSk4WDAXL1C+fdC6sWnTuHAEgxkwjnyq3ZLlm8ywTw1tzigYob355Rlqb0Wx9IsET1XAav1LVb86PgHe3kOqogojEd3tIIwUHYIG6ZIhEj1Iis4tRyhx9zoom6R16hFrRkczSvZdpf1rCQj2lAdK0oV7W+pfEPKFpUe8DVNqD6AUEbrNe8NX+QECTtt3QFtQpPqxEyTdZmic1QMNaBVT2V/cfy9MPVBlTGJbWoB4tA1G2LRn3U0qPv3i42F/+8ARvxF0od22OP1/Hb2tKzXy7OHHQsTL0YhGAhamHE9OnsCWXEPZwRxaK7eyx2nV9djoOt4G2UBQa/MVEXk4oZeUGufDWHmsHv0kcbdcKFv3w0NjlWxVlzrYHmr4ohunHeA7Tha6whqopzWdPvKTj4LK+k/wucDD59/DEM4VfYc3eXt5F29kQ2bKASjxLG2JZ88WBRSrrg2da0oQWruVXEVyQM8X4h5QKhZy8z36WO/WNGAN4k66OY/HU/RXJ7GNuINF/H4MPB0qT6mqILi3Ee5ASdILD4c65xyLWLK2U3SDs3GYZEQPsXAE9wUU0jm2fCwkX/wk5YXd9oxhjQ1w7LcuaoiUOaXJXF3Js8WdmrpQhEsHK2DeYEjJed4H2jCaXelu3v57H11CKELWBQTLwNvCOdUz4c8eYpax+d+J8cSJr7omujZsC+oem/wOfCDA6ecTNxvPOishqy8Fwp+kKHs3euhKmKJItVs8ThSS1azb/SGlS1Clry9s0PmY8edqWEJJOVzXJ0oZGNrChllkzjPoVTw6mCBJrpb0nPAFZqCioGjon7aR7PE/7/pdCOlylY5jKSIQncbVrnwx+COasUQWGMmuJo4VdjjpHIdukvehomf3oDUHn+K0pqfDasyWka8puyJLpy9M2goVsR+0zzTSWYnVKiRVF60zvuWl/LobccJRYYzkOnveO1RM2JOGiIYKZIrLoC0f45VY7o3JeUUPYw4ly7wI0rVtxCidHU7Q1HLK4D5TOqOu+22keqEjOdtLpX90ynBobvTrFM9QkZC6NVsibRAYszLJqUMiibO+jLuHRunLSQ7AXbmhQOLHa4bs2PZmaHtFuvVMNdoxnS5DD718+paKcEw+7clliV9Eq7/fmeAjflpne31fMv/vTg2zHzhgOU3xpIPnMNB8Cogd1GuLhYGkJnfpUfbGxBuT/lcOUVG73JQi1RqNMNMHhvLaqmsAnR4xKaqr72zO7MHyDv/9f9dvqLVclAl/lAv/j1wVg2BcMEiqXKbusSwCjWQ8BvVjIMudOeZqa4/iaJzfuqDXkA+Ed/s1AZI/Ec3VwRKVEOq7J/DXYFconeoa9YH8rAaS7Enf6UPA7lv2h69FjGEeui9Roi+XV83wBQKpMG0bJbXC5An1ZphF7qYpOYg/167ujKbqLW6USVjoj0ScVCzhz19s+FcIMi08uWqk9IWW+PsCJgpNz+ir6QScsmYJ7HiPFgFNBWOfy0iOI/AIMvZofyQBAhcfND5BQllhZ2yXoKHBztXX4uru9woQKzNNUV1igaa7yMzTAygpPVtkZXF6fZeusrjLzM3a3N7p7PAUGCAnNzpjfIqRp7a94vkAAAAAABclPEs=\n— ppc.example/witness c3IuOwAAAABrFrRs3+yMq9A2oRfiq6c/M/GT23PWE7oRxVcjchdkJHQkIN7ehh+CY87JDJXJT3vPMsA98A038LhAesN4aIWOCxgzDw==\n— neighbour-city.example/witness UukDQAAAAABrFrRsH6gSy8UfIuzQmu8QuK4ScECNkZabAPCsrcc0k/L7esOAvnBc56sJ+KgoamNv/tZhGQ/jFhlzdiAMXqsJtm60CA==\n	1796650092912
demo-city	140	mamori.localhost/log/demo-city\n140\nmhw0fPieIUEq7sqXOT4HTrT5oDQZ6qeuGbvdz5eBXk4=\n\n— mamori.localhost/log/demo-city 79n8uXKHw2cAmbCe9XKYqjC9dp8FtCvn9JlBBNEGs5yS78beXp6hjz3gJ2DMzi6xt83ZYiA2noQxo+XqlopLqVhZqAQ=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRsSs9KlHu7IfEHXyNYSku/mMGPaotbWa6a8GIMAPq4QDjCK++dV4EsWKMb2pscDrg7Gu2V3LbshJUdzEG8ibw1XhRI3N5PmEEnytVgEddRBifeV5+otlHHpbC+chtXOzmAr8RG9WTzlK32L+7bmvf4Cv3ZWwAVFLxF14b5ROx+hI9CF+U9EGfVDVat4XNhc6tXo4/ZnQZdaewftemhFkucKr7tghwoCnAOSVlgGWOAZnbVwkQS9jyp0kGRUwJa5rCejQXhyxuSBKJOdRj0Dx57uvWT9EnowboM/Fcwxhv4F3LGDQSxjJ0y6fbqSJHvFnms7zXgogN0WlOBMaROpapVTQGssP53ZvW2/U9Il7AbO5CyAtjoeGPwuvZR8/EzG3zbPlR1NYzVCAbl2WuhfrxYuvMOtaUk5Os7RKxoBea9jnmyPT53MN6UK8ID+PUOqxBk7+Xe8sIMZTJ55fkNOLeZHJN1YuqPj6t049FV8+ucnWN2zJsl8Besnn9YH2Ugclq1T8UpV+b1x8xcC0AnzjNZq69koya7f8jXxw8y6wnB/F2aUrKgk1i7W1DARjtmHzZOCDFn3VdKc6dNjOvucad+7oG82s8GxkNGPoNkWtq3/DSUzkEq3XgIY08hzZcbkai/YSx9YhAaiSAqp+gVXEk2aV7xxfJ/Qg9WzKMQGBFTuIy+JEXEhehJF+HLngq0YRd2WfWR34DoAeUMbZs4gF/1gEd/TfT4OPppTvNe2PpE6d5WvuKAjCHNsgrenx19QUVHz/T2ThnXO3DssTUnRZQX6ucmD1uPqT3+BMNmAwgfMTQ4Rb334DH1FOw7esDYd7hnGIcLLv0k+Rkx5Lvr8R54/39ZiUFsXKrT45zN3eTMNzIO3vzYn63VWAiBjst7mgP+ALjL1d2amTEbeOGMkCi78rNMxPHhgWw6wN0HQjIqtYJLKuSgGWY+mtdaspLk4OqI5Qs+spKdOX13iMbbo+K8lH6QuWXo61vD7siat41zPqlt++oooiCFB1+Mt4sP5lCb92sUZ8fcJNnAbNQI0Uh9KBZ8Vr6Nmn00IOITO6DAJQ8KKBjdSleMMV6Iwrw3piWhaX0rEFJ/RmDYl/zNlHHNXyyzrUWnKkx6KG/Umk127YquZ05dzdcGqDvqnEIu1NnAPcxZZdESdJdMi/996JqI3VcSWBhglNhnjY2MVhbmOIwdCqbHeZpiNiAHg1m202juuuspuyt/5WUrFlt5lPY2z4iXWYz7pP4XFIazLXSnqFcxwoG0zIZqJXVK3URLA5gzwTTeEf9QovAm6/lyy8n1FF5NaUwfpg0DB0KfocGmz6IU5isRlKQstL9yZzWzQajDsje+2qq8qagXQjlPVGyX90Ybp2K2QneiOBYn+5m2RnDAJOGzoHd3kLcnYNl6H8rfUivrzCh9BGQ43Y2VmKZIC67a7wYQaZG26lUc+27hmgvYMTb2LXExoH7mUCU9MC4Q8JJmpNgRas82z+JRpSNiC8G3C/9ly6LrFrEoCd/XZNJp3y36eswfbmeCHlkdkVlX1uSndnAmge3HTYbm4IZBAIksfG5qWw8mWvOk3xN/8mxw1sIZU+BlkqLEDoR/pQuh34oW3u2d5f/o6buFa33ahxY0RvV4MgCL9NU24WNuTjWn0bUoEbOCVetpZkqPB80A6gwKw2qaPov4WvQtXTd0XXwOgNqIDOMFrPav6Hv3uLfcvHh8oRc1C+Vgh+FVKIbiKJbZdtvBLT8UKKj6qhNnUVga4oOI8XnxRR8Bhqftx4PllGfbCmH26olgA38z98GZN4toTsfaY0c5c05iedPKVmoVrURtKjO3k9cvyuaQjpw1bfzxMAO/0PEf3WpztiaeldY7H45dKAjTqi43Em1gx1120bOgznNUZ6ssIDdNl22m8hT3jcwJm2S0ryrDpujrJNWa7aW18G4YSsCjPbH7hKOOW9RceFKvwk4mYMTN8ZSZizE2m5fRx4GveQ89UYfSY5ST5vBkkkRpcC8Ox4pFRMZvm+VGHKs6C4BdLKfj4i1HrlOKsRzEpEevjI6OcYjBFiukRZSGsZg2hE7KU9xm+ZvfI3Z4pz2n//7aepCA3rY04a3hJdcdZB8Cp8+tB0tm4lEtK00QlVNnlgK3FW6AqYo7LHFVajx1ZrZ7lTTrrurqAyJb3NTDDMXTjEZqgOOW1i53ixybxEYizVSahkRRdJBqGTdPTNAP99XeJ8gmBKmzyYEct48duHlefHdSEfq5aEdSTKBsJQ81zoYy8SG7exmbVQkULrtrq61mInEotd8ModCV1hz8aB2dQpgQxCBU+zGRo98ny6nvhVtFc5F1fR7JJ6lLn8EqnIFXIdd5aoXqSQjc8dxNaw8uUI0rn9JF1VE8MCTvzAxwSEOpQyERzIvbFUeN9w3X1Xfl0MEeX7bFLDhdUilNqGHfDrYmZpYiYzoObwUHST6NKVAM9cAAC28M3hmXqLfCcRddRU+FKcMQMZmPijc2rxBHVSPr5wJzQqO1lwhzyYI0Z3edFJdSlLYxPZXxY8bvQ3rqZPstTwoua+riwCGWAI9n6pS2pNyCPvdMSuh3WuehAtYo9bVLM4BgBmKlQ/QkqCGWpW/+a6rJAtdZMJbYjXPqZBCR5eKxGS9YUPKNZXbDs4ZemIODBMaOca3VHW5yNK7o7JPl2BwbwhdIIyGBIm/2WuLtQMieAZhfWrUO7Mqvq8N/O9yKWDlgJ5Ez7xMCUQqyOsks1fM7jLFo34K++GIuUfNJVBKvL4Vl628UivyP1l2LyLKglB68wo7YIqnePoCI3ydpLKiBULeksr340m3ZcH6KlyndopKon41jky/GO/M7xXi/uJ6XEBDaEVwPam42u9Xs6YZmpoJR2ciUOnMZxA3QknUUmLMWzElvWcPc2mr7pzJbaOnRrtMgSIPUW/qy4gmNYvl4dPTaA18nMUMJZCWma892QjqfuTn5uN2M/jUFeHFeoOvns3+5vh+CnbecS/loP0B1kunz9oYqH8nkUIXl9xb+Yfs8G51veo7GohZ+RSAM+KBVhfQ/BctekGP8BWr/KyfYeWKxu9pFdVWyiKcb8qHhkD/Jw/6EdPeFVwwWL9PfuTpyMpR3/tISvWtCUNTk34wDBBYYJjdIS2lxjri8zdviECErOE9SVltfa3Z6goSKoaXM/xooKS5KVnmCiLbDxMXM2eTy9gAPEiU/QUZIUFhZbo+Ys77R2OT4AAAAAAAAABAjNUk=\n— ppc.example/witness c3IuOwAAAABrFrRt2ezZFxyxrpqQXPR8olspnSAexmQIphnZrCbReMWX7pAfq2W+i+p+Pb+uerYToVV5ojnbV/HwunzYPJbUtpZ9Dg==\n— neighbour-city.example/witness UukDQAAAAABrFrRt8GPkIyXFKuh8vr6G+3G3ktnijB6e+WJ26TnwAPWx5o33wO0G5y0voJA0NOC3/YDUkbUEf28PApmC6kfvSNT1BQ==\n	1796650093292
demo-city	141	mamori.localhost/log/demo-city\n141\nrIBFmOzxRU0So6m7FKwQyDkB38jr1OgzBC9rC2HgIHk=\n\n— mamori.localhost/log/demo-city 79n8uREQ7o28+doS1gm1xr3Aj6CFCHbvVtAJ/QWq+VkCeEDvNoh0MDb9O5+gPO/D1xZt44+Pkzrl5w+anv6gZ5aiKgA=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRtSkPUFKWt+rKOZv9YFrJd5vqdEfIKhahFwHh5Hj1xsTWMFcTJMrUsOFvETDb5uVrcTbDg/U4k5TJwLFQDSbtJ3noGDQVnurL3LwdrRoWclF9gpOuQpRQX2nKjuveFm2Cj+2FowS9uUz9KTwTPGLcxK0nakg6qCYpzeE7FBN39Psn+rXDyL3dmCkpPS98ztzibqgqfQLlpftgzwoCeujg+yRxDk8sX/QyQHXtNQGSH+ly2yMKHzvL0uMdsF9DTsIMCzLA8qfaXhKN9tycA1AIDI7VDMGynyjA99FN0mzig+sIR2KA8GLMv28jnBC+eIWzhnf1uDyKclLMbAkqNUeNi4mnXlkfA6h3/UBUE2SON0rxdMYJcnTeRi3Qy43QVK5ibVoGY9oXdMWf3txRFwsk5d7CrQ6TaSWzNKs634ej7TNp7sjqpr8XARvKDkmC8xlRT379FXZP1OW7P+UG4UiSHPLAiBJqXgzy/z3c6chzNEwKHach7ydzottU+Rz55sG9d8uK0MDoAKekRf0IZbvGIRt+F8hDvC8jbNNBz51hMJqm3AUe8CzZrxayACVkvdAMjCYlgg2D4RoCDj+3gNTVCFtVA5ayrerNYBIvfn3BT7YJzbtd6aM5J+Au+Fk7gxws/SANJDLCoO218cUGfau3FqUvFUNo08L1xIUop1KH3uqfRuNhOvycdB/YAhRJqHI8HwKIbLCVsdgReVdj/pV1pWYj7ET5QD5lGxTjsHx6WKEM/Oerl77JwsN+26UjtgQOFWsoCWaUG1iVbhgi+kPutaMhFI1cu4vdJVuA9HQSb7Wi+iX+bAGbg8Xsc2aTpmg63Y10W/XQkKmHNVN7lxOfSFJn1FjqW6i3gvSvIOOsq8FtogvW1TgTG5Wz99ZSnkcwR9n26LDIqVrN2vSS+eak4FIb7DB5b21B34EUVlVkFURa0mrKAM0IJOP6RYxLFX0zk+04Ep1zfTDY0y964r7wbNsk1NPSGLGvlwjvqg2cRV0VxAMHBFUuhZrwUiGtTuMLIxtQTr1cGkwKGefNmpYghj5kRG48bzCIzakuNKhuuRNZhU9UH4pWyt1T2ncEuYgawzEWNunbrXdK5057SbZxHc/W1cKPm6SbbLMuUbyjxIIa0pWpKLh/IAy8y4aeHDQhpyTs23ENrugFbTU14lN4un6P9GZOcVxfUglwFq+tCjTUsGNfMWmy8Rhgn6fiV64xb/FFFg3NNgG2QInYK+UnbclsfJuwlOvX5z91dn8PkrKj/pqTisFwx6AC0CywXIDskxLvJc8oZmfrGj30vTfBH3pDbl4RqVnKjtbjJU3bhOVfpbX/4U9CJVtfAbxX0JPOqcLchf87ynZnGYIG9iS50q5v5FPUboR8P2t4JTEI9n39cdznQdmAOlkxFeDY4VTJxrIEpkeABy6GoxNxx7FGeGpJCt855CQ5TvWb4BU2tskv8wCJAsfDB7Euu3BlF8onm7fBgnsVzuQvcjzPPeJudpSWA/C7t7lYyM8U5jwk9vukKbQhGpj54irJnVgAPSt4E77bAPRTMxLKvB9mNzyge8pcfJhicWP9vBq97Ketw2grhJsu981mHhFUQlw2l1Pms1tHwlFBKpQyS6lvFOSoWTRUle3RgJsl4E6Wua5RbcbeMNbih5nDZThHzypVps12RMGaHDrXLxPr4Z1ezUz1jvAH/VkObwp0tBx2En3VD8sXAF97++FkOIogzwBc3vqw6CiPGUaunoeJrHcZGo5VJ5uVhyvRh+rlNszvSHXthn7fXGmtTaamTdWBoqWa0rYvhRv6pMV+IcXsIx0A/uo3yJquWVj1ADY8GHhy9I/0nTpVyhtTE5ijffcZ6eVa3mOuA6Fg/yHODhVUsc8VU2+0007Nd6ebJWB+v/tjo/r4C+wk05bXCGDLrkryeL4R2MUK6spOqwTWFC1+aWpOeozrzfkVftpJyEgvcIkBNgZdxIoWcMXB7neRpxtgOSq4b7+mQNHKQk+F4E1dWtZpiTp2VQxcz/junSdiJS2OTDn48/dyCtLFQntUqWU/D5JQiZc20uY4OIM9DGtE2qAPPLc7K/EQUsbmdMCgwD0pzLVEOCfK4vcaxuVNEWagxCz7g/Z+7bnI20ZuGBui8X7EYxf264lc8YnJL8YqSP6yHODAGmb6bhJbADilFLm7twbJnazdFFjesZE2WL37re/jD23ufHZDnfAcDMc+aW4H4f1EjIVU0GVRHqy77CRSw0YdOZPUFLFCSnJFoJYEFx9FK8GltoK46PZ5Slvp2uKKWxy4/td0b6ZhwARjcAZPeZx2ncXFulomM1fc3SISYC3TD/0wAggQe6Bfdp/p8l1mX92s4KGay+1VmNMZGDg0V83/TBjWZ7gS7wa9VsZCL4xFrQWNtfMvEkRHZ6ebwwjcSYyDKs3eQk9ONOuTMpP03lWX6txbRJVjftALimHo6JM9fTQ9DknFHQP72lqfng3z1LdVTAOreD1r7ClMKwjiXx+ZAh+Ym4YrGbNg8fCNSlG409UwmedmzE4a5mqaiyFBMw1g5b1U0O19hsTg+fFGipxsKavjuXmitBz+M9kUwVVdJOIVrq+oOUEqBZaED4OpRGLx1RyBiUfwtUA7IqoA4/VmEEGSX5odbxmltUFNdfwuXabOENtxNei8tl5Z5bOhfGRyVRdicOlJdY2+QrJ7FAl7j7o7kXsB02X3ipnEOlhvJu+RstjV3YVzdFdL5XiJOw0QduYU9XJgpylRoWWBYhYCX0X6nax0cKJF2v/J+9kFfZWofxaqhW/H1xQ0VEWb6ILtCY/teVdJLyODpOHs9BU+JQRab62UKWc4AdWkKB5FzpvZkfCjKJrdtyckn/Ie05qUkaBdox501vti9dCqJlRrVOePfWyJ6chjhbls7w6zQniGZR8oF24tnzeHXHomrR8oQszI6URorPjikG1Nszq0NB0oJ7gVzL/U3C5Kmi9r3+Y5nZvZbmvqShTjJ50C5WGyJ83KOwzXiEInEe2aPYLl3ZV6dWJYZm/YEoPtjwsJRJIeue0by7kgwiGCLpE53wbOFH3f71ZcCwWIv0b27rqM+KWoBrgTRGEyjvuLVxdUMVMLWilW3v0QZe8ceMdhN79fcvdUcPUJIVlmCjZGqwdzg+P0NGSM1P0Rjc3R1eHx/gomOktn3BBgiOkZITmBog4mOkLKzurzI2AgXGDFLX2F1eKm0u8LR3+zv8PMAAAAAAAAAAA8iNUg=\n— ppc.example/witness c3IuOwAAAABrFrRtGqQmYNjluISP+NPv/QgQb+1NK+iIcP0stl+fxhHOEN9nGHoZnvDpjTrN0m4Kwjrvdvxhh6SRuStDMDYRC0EbBA==\n— neighbour-city.example/witness UukDQAAAAABrFrRtiZPrrpqquEPlIjPEwS1KKigkR+3fDprkeGQ7jDxBmt8g1GHHw8de9HQkYnKUk5w5fDPaQ+r5L27BHjpzoMdqBw==\n	1796650093543
demo-city	142	mamori.localhost/log/demo-city\n142\nbWGnn0i3VrOz3CyJVpZfuqHnX22BaTpvengaT9HGxNs=\n\n— mamori.localhost/log/demo-city 79n8uUj/vw70LIaUpHUWvISBu48BOj4WqJLE3Hjq8AVbLJxn6ChpNyYxN2AD2TgYYFLUfuROq/fJh9ylZDFMR3OLrAA=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRtqNHXmOocTallrPo0wu5uERhmcJHkziJlti1V7roCmqvWO0F497hKiwaAkwEIhqQlSaUFnrwOJ66Bg/FmWCzXNNW4OqjVpoKGr0DjSnkhy4OTgaCbtCVdiO2J+EOplGPkecP9wbu0B7LpMGvoky7IKioDDrW1/B5VBtB8puYZZiO646rv/NBiArWt8djfUBw/1do4Phw27HteYd6KQuQUdGEnwWpk9AoD5oTFqYE3xsVm5AmbgguT8gKNyX7X4PgdaOpNZeuyA6WXRIN7EabfleUFqHu/ANlqnPd/sqUbBVVJE+ubU59a8adZjrIHEqOk+dJeiJx52/p5IJoB3hM784jb1wo0QlsueMAkIoa51KRvhxEWraIauAw7c58aBTwzD3BMC4N1Hq2xhFTGbbdGV5ydQLvPbVw5RlxVdp7XALDWY3yz7v2PT+lbHVGKdzowpKBqp2hyftqpaCWNWGO5MnHCD2M0Jlqx/RTCKlEpKMYJocuy2X8vscQTb3agQlDUqtM1MJ76fFiPlkOlw6FTjXv1MHoIiJryvvW9s5lqvVn+aCOhxattGk0kkLxMp2imbcIOXAnJL1aGq5Qlv/WVz2WEFwizZCT+FIRTA3i46DAqtBiXrvhykEIKCS9X59QnBHsvaN/sSwQIF8vgt7IRuWl1SvpK8s5pfXCRPjVCkHYCfrGRv9dfrkV6QiO1HTcAnsIphaai+uKuj+pkuw7MyT3bPBdipWUcp3TvYdoMZRuWlpoEngjDf2Y6g6Ir0IsTvyZDUGu9m2YS8Idm0TYBSCMYbR2Km+wk3PSlw70yYF3oZCk8iEY7NhdBrYA2GVblFHB4d9jz88MfMk4EhLJ5lS1FTV8myHLmWkWHqrNsp/aoR1v61ZPEdcIWD7jv5cDcERdRp42s/d3iqoPTetdYChj5wae0a2OqmJosyBdvxUReI5nn+dpQ8oAi6c4mPOPTphsBRQPHKO5VeVxkhtOMG5kze/Zbblmiw5K53LoLU7P1eOIag8COrSPqiX4Kxn92g9WrRHwKOH0zjzfEZyNtw52aPZ8iNqGH8XdetgHlGt7d8eGpln9keXsiJSBct691nK/trSRLbeGSdE60D5666v6IEoPeiD5cYDXxEsbOWW80HuwwavPQLOWRPuvpAm+5EYx0ghjJ5UINpQLj+fzQfmI3CvWjVrzh7R5gQysd20Z3/brhsQqRQsvyEgrIKTYZs+OJTmGn5r58riBzaHLdU2smP1+afUKpqausWvz/PCZSRQ8So1TDV25RW1MNzXD+D5LbsPCs8n/JnjFVZSLzddtF6wY2Oznzx243zoLfWbvoK8g8l0n4u6pv6bh6zJgvnWWJovcjMDv0rmHm5ulI9AsC39HUSfzL6UsL4xXNmXgJQnBBnH4MFvimdmDXlN4eQtlidj/E3kXBnLEct76/e16IJ+mUjMVrDhaW/gOUt3YWpPNm9SA+SLZES2hpGXRhvmj3xckKfwxXrjaYBpuBvEEPPBm9brz0NN/n2ELeoNvnuKtsicWU06SH+k7yK0ujMHSYZ96oWgRPSqXXL5leHYafu7gu0ieYhAweUD5KpTL4Goi8snbbpAeHpP54VRIlLerHvYnJPmvkSGGtIh3sLaTO4agn4qaU9WzOrk0LPZ4LocxGGMrpGcC42Elw/zTr5NuZbQ21esTp3L8At33g0ZLwIv9xvelqx5JsbSbLhg9OBjoJ0aWvBblRKRW3DVkAZe6G+WQlaGQfA9xjNjdIya0bfVXlqkX3dIcIOL1Br4P+0wr8BReux5sF4KugB/A5GHBKKwYdtERu1oxwzr5XngDZ+VjlJjhH3cRWeA4sCrxEZVjYZ2aK66UpF5Kk76ZT1W8I5Tbpn9KCvgDjq/HVywZ/SMFAmYJQ08pI+l9tpr/SOiKwxLydbBKzbcPIEnT2mF1iSsfq3M7NGJ/mr2L/6u03kCskR58oivl+SK0lLx15cXzbNbKp7bdConJGCX/dJKw6TeEQ0uyd2ZkWTCAnSX3eQPn33iyEl3ccmX1C6EZmHsCNwTwGEPd/tK+ZL0DpRk6wHVEZnwRdz12UAwfYqGdgeQ85af3jZ0nXbdGjp08uN5yjzZKNaXc18gy1Vnv2OuwcbxO5VjHXCcYt9mOUK8O/2oprjzTvS6gpTVoEqOlUJsPYM1GRljaIra2x4LTu98d9qjD9qgd6gVM4onWtlVxsYz2ST7oy5/cGesQdTWbqqoqfup4ovfzy4N9l5yYzyeCYMJ0vcm9BF6rXbXO2BKUIlxHGKQywmG6+BL6Uoqz6mEVnmoHN3N71FMRx4Wh49EcA/z5IhlmE1sg5Fot5XSFD8Bl+ACtTSW4UUWM1nf7d3Bn56xjFkiXYIOjTBFntp4o8a6c/WSzts/nXeVfnpYyLDpzEx65TkNGSTvtkfuLY1dX9KpIYQi6O4lF7AWCm2qQD72AEGyVroxbK8ZSzreDpM/xK2eiOmK8cSoNF8Ru2bX6ZDFySH0dlVRBbgeVnfftEcECH+CLLEYNNRcBWvlEvP2hZPjVCDyEVSgHLHbOcCz0zRKhOr/cIYDlV/Xt8S5YwKZylHaCaR68bJdQZb3ZBTTLWHYse/l+eh86B2xTKvQm7jqXHVtAXSxgAyMUZw49swzPyBSEAQ3btpCC07ybYLdufLLg473iOjHHwDuaZO1P/rgb0duuJyfkH6VncNIqQm23BxHvW87M9kdBFx0ze1BTyMrT2zU4JfdxDbkzt4ankgavE56wz23lJO7yo96TzOXdETxxUTCUmXe1kwN4qrZyAYBJs+zmQrEHl4cbY2Hn2difvsj0EWvhpmXemSBVaDeVhwnjhQFMDKaPnrePdsne9K+TNZWKGwZqtJig8f0MuAb+bO/Qy178QEBtMhXASF2l6pXsorRUs9EcEzNq35UUgAs7ZPOpJey6aTgfZ2l/5E4F6JDA4ryNdGShIrzfz3rWn1JvWM1+B/NyacWdbSGURh6ildU2EJqVEf5sLZzghfCMrLUOvL8ChlLUPvsS0eOJO+Ygxi1joDyoNcJ6U98PGNZCLWtoxegEr8Tt+Azk3B7jWJy0A3GKWYbC2GKaAnLLgqG28QgGBGaLkJG9l4yiPlkpiyWZ+D6cr6CsAETAzWF9meYKZoLvr8fX7ARYjLTc4PlBibn+LkrCxt7rBwtXb4ub3BxssMlBRXLC4xt0KFRsxWVtdbpCRnKiyt8zT7vIAAAAAAAAAAAAAABAoM0U=\n— ppc.example/witness c3IuOwAAAABrFrRtQRGtmhBl1G3jCRhvklB+G+ZYBtZ2AYpIoa3OyNaD4mSKqALfARodPazw24G5uz9dtsvb5pVtEZU6rzD1izM9DQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRtUFdw4B6PGRnpC0HEg4zb4eEhQ9rUoT7MXPcnK8AYmLPSuBuwK72E2dUr9BRACi/+qoOfiiM8u3eX4YUMiwZ1BQ==\n	1796650094078
demo-city	143	mamori.localhost/log/demo-city\n143\nXuPEQzdEwoOMA2VCyTsZo2ynZQ55fQD3zyEiq35tBsI=\n\n— mamori.localhost/log/demo-city 79n8ucUodiEmMhrhdxVNgUWWgt5ps3+CY0XM+IUCdHklbOwuym8s/dG4ReCxLVeybJatWaPs93kN8N4gkWX+c879GQo=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRu97RYAN4vvNvk1lXmmEtvTew8PazD7oCkBEFXEVHJ0NhHjxTxeL9sAzFc8kp18uESFWXhVzcY6EPLicHKUrOWjfTrOR/v4cT07EHTjq4KnK60fVCP50AfrHN2LUFDmOz2G95YIHbDbZMYxYsNym5SuaUH2oESeOP0bmo2TXhAAofWq07TSpYatumwBbAxmAsIvpcyjmfIqglrkgWY2b+ppW+pNZ6Pa0gE1vVhGjqDMtF9j5KJzd5NV/B2Bt1ipEH854KxhRsmrNwOW1mIUBfJlUQb57LpJ4RJzJlpvjltC/6C1wlK40sV4AhSaBjI+NlaJdrb0st4HArIqQFW0ZJyZRVl4bGaJ0aF+lD2ina7hRmWMJ5bTw6kKbkpkfbGRy9fqDAQ9PJkco1xJlwRcuZ+/BsAj4fUK55jF+RTmcR9aWy/uJQDQyVFzXGYatKsK722cMYz19MijiavS1+N7hw8J7nSdJGg+JJsPitfIgWxlCrI+WzAMxH37+cKaxdHHfRpxZ/S5H0wE3cGMLDX9PTiy3gy23uqu3r3ZWLnw7BtEYKEjr1K3rphhPPFUeWbicMb4xuMYAN4Dj4UsLVYJ3D1589HBW9fU71BQ7utCUd0VpT4lThAWABh2+fROx+WQeOm5rm7rK5Lx/OlR+NcIKE+p6UP+AX/A5fSVPwA613DH68fNQyF+RWKzKJHi1iDDQ9U0NgdYT5vPp5DjS/ug1dfpBYz2a//vibyYmSmb6kH73Bd0ktkrJWspjYKdpYvgPYm5JmbX6i9T2Z+KoZ0AInN45RAWLtvSb4Lq70A7lY4UaCDmklUshXKZSbNnnyoLx810pQgexuggpeypokI/bZvBVLgnOELAIf5+9IQoQzVtyzPcKEN3oz2i2+ROVQST4ao9oGnpv1a1LOtGgAyk4KtE75nnO4euYMZJ28tW2tV9PfkiL8ibPGSP9BfqaQPZ+47E0gTGd2zk9M0JU1hdazrt/D2TvhR0JZ5MeUXa8h1fBm1n6lBHjQj86xFK8MKoOBJ72hVZD0GCH6DBO7YooP54h93kLmQAUL79JUnJoPVbB8IlPVk8N0NSV0Fx8NjdSsNwmDi//YTxUUNPIYf/JMKcvfFgP6SxF2GoIpW18QVWYC3+vPvBthjh4HPhkwm32Xs/+pwUSEszyqzz47l/SkOVODTD3DR5bfASnxqTVjrO2BR1XPAXUQwRbXNwJlLn63uPVda6+4b87GHSrK2JewIIqyt9iTd8dKqpfIfu0z6TFP+/vkqFIhA/duS2aZ8uSVSUzcAa6HnCqjEYTmOXpDA/niZIRq2ijmd26SBa2dT5JRweff9wBjS5LfLPNZ5aytppOUH4Gqub4hNiY4MxQnC1T+QZyySrWyFsT6EKapm1Alle18WKkAXJ6MBb91g8P0tZIHMGVy+X5t0ozTZmt4VMJHHVlgBqAvLTAc73CzwvGmmfZYMhpD/ctqCMT4kD2fBdqVLKjQimeHMwSG8EbGbPpdWzHwRh3yfc/fTUBlJE/WlPzqp2pi1sFoi6NZdbS/9lwpxxBCImceprxfJ9XNFeT7N4at0YBhHmv6rreZ4X8tFaCkQxMwVnibcTz+hPD8a7ZdkUd/iIVJ5gmPlSM5C670GdsyXtheEg2hAmDeCuPt8y3M+rrNXkCyrZPwLg66bezSSHb5jGv+5c1NCEB8SCkfHUSHaziQoImEQP6yCl83rRVemKy5S4r1Hsxq3/7UCsoqCgMs8fOJZFyPOyWvOqwy1W1e+l/Z2gouAuzbllTYk1+k0nLJq+qgpn2sap5jPeZTAAJh0inpzERvRGR/tdpzEDwooSfW0A1pLS+yCI7TKmQOE5La4GjJLsfebUNAJ2Kawrk9/DnuMY9J5UFyjGYz5GnwDwLUUzRMK1D2A+i0asqmLYzer5wWr81Uw8M9/343iPxxfPvOGf+SNpL6wR9yxQbAmXZm+aWR6dw8H4df0OnTuvVniEI7yNqdXupvz4TImP481ywpjt36zQWSy5i5mr2qUq1oZzNJMjlLwE5S4luTBr1mZrEczcYdrAhZHjZ344uZURrGR3XH5hk42T/RtaqAFFy/yFi4PY5pLN0b/huAWMwwXNaI1XdHAyVWSBoDA7i668ANj6n6eGN7UX28Bw/WP5w5YfEnjkR/mlHZ/v/cgSZrMqJ2WfunDkERnyeKrnlCF+y22lE17PdgDQkAgSRyPQVp1C++MyYIjsxAVaLTGeKGfKEAJJ1CN2Z89arcPtdgvEBRm87gJt0FUhBecjzrKRpbVEaLPpcI1yFWTi4uSeFndkkRwwLkex31X2b5fWOO6mXxYYyguY6uO7XpSHlgkyK1ZQnaDuefoJuxpPjrMis6Bw6+Q2GQzTvEabII2gaC/q4OgKTXWO+B8pW7wsTr0zu9eiPrLVneG0YdOZSmxBYc6pcKyimdflcsZ6uEoQoRfIjDdokmD3JEX+5H6ohaqWcTrtCJXLlBROFd+u/AShMkgxJbBCyxoXBWvh7WGZv25qSgHcGkrtCxtsjkixlU0R+2NVcKAWFI7727WtcmUtnl/8GkLpAydb4LDZB315KFHT3TOgP7ffecmvdMxjlBE3JG+qYM8ZHmP4/rwbrQHBbcG5qL3jqbuXlBI7G7UER1GKhiHRnRFzcNc/YttOY6HDylV9x7GdMcvdxkcZHILzg+qVyCnLQC2KOrw/9g1/aY2gIk2esMBRK+ncnCS0CzgoorngcKJ41Za2F74VBJo3G3rpUnLHNbCHpwBwjEKaV19rH+yCj6O3el7YH1vSmE5POBLjMwHr3p+SuX2dsbjA+r+mcNouzWWp8avM7OpIWufFDRWmAul8JDzbN2MLZOHyJMHRe0glTZN7AP3youvjubwD8J2Sjvy8a2GQV6bwhGHuLSzPwnPk5uj9c4ivDJ5Tn+JTj12esXV/gG+WVLuNwrHenyMP7Y2yibl7KMUd4bVzYy6W6TXpltTAtG46/Hj6c9TkxTrGYrndG2nyMcTVz+OH40KR5MHmfcO4lFx88ZbRBW7t/9BOaLMFWj5jvFiUZAx77vdElHnhozd92RHk13RcWOevuQXCxPCf+5emQ+h7kzqrUQyOyXGJHfZSx+SZO3/Bw43GTGEXMMAAgsSExkuOkZvj5SVl5inr7S82Oz/CRATLFVjbG+FkpXh5en8U4C1ucHE5OcGFR4lOUtkanuNnaKjzM3z/wAAAAAAAAAAAAAAAAAAAAAAABYlLT4=\n— ppc.example/witness c3IuOwAAAABrFrRuC4mC5JpsAKuYYRmeq/zrSd1swdpeUeMEbpwBIutjm/2vKXEiINCU1x4mbWy2NUzrKATTL/LtHbBbhqSO1kFHAA==\n— neighbour-city.example/witness UukDQAAAAABrFrRu1rzRTr3ieV3DeAFvZ5czYBy5DeB63aTO3tD8e69sDsXa0rFXPs6F16aoUug8Mc5AY4AgkQ6UVjgHyqmztZkcAg==\n	1796650094540
demo-city	144	mamori.localhost/log/demo-city\n144\nJNtY3fYQkxYMcI6RFSsRHY2TrXIh0AIhD9TLqSvVBh8=\n\n— mamori.localhost/log/demo-city 79n8uZ63ayjmNfnFf18x7bG9kc04stFMdNbNMlRX+7CdAn+jvwKWiu0t1Youq2hQXvnNxUPVl7XQCBTI6rhTXbYH7g8=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRue7gz6Kdd/4bUmhrB6V/20bqGB+tK0ghuDD+DNZyEQ0Kl5EdhxTT5wuNek4q7uQ4HhCij5vu6hgESn1yJtN+Pstn5fVVPxzWjnrjZw01EZneuS9lHSYzb2jXGsf4CitGkfiNRjV7cekWYqRkRSEnYM0dB3BB8n0/PkXpSLDArWsHthMOm+5lJzNj+gI7CdJAXolxnApq1Z1tTsewdY0LiZqY5ubIsS0KuMmoSz8iVd0D/xRwugWU5qM8CV4nD1SNyd2b4RjY5R3DM2SiR1s3FBnlKqru0uMEDkKeKIKu9tGP7ui6DyMVnaf6JG8mM/Uyer5Mps0lcXznJaf2rLkCV9LfCa6ja6vc9FNgU2owFd2GrgCSaavONFipOWrAp9sARl4sNpKuHtFOne3rZ0cRnFkjnyVsZ4WIER3sO+Gq+a2byt3GyAVIz41QicWNs+HCPae8AOcoVnWP5Q33qlHY5LJF3CPxIHq0B0c4rhF8J4GIrVxYRFYcrmPJDZQO+Oc7tfv2diIaYaqdmXRrzSy7MPW28kCbvfmmODiio7VRroIcL93G6vYPnEhADsQEyrerojbhSVW/jycwCB/UJ8k6CvO2qHr6nOGVRBpTo23XOohVvAU3DxVlG6tBngDW+cBTBzXcAMunexNA50Z6eQ+oi1l68UWD36Rlkn/9MYDZxBfABfAUVPyp1RBQyORqBY92TBBkrqn4377Nbd0DtRZ/nBHLi/Y2W+CmUvpT6q55RazWAXnI1A9PQmq4eSpDyoeKCH8jWjy73LWSi6LeGDgp+Fxmqwcys04LbgL02Q9r/WV/TQ4Wfa8bXuPD/2RDrHzssy1l0CXbL6i2o0JmUfbYIjoMVozC67v3h2wCyJ1XveoteJGzGGmtKTg5NTInm3UWKsuHgHyIk5aIyZSHI7VQamfRazG1BMxZmHPmT2Z8Bv6i0LwYu7+BtrY5ZM079G7UTwU6AAyd6+54LK4rGbel3imdTijXN+GwNahF3TH6vWCdu2V23sVU8vBlaO+9nkH+oh20TTEoSVMYEVd4pSitdV/gcR65XRlbp9b78YrBVKjlO/UHvBVFSftY0GfNZtNWmA1DPog84D0CnzYAcycK/hPpRDrWg3uU8t0u/V4psFO/g4+hVvYhRVichGAvFX6419f8GczMBVZD/yiw2v7SZ3vGB7aaPctQj2a91DcscKtH2S2yDvBjOjFNHAqSxh4rWL0zUXYPdU+VDFajx/lwSF/WDPV2pz796UMa2PnUGoHhhuJSuFqciMK8ElLOhWKAT90hpiyUpZ9P1Hd5bgFn3xnZvNgzqoKnJZ5Qsgp5jXBxWcRmxfsezzRnEr5nL/EFLX/xc5ZkX7kvhomXnvQCp7XZvmp1AlCdOAtduxx/q0hB2mxoDhYFzAY7H7+12u4oXb5o+si92BSUqw06OiDQ06WGfmZV6UENP68m+CLHC2X1K4fSbVGOs0NkOVt9jSLZ+meCTZg82LxSj6MOn6c8YUYI7iJN16GpOharggMXMJ6xEjMtfQK/HDilRo3luJ/XgDRiSBJ998RLRufgVqPfsdbEQ62nv5XKNbWzoWosAah+dmP2JtFnzsIKmgKcOH6qVB1WwKrmgNMDD8+W8N4O5DiWrVmzWHuYydyydsistpp5Hvx+0tcxcjLRPvml8UkPhLkfvvqfOL4jATyrPUJrK8cCyGAnoEuHtIUvi0vxreziwksJhjeirP2FUD7ewiKJSeOsEGx0KA7ERL73ODje/BVJp3sSxMTNwRouZLWI1l3mT/7UsNiUDMefon4GD4nWAk+Pv5xRUxU+AB11/MqF2k9jOo3inENX7EOHM/yj+BUb6CDAlETbw3wZ2ohrgzHSAI0O/QUIq3AvE2dJswfJFEEdP8woG/1LgnfiG3l4s+M8Vu0drjaLs5dcpG5+mx4Jp/TN8ElTTMAJd5ZT1Y9EUf1aW+n+a9P5ml4zqtqoUwY2F+IRmBM4ZyxJUkj+q3fR5MQoa4hI/siyx1KGtPXWV3XshGXsO4rOVljTfToJyHNIzQsNND9KjrTh1D9ss0L6DXpue2J4z6o2fRwcYCkJshnxhygmxqnEGq1y0RZevQIM0b5dKZEXQFk7N8WUyscx4RQgtNrJYyABC6RA+O1FkQH0osy7qUapGsXtv2+jJkWMhcWvSnxi+z0q6N3I4TKbMA/V7iiYJcw8yXBA02pBEQafQbxmXHG5+7EI9uFF7PtIWFPJCqNxL0Z7CeeC1YJPWWrRL8+WSstUgatkdRRe75Ozm8p6MfalZcIo4ZU31IczPRGOYdzFQmpFPGh6W0WIKnA7CX+waCKRpAniYF48RahsTN/c3ZX0BTBWvTZb1f2Y73fj8QUBDOFnqNEfGFdMa+/xcWsJKbRcQSuevRxfZXRTjBwx9DSLh4V8Y+RH6RYNdKW2xceQSvGA+ZKv5bdhPx0LgtEbT+KnAUWYnoe8AlHv34kCvYiVzWfqlKyE7eHE6M31X9L0NkUgkBNXHVZWvy+Og2OmZTkloIQJMygIAERNtYfGBavF682Xb/l0sx6Mh1U9rp9F2FphNL8Jpnsx6oFOPcesFsNm/vsTdM3j8ioQ6Y8ngUf5o7QxMrU/ie4oxZk3pKOxhfxhKh1kNkQFF1XMjjf2bLEbVfb43fZAnd1nkGOlYQb79HFJ6IeqZHzof3IooHM4KdvG8/35/BzE4unXiXot8TLY5Iq2YjW5eITt7bQliPyJL3KKypUR2pgHgtnDsPPG2lt/ipvN5/osRHpekBruz12UctBSVoEae6LA7JwY0owqMHU8ysTXwPfR9q0EVVxyn4drHETju9xWsM/aHoFanvfwJlU1h4yiAhXEgYHldGVPLSzWkqlkpnaZDf9PqPP+JqX4ZJmrDlqyty49fcaP1Kv1GaPrMr21JVG7qnWvhnrTHS3IQ3UULEnettxFfaEuNDdkNcZSLcKDIg2xY8Vtlwe3jj5hIbH8uzr57uHlm0A6hGygeSKg+Y87SHwKlW3oxQfR5U7QdlrSYGmQp0rSlqYHMvr9alMUs2GG89qUZXhgUytzW3AlNgoRlncaGrnX34FrnlfG6h9qJeJZ7vdmOp4Z5XlmqRd3H4Wkg+XkCK9W8dRdqfXFyXAksVltcX3BxdvUHCSNQVZqfpqy1t73A1AoLDA8QIyYsPkBQWJmkpcDS5wIJHDQ1NkRFWaGr0eDv8wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkXKTg=\n— ppc.example/witness c3IuOwAAAABrFrRuxe+Ruy9vHFZc5BX2d6rWDnmu3dt6QACOjzoYtKqq/LMQVCvLgKJPgvEdWBCkWMoCHxDDSU2kQKMuyS8EpjLSBA==\n— neighbour-city.example/witness UukDQAAAAABrFrRuCpMOtF38b/+C6v43hiCBYNZIPPGASBJFv2twGWl9vPbviezaJMm1iKpa2xfgTLY/FlgjwDU6ayQEXfyQhA7kCw==\n	1796650095034
demo-city	145	mamori.localhost/log/demo-city\n145\npy1rGOJQTdfRn1MnhQ3oCACmLDG7FYHpUh1gTD3CBhY=\n\n— mamori.localhost/log/demo-city 79n8uWAn6lsayp7ZO9B7Rgsn3YxwUG1eOA3lRfEZCaB6cXfc8Lzbk4KjN+XTcl44IQQP8YGBWpSovGk/0+TYpYgzgws=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRutpMVt87mR9Za5gC0PpTBs+cXgnkc6ltCw3kjzZupWPTG5kXgJe2LITZGLy/8ZHw4DCv8LKnI6fAPv+KX+rgTv7KSW7GX+T6/DNYj+CQdJl5itajmio2B7LI8kY6T6DTx/EAp0hISYEgkuROFBeqvoUu0kbtpRX4dkiyn1g/EC9Od2LuLeRD7rNmQ4Bn2AYbXmpuDWS6pyKjIhmpzJZfRRv5q8xO+GxJrF0F5sO1QN/famzVFrtsl7jR7mZioBUQHtkcsVt10mhcPg5CPf5VxypeADai0byGonylJ7Caj0Zo+mPeOBaGIWjo4BO4ft0lWZGQJQur3/7UJj3A8X+8ABuhIu83MZyg124sOGbUpZzQICQE0kmAz0lTJ9iIVUIFhQxh3zUbU8/50LcBMvW+yhxtlBJ4EbIDZhqwSJwpx4TAMH6Nw1/UwYEaSkeEWu2FRyaJUEgQM19u3wKbB9/St1nW6va/0yifs8nPnOAElv5IJpR8lmOteyyQXtR40+E0DjZ5B/0/OfRCG1rrFsFkn/D1tsyNoURBu51U6O9hj7TvGfkFlm5P9IYibqGIUXYaq+qC2biAe+B+22m1UnwPvt5vO8c/oBT645NsN/IExa/HpEs/KyU1pABC9Tc3aTMUuIV0rUyPAp3EamJDDoEucy4xE+fs2Bd0FyLfFn23KBTeeg81Is7Af2+RZXNh+o/5zGSSMxE3T4re+jQRGlDrdG0UIpJ7tY5aaMLmN3zJ7Ac2y69KqQlN2Ag+yzvx8wKGSuwoFOq5kz+ON7HDqCMJxm6DZuRGUV0X9ZhvnlMCc1pPIXCBzFPAjRqnG8f/b5WRK6+9+1QUEenzp5W4LwKWGeqq6PbqRyLIlhZhkBkyv4eMqNKAV6S/NR5rzZGH/Lvwo6n7S86K/krI9XvcmQ3jHBruC53PFT0jnLjEYsqn4RfpgIf8Zy0S7OsbpmGZxcJM6sI9qsJObhImQgY4VplyolrbOD7pIiL9OfG9HxBdzlkV1+Q3xrL+mMp3Y/15nS8e6Dh3xmetuSHd7uIyoJtqrW7WUuDqqfnGSlNoWmXWDT+uPIlYEa9bYI98Ia950qOOgMOdStwykrEdvbUVmqc8863A55D/L7dfxL+tmoy/k//xpC+HtC0HIAauT3/4pKUynmGquyOspID6p99WXN+ZflK1hkB3Mq53aRcgcJ3K3zVwagwIF3Lhy23V6oayL/5+4PFjF9cSkuEzRljNDELVP5xLgLYBBnORNSmXyOekpXFI7SYMbp3tJYQz4ChY6rQf3IwJs021otMUMG/yE7VyJKiI2arZdGLYhbrjnEGr5ku80YVX2RBPcUJZ4XJcOadj3349wi+OZQTFDnSGJWnwL5BVC7H1BrYmOyImAplMREWEa2sjIc6xnGxJIFjaHiYysWsFrgcuaUgFl1ckztcd/ClmLsx+nBUyAH2Cj/dKYf9YlPx9ZRMRDWDkKMxs8BfWXXsAyj5x+eXpf0Tc6cxjg0eEmFRIbZGrpIpn0q89/odt4+4w+8K6UfDNhhZpAbT2ZF6Fx0nWft/oW+Gl5r5P1+LEFNto3HIRbDl3GNwOKzyOqFplm5JoueavlcOZ4mXOdUKhLbWACS1wCnJgxSfwDgV4yjqbwjcgD8fbCkEZpyUmCW/QjQjYtXrSsU8+/wO+KvBlRFcj9IMNp5JEW/upnYbK6MBpZWmbM8r183dvLACwzGvoHA+qU0dt76k67lWeBxd5ieM2iFkwkHrONdGwELGIxQtRQoqSkNqJ5ClCBWi1qppXWKeea7BMhK2nDpfV0V3TOaG3j3czZGINEL8fcnMjhqGJQcm+9SYVh3Al5iJ+eMXY44nws74J8rta9A0D7tGHPNrI/mThj0FhJsflY2rYYMJN8f04ZB8Blj5azBEHdP8oxfqNdMea3h46Q18NbB4LUdncEGhbwYoki+GAL09tNVeIXL0NmiRdlJcrwy92e0Yo+4402HwCRkvjRLvEYlafSgg1HwR8ULp3aBhPMTnF18KoF9fl9O95QFpdO2podqyAWQ2YjAZ+h0O+OTnxSW4QukX2TeaTg0xJPbr3phIFRd422LrfHaVGdk1Qn0i1m9CdtTOIOpvNPXQFlaBv5Z8vkaX/dixN76sqVW5553enZdfbd3Ei72og55ryf/m/JgUEtRGaNafA2rwKcSVxbBin+JnxPymyqOO8U6ss03djQY4uckhRovT7+d7qnYctQtbbutUW/fHzRGo5QtX1V/PavDGxolzf363d8PhChFcuYE/k0MBhJKjbDZmBwRoFA0nf5tWGL5ga1jIkW5mL3zoeSA/oXnccZqQr75yYzN0ftmCDPXGNTfCSqHIYME4r5zA2T/D7qlrldOn86epel+lisElQscokpnzBTI7gzVX0neXpuDY3xALJnPj2LQUq9NdeHY952egF1RTEpQpo470a6U1tT8UKRp8a60AEobQO9p5zD25rAZiup+sH5epEI3P/uNFPSZ4b7AX+8M4TGV1MVZrFurlUybgGSm1QM/dis3A2UU6KyVf3KkEilhmzpCTfYfoX8QgeugteSLPOw9tMgtsF0f2HcXiCKtODe0lvoJpD7vt0zJW3iCLSUutXq4kcdSIV0CeDj5SXqS6y1MMKTo9Ewswt0+zw7YZxd+syw3lopyAAbAcSf6ekFHU/Pcgmu6Ol3thGcD6SwO/5UmtBQF0YmpHg9aqpxKRMVAH3zShVg7vpRooLefP1IKdF38axcUnPGflYkDQ56WAJ2YbM+5aJK+Rv4xhsEntCcZJ7e1wOhWgbdYMzoFn0Ik/l6+Aistj+61zOJZoJG5s9TUvjaNhbBXZ/U4EDyvAmCO3hPeM3RbOE8PBeX45jTLfjSvdpjl3Uop0nuLIGO3zYlfWBA8otHlabng3L3GqOJLBY6mztXGt/b/qSpnja+827HL6TpLRJ8J5Xkv4+J+oT/xqlTiiNmNl+t8WzWhkpawQS94y2DzELa2OIjVBrdVjnFA/COXbDjHN3Y7eNCHcKJMHqBPWmozA43hfIamgIrCECRrrq6NxvIRIbJeP7Zwt+D4VbspxVFbailotC1qCfs9wAj9VRHXN3iToTdjhwlvZ3gDYCErCJN4Xzzo1mth6YRFiUsLl9ia3qApLXB7/syQmRqfIeNrK2x4unq8vQRIz1KUGdyd3t8goSHjpipqq6vucLd5ujp7v48S05fZYKXma2usL/Ay87q7gAAAAAAAA8eOUo=\n— ppc.example/witness c3IuOwAAAABrFrRvQCgRUWIXs2BSsk0058IfFuK3brm/GnQVPFtJSEnftTiVoRGWdZf0qVg3WP2qkuH4SX7+QCKj2FybGmkRPrJZDA==\n— neighbour-city.example/witness UukDQAAAAABrFrRvfOg/FzKdd5lHOMLUxikUQUDs+mBbQIlQMm3lA24fx849u5p+Aj7MeLkn+dHMuI9clI+ZvFzXSd+dUGW0OocrBg==\n	1796650095374
demo-city	147	mamori.localhost/log/demo-city\n147\nlNtwfWVYx8dTt6HxqQWSLW885LzNIjHnecF7c/edWMM=\n\n— mamori.localhost/log/demo-city 79n8ualubbsBP95kYRXuR9mI4TrgrKHAzskonQEYSppp9R8XyGHFGu4sbkQCjbmtrPpvYCDXinxnwjsAXQO2ocF7vws=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRvfo9SIumTyBqYPDq7132N5ZR/Q0QXSNfQu2qHawZ1I8685vKvDVGlkaZYiNHzYvsJF4NikvXDR9WZH8hUSHp9nof0+YrjwNFlqed1THbO8qMBdWU2oPx0/zA6wLaUixjYDFFO8ZKpYA5VVBpnPTCLfTS478uVh+reIo4yVHa5iVMf2KVvJ+HezMY42rdzxhYUfvdzaxm7negjCnvJT1nFKiWHO9ranlKibGh/WHR09a2Mlx3S+IocJbS0cyiSngC2Fk4WkhN/cmtD5GKzIWk97pQ9sVSwPwYALH4RsQoGQMRGEr9I7qhbn/8NJUjdl1C60yEHxLrzvDX9u696a8gvQZB+6292832jx/a5N07Bd9LfWcQpPjmgqnWh/myQF+ZpCkPpPjGEpjS2hK7C4zJjYFVk1MsULYMIB4n9Rs/qMFs0kB7w8Ptn8odvqKfDYm+VrvgNTZBF40k+sG6GQ8lypgnRazFIRfCT7OvqZcom+mjOTKuS/ByEyff6L2mjyEcYLxaP/QjPmLM5y2fcQyLFuSpr2ogGVZ/IjDfu7DDLcQ1DcWev1iPEVKmklpxGz6uq7IOM4OFG4V5c69jCaFDhrt5eBq5JgFFmepyzQ0PPGAGwM0jKuS+/sdBrbQ171NcUa6698sEQpfXddg2zypdRmCX3rhZupPpkxZ9ynAl4oYF/+bahkLsy72qeq//4vlPGH47GuTIuVm28DMxvvQCaaa89stA5PUuVzCTD0veR8/Pnm84UjOtqekZsyr6ebAWmHaz0iaRziY1Z2CQAjK8F5TWBYXfQkSRk3rI4zN2m7BSfevNtv62WOK6pgoXedw4Wgh3AeqCZVkuMsSGo9T+wglDlYLr1EsON0Rjlzi1MTZDB/Yds+KRPIjzJ7PG9p9WsxoW9hJvjYhsIEm8bZr7GOEbMKm/6VWSLiHTxoxX7FqYLV1qx6f6ahfLYRQlNfrC+Ttun8X5tcp747eQi0T9vdvbBXKINbElXNDV/xqzREF9ns0dD+/pG7cQOA9YkKtOYSQ4WMbkCrPJR1aErt/itlv78kq2CL3Uc4zviPmVOlxmVqqB1X8YydouCZfLOyBAGrfxdnyMhZg2XS0AbkUxpe0jf7SZlGxhcmanQZlmhC7a1jdEcSRu7KTjO8NYydG5/N/M+S/BaB3DrWxU1Ro2qf1qbooShQw7ECACL67MGgOwc0h1zl+Bmsv7mHwpphN6Kj+rMt/Dr8l0Smt8H3DUuy2S8BINMUjg0LtL0gw0+UCi6X0Br4ltNgTblkVFbxkkZu1rTPVKuP3Aq8LfmVu/p451wJgV38PrZv8QbNbTlGrDlUTZtLY6JyGZs1rVE2+G8NMb1CQf3pcIgW1ay2SuayDOgI2HdEn7wB0tN5lNvZifKQJ2X1cq7o7cfJj9QRLOpxpI4TG39sdAjs2/HVkURT4FdZSyR+r/sfQSSkhJ71iBe6VhXKBQLZU7HYyIZTdTM6RlHE8zOfLYMeqEQxiWl2pZS9qqEdWxcJoVK0WO8GqffpyJrc9/LfqhxYq33aBAwbc3tAoTr4h51TS171hFW1fvfYW3Du3yBuuyH3IOLXQ7tFIpG0C+mhokJczEVUZ9YoAxXfFIlyVoAoDQnUtVFR/Mr9YropMybu9EVmj76tCFH/3zjNnJ46Qo/RUVnUuwaIG8JgF0AnekTRakLVo0h2nG64jSUcyZrzB/eRUsYclzKNQR9vh7/94saoWMUepF4TMFpNlYn3sVOVKye40LJxyRQlRFT6CCqHa15qUtSJZpJYpPsokxXvRZfttO8ZJ4n84qmzYRqHyE1V6LjrS2DqkH4vO9hbo20JbCVvSU0eZhJzUsj8/MIjhS4ru/mIwxS8ks8ixlvPSr2R0CxrBX4a/+eGIbN7umP84qk2o7/h+LoYLx6cApjzjzHi63AWrn4Yp/aMjD3HH9Qki5uYu7KZ0b3llG1Fc6Ri93bC6oJYiobqD16sCmk05ksmv7AZ/zDqha+jQ68cZhtMiEMl9mBeJsvB4D+H0/RZcmh1d2iXaRxOdth6lx47moYiMt2/zpFnnNKJBs8SZLl1Y8/qfGNGIJGkk7zocOhP/fhbe4Vds0Pd9TeVYvs/9HpaINBvhSWy5vWP5nfPNKR8AfRKt48tvTqO8iAM5fNoMzPEd0Nk6pJgT4po8njN2WQJtpLdM6LU6xg60TGJZougrhF9piN34K3ojtFBBq5H8G3Sbsu6zWlnRAYqdrOvskMIowmdgxQ8iIvRSvLMiDzKNbuqbXEd+7Hj8rflmJinIqhTWC5fm89eGys2FBieU8Hed5ldnudZ4LpWImJA/0ClChwu2lA+l/seBxlzj44zMT87/G+1LAfLJJTOaHbScqoDk8J2DrZc1ldEPqTucCzNfccXK4CWMPvBVbH5B6BVZLaNyzsZkQTcnkP+nHhU93kPbSNjSzfZ8Rhwj4Uava+VaKZWznXvinZFJAavhuyQ0Op7vDFZATtr8W2km1Gg40DfDX2ka3FldgJfOuYuPKk72JnWOzPfm8PPx8BAM4ao7QNUrJ7NZTKCSPJ0RnxMqZQ9Wr6vZDSGnsuOJA/CMBClcqIGNDx71kLAdhFG6OuLYDRSG4dNq5loagDB/nwVpzVo2OheP294G/HNDcp0On7uF5JNDRl1Qlgd8f3ptojD96Hn/vWmReNkbY4j3q2pkbyNIl7fb9d6AYMD+j9dwfGm4A3o12wC2MunGBClu+i6o8t7TvYrkKSn0Fh6Z5z/CUuEV/nJfhDb2SSdP5MbrG0ORco+LhL2dnQ4Hmyft65IbeV1/8v3JVQFqBGFg92JPfhWV+URO2XwNrcHVqIIhWJVCU4BdJVDvpV1S/qEH9hwHxTZZH1cz/z537ZCSCezI5Y8WHQPVieRKk4u0Dhb1rN2J8ycKGFgXqAozxLI8Zkt0iFosHretK3LrjbyOu5C9fyiJ4s9kWE/8N8aJkdH7n2a7TInvFmcFYm7sz7/WC9FTHrWtE1IA/ydg2RqOuXI92WamgB79ff/A/RxEv1tDBhhpd9g/+r96BAYC4nB7nouGOJBtdTcZ1p2Nd5v6Yc1tmo1Ais4e1I2eXnF4xzdgrQ61+QcjJ7IVkbqmkKp0fZqKmdRJXHWr0NGSIlQERRVFtpdJOqrLG1t8/j9AIJICNHcImOlZylpqizucPFDjaYvL2/3vv9/wwdLzA6QUZbZoOVoK++zdHY7fEAAAAAAAAAAAAAAAAAABQlL0I=\n— ppc.example/witness c3IuOwAAAABrFrRvv5kfPyz41h7J0hupC18jegUvoSRvxJrLtWjV92W6ulHFf1lndfZuQ3A54dHFfhbDk6v0Vn+4bmgv0NPlUPwECA==\n— neighbour-city.example/witness UukDQAAAAABrFrRvkjqOXxXTxpNHqSujQ5S956cqWKmuwaoIWe8VN5UiCJNNwfUeoOVHOff7JV6l1iC1HasRdvmm71QO+68DJcBIDw==\n	1796650095692
demo-city	152	mamori.localhost/log/demo-city\n152\nA1Gqxny1Z4iCJj1UGzIkwEtfIRUBNEQtlLQGgB5v1i0=\n\n— mamori.localhost/log/demo-city 79n8ueJN3sFOS9PLlQXp2j2j9be2brAT/6GWJL4xQ/rOYNUzcCO0ASIRxToOcaeJpn4IUI7M0GMZrFBKOv574aaQ1w4=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRv549gvCThfGhSEvsDYcsqnFGbjPmIPG9c+I+ZKWszpmmjOWvczHl8R2eRbS/zrGXRgWJXubPk8H5ylXNWPkPO46YOZQDwL+5E4DQnqmLkN5t8ScXsCLqUa2Y9VCNcyqG3DMpjc6FvQPONxSLy8+FR0QVDzwiuhKsLD2uz1dCIpGmec10ZQQmsMiMdGcToFHP34DXoEPmhhSM01DuCu/UNibxh1Q253zrv1W2Vx4B8Z9I6Q56bQXJUykraYPtbYOgRy9NJ/rsCQYikX5eSWgKO8d2DIwIjOoEpg0SQM2i2hiKm9xfZdHMcdpGX+u5ku2TY0t2o5j2+Auwm8KweF88QIIvZdhJ9LrFDXB3mYMTMbZoCB6IAGwl+rt0uVePgsEGkj99797SeMO3wkssSPvjIW2YpCqOQd9/1R50oRgIubYIgVYQbUGPdaZ1twq+oZ4SGhdKd8B+s3GmgyfM9CeUzKvUWNRhWk49yQgzg0utwoQYgLG3nlJEMV1Vds0TmHMh7eZMdXB8n99W8G67aEkwyA/utfIs7ORezENCH//HT2VynsRupMjSm5x040ceA9vcr8+Rm/Lj4Xyf1uewdUXrCAQ7t4j7PauGzOrJZamG2f8+XszhFR9bI4crHyilG6YeX7IaBNwvVHk41Thp8CAjauxrABexoTuzApkvs4v3a64dx6CcibN3DwJY5S23g7Xz327fwn5yQ7MKvyS4TfR/yhp48mSRtyXbdRsLwTv+tq1v4P3TA9nU47FATXQNdyAojwjmBapVg5FMqtZSzY21Iw/scvUyFwr0++Vf1OxmmOsB6BHuE2FGxBD4BL6rMntYGqnULVXdoV59EkQSRqLQAb3js8bfN6TZNY85/NT5FLgKj3hkU1cbLyzh2JJ2TyqSQh/qH6bz2uCFckrtjanv6AiDvw2N+0jUElcy/0cdhXddNugb7Q4pI0A81DAxmO91hMMMS/+6je1PzAr5SuCvpre7SiSbrPrMrVNwM6LNisl6TnSCrcPKQit5esYGq3PBMOj6aFLM+e6QBC8lrpWvpjbKJ8hjPhxxK/EeDOw+PrHMvVDmnFYpHFkmuf+/AHSxXLAL9ZwrYrz06SM+pxux0za8oqKeJpO1bYmM7tPb0yytnXTR2p78wnFCDJR1K70BBPvZgNztojobo/SX3DIAut18AAiOVO6bf80OYTdJMOIksVbY0/wmo0VxL/bnIpKYYaKuB4GBK9S0PBaLN5c83GDVoHzPxceIPp6t7NTtWEcdaEH0pdv/AyPyAZNLvyWdTWAKa6O/x9M2mFRdLCoyJC0AH/0QRcUzqBSlSt44FE+/IAR45zO5N6MuM6mFVe+gEBlcpua539JCrgLDH24AC8cIW/QlyCR8Wqvjocv/mpoNn39WKDRRLI4eZ7VqGmhvzqZKpaXYDaMdX82FDlXiFfJv9rKpTZtaFoRnQFAcjEGuYIgFV6siwmhi94P4KIyYNxIc7CzY+hj366P+SbUDYOVi/ca3nu7mqX3sNE5lizKOYp2AbDP+Y4Jk37BAWRg3SiRQXvWIFvggGQdKwliKPiImmt0VYXTflRCj8qGnxuAWNjB1VJvHaJYPMvPk2F0FPAg71y25NJ7WVPKNDyVcBdtiAPSZ2vm6B73LdGWR0C4PyOAKi65/7UCdt78n5F6zjV9br0LkV9Jf8HKASQGg7j3fWB8Cal/5DL+9nNz1If7ueegoMmdU7jmMjEFHm6xXVdQa3udR4A9nrSA87QyKr19s4CvnR4/L2tu/Xe0CDas8tvAzr4j2ms5v/KhgZC9xwAnpjqpSKqJb0LYut+ZOf/1/+SCgRk1mhiaBxRCKeAE/Z+kdWfmeGc8G39gajUxJYebrvPlj9ynIVn+xDi/WPzSWkb5F1u4mfdoJ+GK0DI7BjjeO+Vz6ZO2FcthUB0m6TUdDuckymabqKjpFFInTHrNi5FS8l4vn+F3oQN6NAjhAKuIxABu4IVmBw6H+/9lXf1D/yU6Bq1Mye2xoQYasqBNNVenM/c9dQbL2ANm1Xqjs/NuX75xTvzOjZH0Nfon5QidouulS0LwgMts+9+8bzeUC7Oln2b03ik5Q38L2O9wmQGyrepR0FMtW61bNe8h2qt4d+kjHL3QduApYhy5ce9bh+b8jVpsMxviiiV6Ho5paHry5QdIzD2fRwtrf0E3cMzFlVt6EqoIcF4AQU61yyMaKmz8eS+DkvA42nJ5PG+5VtyRBlxAJXjEa3vgPUxTsz7rReKUxC2AzuNgbwRw2RHpjBOMtAOFfRW1Bqx2BcGmQ27rif+q6Q7JLkiasHTGY6+6O9EzPvCTFSYHuYmHJd9rW1wo6TePMUoLX4J5Z/zsB21XSwUtuYrHiqNfLH4wT4twpZsCxyo1KW3mq8z/Lm7doDzSKEHAGf/2p2otSm/XM03RIEZzBA3EJN0IDPo1fSDYm1bKaMlU1MtqHS/vCMieFc/SwNi2f8bWK9X+/e4AK+/Ku2LNO7Y8IzbzNSnLsqtwoE9+ag6SBT5XoS0RQsDRwksOs1zt1QN+QlcDqBHfItjs6FXNTxWRDFIfHaliTFzQwWgxXGkJ3788fV+cAjxnpiHGQiRUxSJno3pZ+G11ieMP20+WUlRQEudCmU5Kpz96lwbHZC8dWNNpW3qji2vHtLrbxCaPvL721UyODpQQRX/tNqZRldUY72HdYfSlO1dMAHgQqGDWu3YtystaNJFiPfvMZ+9SqDEDC1oKcppVt0GB243wYmPNE4JV82cusKNHU7uoPxk2jPm2mVzz4Mu5VCkdcjg1lGPJH4p7aIq0tYPYnmHFe72w6QDTrJcQB8qrHlhrIOrEOfY4uvyTbLAQKnPWeOpclD3QHSG04H3Dt75u37uJg3WfbR1Tre+LCH/jhJHFHYEanetrhYe20nLOJ5SS3MxY2wYqam4KZdT+0K8eoI8wcB6CkDyTOa2FzCo7IbvucixAKsfZMppqJT/ZILANcvx8KpA0n1KBopy0I4stkE/PsbunXOoxa0Z2+40XhworRw/a/594DOF48QSLsCVOJl79lsQnKt8PIUxi63TZYiOrsO3qeinWZ47L/gGMg+Gxk4v8DSm5H4uGfRwEPvG30tBG5s//WkktEnEQ0hK11tbnOHibS21uPl+v0OJzlMTVmQlKqs5PP9/x4kQENHb3N/gJiruMnQ6vgAAQsOHVBaYWmHiYq3uLnS3d7j6v4AAAAAAAAAAAAAAAAAAA8dLUI=\n— ppc.example/witness c3IuOwAAAABrFrRvrM3rJg2EBzei7hutE85PYeYX6NvtKrM9z7YLgZESBU2GfYslgWLvja0vHFb/5UxZEFF2t8Ub2iZE3hoxYyUOBw==\n— neighbour-city.example/witness UukDQAAAAABrFrRv/WNxhZXKEjJmIkgyxVdl4hJGWtLQSplVbOyUdRBAOrZEmkcUYLKc7WJuNTYTzuyQ/pkFT1YtGBX5zgIrjOM3Aw==\n	1796650095926
demo-city	153	mamori.localhost/log/demo-city\n153\nvn5ByoN3/grtVeG7gcN0PafvOcetW7aKkWilG1V+kPI=\n\n— mamori.localhost/log/demo-city 79n8ue3yluvZsJ4Ds4wQv/TwAYvpq5cQaAJALrB6Pm7CbWpo2LyHFZKm8hhjs5XUKI0LMZT8fp03d0tYbtR7DMMghgI=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrRwv+/ZofdB0QAvW9lcnhVbqrZMNfsCLOIZDmuYMGkqs30VcJCji3JZFddUp4jopAIFCKNVZbz58f8kq81iDnjz493bwq9dGxlUzktvstG3QRFtzT2dB1cubT1Sbii1vqtHtuj3iNy/9ni6CcyCON1t21emZvDNcyle+rmvILVRovMG3PJO1QBREgRNo4ugW0pPhCjGAOPIR+TqBBDKQhqNLr5jPdLKOs/k46flLVElTLMyNyVsY5obCEuoH7eSs95995Pl57qO3rFgXv4eXExMfzANrJC60jwfiy3RfArLHc1nVkNlNUIOjHIhxEIQNkszMbXwxZpZhSXA3hWMBg27xv1fE92BR1OLngoxg0syR88jeimo6i02UbLSRQZt/AcKtUyzM/0nTwuAzjDlyeEm40pCIhryWXQpPfZaK43yiXL3azph4A1R5Wa/8EghD9n6Qfj5Kul7L0NMWIs2T4PZNwZxU785aE4auRz/74ZCPeK1KvUfEmXkVqUdgkzm6drFJ0nOp8Yc9h89bxGAJ6Ba5UEHHMzy/nc+1pzsVvDCtw5bUHXqzukEXCBD4PT9/l7Xl7CHSZuxFc4mImQonLcfXvWiKGGLANxn0tsAZO6xOwCBNgSdV9W4k9tWZ4uWPzrItpY/im/+9fU99vRBTJcceoHppNpJGGHizAcYSfoHiHWeGHeVMpd5sgD+LJlNocGXUWw+69Egd1PGSPrTquZPTKOnJJUzT9cHHTfg5oohXJVk30hY7oLnkb8waZ4ic+qhv1TzLfRcgWiqQkYH0M0ZKEx/j6IjF5iLiDME7MmAB0c1pF1o+f6iJ2xmURBLJtDP4DEbGTQ2rYsyUl9SHYd/AUOccTopHx5O0N186lMOkcHkQ2JZTD8PCDI7Z5DrjzfVVega2BNd9YpYVOJDCna4YO3OaMvUnGajPDuxswCjP2hV6le3kZ2Ikl9I7IKkuRzhGQXcm54KOeFd5ZjXqozh/p3bbhXHI0iKX3+tgH/zpYsMO+EBVal8445N9X2fkqPtheboDdk1MYxfDEMqSEz8bnqZTeSBEqJ98aPTtsxjStQFg4owU9rfoIf4Wm8Nn7wYckV/RNYdPkMYe9k2PeyPn6O5Xvxa0ERm7mhoGSQ/gQb5oExOi0H83+HBK55hxszRdJ+BBFfZfkDEs9QeRKGKwp3sZhLPZjxhI2ILOtji6wW/svrFkn6T9Kpi+RdUvQ0wXZbSSP/5Cg4L6xTGsOOL4TXa8zNYRtKEe++8DKpPFNcwetsVrMHJ98Z+F3S42WD9/3BDngHd4zx3hytq0rw+Q4l87laOjsgpPM+pxTd/Rn+R9Tynu5DVe/0TetH4XcH+xHr4BtGB+1GbUNVNdwFTGJJd0ih1qrQoJu4XsWFMuhd3NUux2iqTlqcngaURPuse9x6DcbyXy5IcdCc5S3h88Gjv/eTi5aNeqn2wURZtmyRq/D2SNCtwJroeB8O7RAUM+CH01T855QDElC4Z/m2Wg/h2bee71njiZ5iTRSzzBpEZuUtMZzAhhOJLP6S4pWVmtkO1HEHdVCwzY2uXHQaSnp07jsYB5DitjkATox7vhRsAT+TmDvYv8IZirtlA8w3UjhZxdjgBjJvrtTNjl/UDDQn3+iGRIm+/pJQInCVuFMvZVOL3acBbygC4bmi1gDS/gVmh04Yf13hVLHAZQn65r1KftFW7D6Y74Sp1rYRx6xEXOUd6bNRgpz8/TAEtoOKrYTAnvmo6Ru2PDE7w78wZFHntzw0TN7JRWgIktcr5BYzQHDqCxVHCfpEYMFBepU+uqSknHiuRSV+S2MYALNrpy1GiDjS+KfLgYVhFzFaIA7JeNBPAF+PrO8+jbry+mhdmJL8eLZxmkjPyN7qCHSKOJAMX4Lm4yXJmjtKhBbHExos024oqOtWbosX2HO6lcZ8JQ6AoPblAJ59V2kZLreLlhr0SK6u5RuwZNujvfOZSgEj5BOKUXcQ+OghbLdF8z9x4PuSSXLauH/OYUvT66DgIupO2LXc4JtohbeAu5+iHssS3i3AXzFuNlVw+e0cS5Gfsney2pQ7JDIZlv0WXIsGXRWVPpcZUOLD6+IoFSrlIJ68kPLqY2AI0u/xAyp92cDXP6pDz3gy75WoO6pV6/EjyJCWKrkmXBBkocgJhfZAz1LEB50nKdkP8tBehzMZCi0sqM2WQ8xr5hxt3y00uW/C+FkAoVqxHHDLKsnJ2SQq5bs4uepkW9wtWSrR732CaQLIqKrwJo0W9k4OcbN8+MQ0WSZS6uW6t0pIJw6vyKpV64pZoJi8YlwyMCOrB1aCAVY5zHhiiLOA73b04k/a2OUaH1VU/IW331sXjMXiAARLgJMCQGPO+a/VOkFADdgc8X0XT2Rv77014KbxVM7asp9b6RiWL7rHCXJn6llljuW+PiJevht97l6RiTURP9cUu4mmzML48w/M0OUL00Z/6rkjzucB/3YxIiTZXrcEY0gB0MR0OjNDyQMHDWutpTaiJPU99Vk3/Poz4q91Rh+5tc/BtdC8kYM7le1R95wZY4p0BcW5EA4adVeHgowIxm695ioBDvNcxYObBQiOhorSpEBiQ4CnCbSmV6vMywbSr9UFYWnW0iJLvJP6YsSfPrHZm+k74rAv1PeoRg4wuOLFRUclPbnSWGvx+HjD/gI7Hy4jwMkfwtiyxww06RTlv9Al4kzutaM6GH0SLH29n5HxK+JEo1O28EJ56DiLV7HqU3HG5M+zX85c4sIqjAQ/wYiKk0IR4ixXCSdKkwiSHIYVLQTmIaxfR6bIqxhhErJbYVKUVj77VhKpkL5aVMxMRKMBuQX5BilSsE0hlfH/F6/Qx7OiPmqtjW3r7fb605GzNZbOJG9AKsgQNy3En5V06YccWX/owfY88NQk5E4pK+44HWV4GY1u6GmZhExmv+jTFSQJEuXxiuRkAbUQsSV3OEs2e6iIdriJWWUe8ePzx16G+80cF9JExKBoxMe4A4ytubxbCLCkho8ly5A+Y9aeUgdHjqsTTVHs3piQtelvTy3wDw/s9aia+/kUMRRdHc7NpihL+Og/Flu1Fz0H7NlGvGZQRTxlcUvagFbJMHjRSx82YoTtcF4WUUgpXx2EJkdAQYqld/0wHDiUnKitJTVdkaXV2fIKOucrf7O7xESQoXmZ1kJ2utrrJzeT/AQYLDS9pbHl9jKG6yt3g+g0dIiM1OEOHiKmrssLc8/b+AAAAAAAAAAAAABYlNUY=\n— ppc.example/witness c3IuOwAAAABrFrRwDd1ZJQJ5i2albLSYJx8XeSFNTiYDtLKirWd9frgSaPnSAlP3ZnzXflZYuXlKft0jLwTSMPM/R6fF7AP4SScMCQ==\n— neighbour-city.example/witness UukDQAAAAABrFrRwyqj52Ir5fFNS8qhvx7eVTAe+pnT72Cm/J49S3W3fQx3XzzKLbV6ubQOWEKWwIqi/m9ITuUeNDDC98cbCiQCVBw==\n	1796650096306
demo-city	154	mamori.localhost/log/demo-city\n154\nnWLjbb5rRUe4NJeUhO9TabNd8IrOo1TTxyz+jI65aHc=\n\n— mamori.localhost/log/demo-city 79n8uZJ89OlOudT/5du/j5gHlZFT4bhSfzla6vcB8/jb03TXY+/XdFgWEpqj9I04unE02V/3TECBCfNO9Tof2GDfggk=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrSVZNFHyc1c0ZjW+AkvYxEGAGykJQU8RnR0Yk5RHI8ZHNmbF/rL8juJQyMBfnNBZRLW/FhtFnl7aafaPgug5PebU1WFJyvnj1RyUO7UWuvWvGZwYP44hc/TD+QAi9ykX9zbzW4d6kmrrHvKw9g08pZH/MBBYAKGQrQz3w5SfvYwC0QAUlFQhKd5jCyYKpPMU++TahzBfhM7JjPwsgBWTsN4J0P45KVmB5wypItw+IH6Pn9YrNBFbXLMW/5mmdFmZSYy4gt5BJZJyh/s6kxjwUXhnY2UQ3LSLjoeCAxmSnGwaKOHITOZH6p0AG0NCw5VEzKzEtxsUq6gq1MPVeka4plt1uTKdBvqSLet/UzTKx0RExrdxSB1gh1B+qgxQkx4zgJBRyu93UBzIrwpVT5BeCK5ID1wWBVBtivbJcp3j7FLEO64Kl3dzuiTrIvXB9IPyh19wlXHUVGHx8jzT7Y8MX87i3q/rA2av/zNS6OwnQ61k+3SZmdT8zrTRCDizegVAEFSQm+tXbTyGsDZNgEbB2W42KJA0I120+Ochoz9vqNtJ3KAixiyQ6qRtcGnp3Dv8KUTSYAmzB/fb8c/csBOPOcr/j1dXqKXrWIdaF/1lV9ay6IzK7KF2RvF/zZZ1ejL8aiuFi+WFd1GL6/l7HUvPa0izedT+AfRLELpFRt287CmJ8LbO9o1yMnk0YjiyDheiMVdQiQTLR1pCvVZCxJTZrB5wLPiWIklpytYmamkpNwwtiqpXpM3X8vNaE5YgxomGinAThzDN/OegoyAZhpxhN2xod4lamfoo/AL9jjdT/gKay+XF4jAfRSLoHN/Qeb3cLznkY7oBk1B8F0il3uJNioX7xOJuapcomhqBznp5FuEAWZaqPPC1Rn5ves7oCzMuwIJFb0iq/DSlJO5iz1h2aBwxxjonF1Q8pL6QxCBfdL36jsjURJ6YCVrSJM3g6YfDWKZi1+0lZl8SJMoIE3VQRaWNZtL89nLzJkFYrrdZFpxelUbcEQ3Pjf8ki8qu4iQUgHDzQ3snQ+4S6QtCFOZ7E8eXbEhuvOW9iDx2zQeBYwVx+5FooB7Id0JanEc6+6VtLEvLIsgWSokY2V7RfD+rK23qMoMMFdqniRjgn+mDwm34+RUms9AlJonye6NHlE/qhecv7U4nrU0PEyo4BQfw2dH9vPP7BVKlA2X5bhMrQ9quDtsNWWiYxGZZFQZvx60508+Q5/v4EpZaYnzLno+ObPEmCdg/z6DcxV6SY2uo4aRHxVSUzeigltMeDP1s6wQLWhvVupj7VD9uHP1MbGs1Og55+U0uDgKa2mqZZBf9A53QUkM9dh6AVY+Qk/wq8qNtBIspacZW/7qh+QopqY2HwjEQMhUvo045AV9JPUhJdLDOFurj86jiBzisXLFH87QOsNtORvLcz8PIppBs6RFklEM9o/VmouusbjvP12yFFrFElh9f/JDHMVI7KT+HzpcnaI9ApHCYuXbNe6MxJqT6i3fXOpJ53hganseFaT5OhfAyvPzlhknE6s6+C/2kqJ/GVRn14F/M9gPe2z1RmHNfZ/RaYD5KKeAC7jEdIqIf4kmiCO124EgJFu7HWQ+zHN2s0ODGnIPxkH2dFUSVGOBn8xQ7KqLIZx2MaunBo1MVUlKFHUGniq2i1BXJFBVl4vd8qEJS4yT4IUryz6D0mT2VvcCy++YuF1JlKyMYI21+XHsSDuBB1PxkeRv1CV9/lSksbO/BAO1LNpk3Zz9EziswWElSuiNtvkjBFRZwLHaplpMouzd83CsqnOrB1/2Gw547SJa0IiJ8eI7eDzHGFRHVRxQTOFagkun4U+YXsrF98mWxBygerM92XOhcLiat7zOcMt+0XrhEy+Qd7ksrVDEW2sdTo3KI05f/gnRfhbHBt+g7OwWCxTjp877afdxUcTBTcltgSdRSnmyFfssMpzOS8KWtcTAXGWoVFTComrx8YtkLEmfAk9W6RDV+myWizhOYy399EMj/580UAtu+3RNjWzTi3t55M6QjzQZpmeueZUsw8PQa3bDWnEIhf0ossfDQg5nXf9oO7xfft/3pDse6huxjw1du97avRR1LRgE2eRGUap08fT6LXV9tbjoWFKSODPugNT33QmYd4pguEBgaA49StlxIaMTVk+CUKftLHTEpuD7qlSKaGMmZStbqhs19TdGnruX+3ddqnR9L1D8HWfJ1y/7KKr3DYXkArDOms6izIE7XVWK0Spnp6tXsVXGktjaHc+RtjZslvREYGE4DG2ePrqEnop3UxaqdYZvSId/WzrL0W9Eoc9ziP+dgLzdvKtCe3saF3hMxgdcUveseEux6DxVT0lNEr/lh2NF4yDn2yWQ6PcEJt+3+gdwJiEIqkMI/yEkUCSDHQqAKgfCGEwY/3T2IRDh8k4ZR0eCyYsPGKoPCrutvzbV+SrJNf3rCbflZ+il+nROMNEsUs4XVTnNH0aI8gSw9qs+Kzib5d5xP4xbSAcVrL8CIi4j/EzZGv2WxWjbtz6q4WrjLe6Bw9rtUni2zFHhZZjciBvFHoUmnawlAhqyCYtTZ3QriPcMsu/pvVCpMFHL651TA3+qC4C4qqRkgalR0h1x1wXJYtyCKOLvPDijhXSfGuTGReDqyTGFGSg4r0QvEyyMqy5IkgCEqRLgvaDooVlG+7glpNM2KdbBuhIP1YTHeuk5OqiDjEkeAdYmYIs50VZOdUiLdcCjl0FXDMsiREdcQsOV6p6N6GC22G9Sf/uNhD10xOgxtPLt7czObx6B10/GmFJkPE9yZRELEit3jwCxT3FDl/Qji70tRXaA0tRqfGSlaMEosQMV9/5bqCD0tvRfWSEJo5IvWa8OBE7bOUBlLiR1fGZXClDgdIs69V5s78a4S34cPS0OucJOLu2KaFYOEQfFwiTCcyBecwvh30OzjdWkrlpO+ZQ87FmhfZUM2askrLu+yVMEQljHV3j9H9BkXgTWNPxDLsb0lNZmuTyzgamrmAr26yGj/XszULKwnHGm7WoB+kfBS+cr9yoW8qGkkrCVe6jTcz4tH4ALu/qUiFpEbzFxDXbgtAcSopeORMZ0v9j409fMJtitErhOJcr9L1rhp86JywmLXeUni1dNdps1/ZQkbt40ODs9QFmCh5atsLG2ucbV19rk9v8MFicxMjdDTE9SYGGQkp2rr7DDy9DR2gUSJzI5PEtUV2uBhauus77R1vL9JjNldX3k5egAAAAAAAAAABUsQEg=\n	1796650133714
demo-city	155	mamori.localhost/log/demo-city\n155\nqW7DENY/ChhVgSwAVfJzoiBUJCKu+BtXVbk9219gyPI=\n\n— mamori.localhost/log/demo-city 79n8ucK1j2/xYCKrTzf6WPUEffr6gCEXHct1qrJ0hrUl/W88IDjgNQf57dgX3RCrm5RshYna/DaLUQSGWo98K8W0pgg=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrSWJGv9zn72zG3C4xmleVniXzdoD/9FC9P5XXcigTxpQNUf1jJpZQ2e/Ol9gPUtmt4XHdUTqeJ8aRgUI0Ow2gq6tjyXvBG60jtyTy7zZ3+nstGmS/vBijz7qevYZ/McM1y4NAzfeRzLUZgKtOwb3TMN0sJtfebp4OEFWDUxt43m1ER77U09lrr4SrlcuBVcslTn0ebGKgUA0I7pSBLZu5iBXnwJkSzqh5wPSXxvGUTIAC9wQdH7MfFGa0EriYljKgrC/uIcTu1KViZ+SRpT6M9k4PEHTam1+mpoKM9wU+FvZUkZ8im4DXcmLV4pIY0OKi2+XCPZcOizfrNhFNjCJThMscEJCorBlvm/1Mj+GSuYzc7gXo2J7aZzCF/weTLiu/5fpkkC5Qmm/5Ez03X8dqdysUg107M0+tP/OYu4oNSV1oxOgI/hFaVRdF+6Y1NXBGBS+j77S3xyayows5pTjTCi3mHAkrigpOg5slc4Ry7FgX1ijuY9vdGw4/HfXt0m9/lHS6kej7EA1YrzDuBQVuf4B/s6Wdm/ttYmLaSXcBxzeXl2XGuaM8a5WwXHHxm48rlflwz0QvXCdnYRSN/D4Uc5QlYALBS4dcshqNLjMJqz1HYvG8Z/+UE4aE2V9wxujM0Lczpqf+pXbsohIxV3E+119klmHbLZzk/R15cFV+Q5lCKd2cOfu66ldVpth9uhgprYDFb0yeHHDYbkWuukShNJj2HW6zDa0dCfCA+6+YWml9CD6VUYlfDxtdV8k98onOPNPwT2FKoajPeQJZg+y3mTr5+nZOuFsnpjkDR0ygGZ/fXSBe5q2MPtsErasuWjll3aOwP2Q0jLRfxR87ZCy6y60niYadBIZzY4Bgd3xfyjXSdQQHS6ARRkS/9dCbcKw5WW2BPhoIn1wKeeDh3h6gwROhSGKXkExL7Zfk0rp18eloBYqtu49E5I5Iqk7FtzmQ8RfNGEL2/pnT2c/on+Jt+XES417X6y5y+trIVnUUO71LHhAgz+/7Uvemwdcssfud004nwAxf5hDzaPGz6F9Zx5vB71J2IVXzm2FOcquvRZAc0r6A+hbspiEOVALvQLmTFxqtm0g/1aX1A96zRqOaah/VEuaotuX5tFXXychUcgwb2FdpJz5OMfAqof7nE42geSBUAbjoYe9xL62WOXQfFpdCLcj1lIhYhAvSvfLzOwDklM9ls9jW//Az+epgZFB+Fzhrg2IUFSffE0br39QT+IYm0DMMhQGOUObx1LwHMhztQTi+Y7kC0sZkC7qSRNYy28lhKx0PWCZcbuRZ7pllXuUdcSeWS8BIwfUuVvx73Sj3IRxQLsQPCALY6BzHecuLshDFEf3dKS+AjiozGA3trlpvzBy+Aag2lK0/paMeRsSJDnqaESizvxIVSez/57VN8Bj0XqQVTAU8e1rH+lKTQzBik1leMJBnl188BrThJMJhJhLINwUfYMUxUxvjS6SihkWa0uQpilada0Ftv6oDnNjYsIgEDZ0mEdGRsxVSmwBwydXj2WbCownOO4Zz8HEFaYaisLGcZ3660kq+X4Z7RqTlEVstE9V5Pof4/7FUorAQOKX5P+UOGq/5sjN7vQ4sVi0fxNUyvCshUzuM5hefqJSotDeKwgwDmpWrIUrG4oBRWAd+aGsHs2xBtOj44OftijqSzABp55Eh9E9403bIVKjfTCKGgWsUeoq0mkihJDvVDHGhe0TLAA+bgcfLmLm40P8XUyYul6SYyU5d0BQ3JTcYOSHZq5GXtgqbggEBvRjlbO/W1tTo2SFtX4hnYRJ9F6juRpCSGDe939Ih/VgZjDRiqwAaaJC/7ub1+hfvpOIx9KknHyVjiUMwJch12nzxX0POIoIQ1T/6hGVP81d6LcIXQDusYiMXF1b5G7ZW9hsPBhxW0062JYJ5uVsQ6ZgO57xTAl54JcDA/YQ2IpNhD2dy3Vtm3a8Il+CwTQR9s6OffNOHffQSpfn2DnSnk1vKr1xATv9/hpIQHhuIZyu2e/ruTd1Vtu0aOM1LGoWaJ1eyPhhXqOJzzCl+TTF2caYR/r7yOlmb2xhdBsfL6VwpC/nuRJeih1SiOxfp5239XRBnQHnb4yW3t8utGpLBbFqD0DZzjeEI7dJS+WjUjiVq8ZtCIVmGqDdgX9UbxDLABsAnU5oAQs2OtOLHVKgT4YThUC4aYX38JLWN85Z6+FtRDQT7xW3vwSaNzRq9oMAs7LVnTgLe4qPW5BjcR0vJNgyL05hq2gPfRQHwvOpqqCat7zF9gGMbOfCJlpEbKzwv9O+E1tp3MFmcsYY/DzmKAG19kcNyaO3iwIUhdOSetD/56GF0yMS9h4vwe0mPBJsSsix6AW0zQ6QlWdS6adPKrBdCXzONYgMLHc5G5TTm18SM7M2/ka/6KO740+uFnwxlCDg1ieFz/3Qs+h2poBfcACL/xDOIyMtEbpYZPJX5eQb60fgUpbqMvR2BFu18aq3cjWBPJSKRJkFEIoVCygsyARJS5hk17Fog7i1XtIspab309E6cxhdGOj6oOoFgxNVrguSWRg+m14oOOyYEWbWNW7DU7orL9kaKO81CVm7HHRTDs/TWQ0GtF7vKLxhzFTT7eLCVOncJ139kv7Lwss9ClGTfQVdMCwpELr4E19AZaNPGzoFphPwTlBDZOAdBu93aJxpg9lNLlCOU0vFR57RhxirO0LNwwISwC9iorjvtMBm8ig41fWB6VAfqlGfCI4BcbXp3jeTgDx/u0rPxQAHKQMMAoB6ener0yVPSpY7sN68D5kupjhpd6xcti2jiGgRGMlxhkrsN4H6bYfAHrtjDytW7c0lyMqZdn4SCVixeEsAm9RJQu4JX9wV+pHZRGeeO9acGfBQGOkNvyU/USVRZ6Q0569EzcA4K7yXpWKd6pQbmioMnEDkrF/7VONIqaR1UOAAaHs1+w+kp+1xVUoEbO8jpzZKf9Z1kEL4Y4NUv5mgqyTn7rMmScJ0vnqEo4KfxO0bvTeXwIhCNW3kE1mFjbRoEKf9C7Q2BQnFNqRIJzP4kL3kQo8Z/g9f6bS8+JOyb6Yd/rimlYdwZqD7Nntdm3d/NsfH4RKVM2utDqjEjNtsiMWPpk7ntzOEWTrHm+Yn2LbiAwaOElNZmiCiJGYtL3I9f8LGj9JUW9/m52gpqrj6PP4ARsoLDtgYbS5w+TqDCE+UFVqjK65u77R2gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8fKzg=\n	1796650134081
demo-city	156	mamori.localhost/log/demo-city\n156\nccEjiKPh+KX4kW/NyHgYIznSa5DmdwYQnfutU6AoNr8=\n\n— mamori.localhost/log/demo-city 79n8uYkZciN8drVZBX5k9m37WK0Hhk7AgSF0t75tx7ESk8Atz05Naw3EF3cJ6LjDEnJw48Oa6jMwwWb/+tJlQsh51ws=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrSok4Z7qCLbQuQ5nSk0myx86SqJC/p8rrLnw4Y4wzDxjv2ax8UdqYh0wAvP5KaezdjRuoMd5svgeMh53Ab/fln2KXED4khoe/UhVto3fI3NfVvKCzNLv6ZHT0PX0mHb3MuT45x7ssUgZsvb9xtY3YClG0vqRbeuyc97H/I+9wWL7DZc+QYPNBPp1z99dZS0K6Y+Jq+3OG8jN2SxnriHOMZ6PFgMlXlnZjc0POdDuryXrMF1Z19VZ/1RMYptvShoKUXhJAna7ZnoOD5YG70YCYQlkX2Bjrd9nU1bkco5B3mklp9Wtzs5lGlyAEGJGE5uVYlxKVT7O4R45HWnPRGSJCMESjabF6RQz/eIBm7PD6MyBf/bxbQui/1xXgguAhU28fmq2Bzp92B5vsApLNM3bWnFz6A4QELmuFaoHWnSj7cGo3cP3AzRqn7FD5OCw3a0omCzeS1FAfg/Gyu6WVDFxct8lrUwCnxtYwD5WlIwl+Oqh5YRL0O+DnKuId/Ioc2CC2I+6DxHq0NKO1l0hrn0mr1jzncaUP38hGPLIQ8P4PofDCY1Oui4ECpbvGBg18GPbhbfAOTY3dJ/3+O7/YaUQsrvsQ33zw5PS60eC32mNASc08vc2+WN1Pg3I4byfBsC82YkZHt4pB/IZ04MdBSLLPN5E2cjyVMe4HyABD/3E7kN+1Hh21tmJUS/2d4FDNgRWYeATnxZmw0RPp4Rena+Lz8QFGAD7jk/QUX5YpZwThOKdpCKfWG9x5Wy+lVWwj8dSE+h7XMIn2eRTw1HpJrxIPo91yr7te+Pq/ol9tw58JF36oV51ToYaHFlOZcBGKMeMsePh3uNmPUDOi6phJzcRavAWHbTfonvfXIxugbNXKzsxEtTwGs9oNtWRWchqDVgE/Q2uzMiqlr2hfDqdrs9dP3hf6ZDmV9j4HuaZmgUPZnz7iLfVJ95u+ke9GFG/Fwcl6wPxj7KknUhedpkHuIZW3f7eEGMO+xeyZXIggQ6d8ksdWJ6fVV+7oapOP8Xs52UCzLdAmlf/Jf34igoSRekCREyT/vXyyLMMf5ojpE++jxDVeylTL2bwSgFwssXBlZcu1lvnZDL62UBNpdRcdDM4es+n6FJiwIojTND+8DQZCu+20B/7wftgElteAt3Yl2FCx/Xu8dRDltzazDxHZba+HZwUyXc0wPWhFLrz5RDMHHAcNGuUPAks/F1nir7XFEVwyVgBX73q37S4Eg3YKiB65vpk8N2vOWq0rC+YSfqAq6TcGsXv/6r4m6LhWfX+NBwOXVlQLZDV3Kfpuy2K+loE6t5Xl2roljtF0vTQjjMZCsUwYMMqdlbfUnMmZx6luhB17W3fFH95eNTIQenfKjNp7mRBsmS+lhyJqR6yL62oiTTBuvYU8XxSw2FHkKHaRnhapZtsz/8feAOOXg0Cr6xT+OA8Q7t0BEVMOBZwC+KMSbVuUgd42UwvdzI0A/lyc6TdfSbYLqn9ZfQUhiD5W7SWeTTl7fmyRC6HEopOvuDCSRXrI4wIA6e8tngiZXD5CLI+qH8w7p8ouP/globIIGNYUp9O8M0YHEpQUjUv/gqdA6wvNCVLWxAoLQIEv02ris15YhvsOslvvURMxNJTDcD+1vhX3dlNtb8RodTLlISm+kEKv6dynDPoI1NF4V/vVFbh5NPX48SOU/mXnH4Q1CuL6tQqTUb8Qx+KUyfmEXqO7CweZG6H3FIP4LJWEhHIBV+JczJCqk7swRp0EB8VK24ghbnZHHfjZImBs0K5VmMfntcFm0ItAx8/GP1s3wJVSt8zLRAk+nC7ab4dH3Mkxrjm4OeP0Q2wBE7t+vnRppV7OB8DE1VM96/XHGH3E3z7fqTaB2D99dk3IzgcjNOWTQ9KhJqx4N8VepsDU1yYJUGLCCUvt8hT0hYTgXKlKW2Nlq/5q60lL3Y8NUSelbA/RdaQMizd0ujSsu3wXqJaOUQxgtwl3wuHryAjXmK8v3g/qit2D9F9xZMg8CpBbaW0wLyBwtAy5hGDraDvA6NHw0+l9bSuYdWfN4VNXkdFS83m/J1Zm4qT6JFp5xU3Uts+ah+26iCkiASjJyUhB6o3TwP/xLAo1R1BNDi5JLlmpiHlO8Co5ntcVrRwFnoO/IUv8v4A76JAwR85/Ym5NPGHSgLj+L+Q2L6VsdzvRclu30zzKIDLm0rcD8cwvglMkcmh+2PPkUZ0ibSSU6KmL6sfxXGH+q1No90DUJKZilTl6mXKsUPN2K2CxtU1ptiHk4v1bCitpwF1cCMnWXS1AI6eofNR7eXvyzvl/XkOANfAkI3GyqojtxLX+aeDHLerNU6CVkLT/GZFjuK3tWPuhprioeOKd7XoaM/S5uNGqxvlBdUEs5Z29HBWL5bm6yF2w2UFK8++miWdNz9CBmDMOm/xohdATm1eYF23JV5Eh38mnKoDk1by+7njbNwqGOQU6uT8Hclqw68MKb89QbWdbvZuG4aT+ooEXzU0EOT/E7JdvSHA2jBt2HmGaCj1Rl+1SFOys4lLiLhRrBGCM54/QUrr8WWWz6YWlPP0CxGyxKJtJATAJphdfElsCF8FRYVw7XONQmIMLVFeRRPuoWlwghXSfJFo7xZ0GE0tlseL7B3lIsjaScgNAElzZKUkEvngg9dPF1vd7H23qxDXitkr08vfWiKhGqq2wd3g0gzCAD4JIzksgTpeXbDCjsFDnT/o0xQCT2Ju8FAOb++6cUZnPH02Op6qpB1JkQBdjyXPECuvAthgmqbtVQ2T6fO1PXiX5VyroFG2t5dqytulSyhiQN+CF2G8cO1kX0XCahTR4p7+c2GWhErO7Hv8kFp81aj8G3vpCc53uzYV22WM7Fq9uDeI9fUjau2Oen9croRdGU0qVm+VMD+XxbDQGaaE9ZrjjwhbYpUKFIBvTp1SOCJIMKSw/pdbz52MFJhOpPNS/bM4LVWqCtlVyFUbrymBHPACKylt+Ok2/VYl7u9iU8YXyzrgP0LP7ymmliCkyHqH84p5b8/zgz9ATzLSLRhGDiTmJ/wZdj9GElPEZmomG8iQFw/lrGdWiIN2M+p+p7xBqhoEhz8T1fLs9l2L9jtOh+ARln0aVVweTZeyc957H/irRjfVTYnnlVS8KcMGhwdJzE1bYzW2O/x9gElM0JMVnKlptna5+4ABxIXJTAxRV9idHuFk9Te9io1PVhbYYyOnqq6u87j6O8AAAAAAAAAAAAAAAAAAAAAAAAAAA4bLDw=\n	1796650152686
demo-city	157	mamori.localhost/log/demo-city\n157\nB+NlEYzJRbloZcfYJww8k23s0NV1tiUI/rIdCPVercQ=\n\n— mamori.localhost/log/demo-city 79n8uQu4uwPIq3LzyUEHCq35gfk62ip3ezhjOeOAtkAM8snfuiCHQ18SK7eLFlDGwmC258KUY8vkQ8k7CgjNrStMTQE=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrSyzTwVyogKO+Wf6hTuVrBE8ixBFp45V/l+MYzbQ2rmPJjgXW6mSj2hXp1PSCDACsl29oxCu9Uh1jG6oGbq010cnTcusEWlD0t+DN/HwhMp2eGgaYQQ8DUArWGHBYg3f6wRSJe84jO9K7PVfYlYu0xzcxbpR7vEChgPzvctCtPqq9tyITi9dWJGLLS9CXrafLp3WJpWUaHmUR6y2xHr0/ki2kJm1BtjZT0cFT8tIHjcUq1Gj2eOVoJ/hhB5j6yq1EwNL+uvAa2Ei0yXA1LWfbItXnP0PwCDw0ck5LC1aW0bXIdho0FLidWzLV+TgAgw8zxsuI9tdZKQ00Uiyu2BYCt98m6q0Md0sXekTHSd/e16WJcKZPn5tEUUuaC0k0lyLU+Fwby+m7R74e36U0ZNWDHxHVrj4AduUvArL5pG5VBt3vaW6ECeD/qTnQOWUReipR3gGf2TLHdIsm2fMDQFPYlWXfuLqZGzAQ9zSVQPGQpwmgd3tE52xHo4zPggEw3Ifqw+WEiCsx6gEuXRR9HwbQzN4KwqEAJP/3IrOF0rnROKtXpa6DH3ApQrR2PvdAEJ+LtQ3Ppc5gHS9Q29bid3Ov4PXIh8AK7ZJFjTkc/FNyQB3LDPL80IATCeTB8ALnQD1Cm8TJyz9Cg2KF2O3pJZaKPEqmQW5aRm4uIp3yU8Y/BACIau+1LNbs6UQTKtTib+hmoHMuvUnrkAgn7+lFd/SAbrPDRw5pScbeLV2HsP6LoPz5BHcBZgijbS4zUgUdRE0Df795Fpg5tZ17M40uJoYCeIBXxdJ2UTvTkiTzw5uD2uBeqgtqA5bHByTwEtHuEdieb85srrnxQ6ybA7DiaVZo6zlrA4u9qm6du6Dljhw57LwuDgxYHMhT7M4tWffxsjjEjNqgTmo70zaQyptSXmrUjxYEdr8IVcPG03L2amCOvjY6rulwM/58Phm/dFo80ppt4Zxz9WRhO7MWA6yc9ojXYFoMnijqQdibGhQPHJ10OYI9HGZ+Rub0oytRg18dr/3tl33eZgo8J7149Dvkft8moN0D55scIKfpu4r+UUq0LzVUU+2LEg1s/2LA51aFIGHkcu4zvSqWFMtdp2cd+cI/HJe6nP3ru2kfbdP3D39J6TP79lRUedH1rxtlQQku52mNnQhx+AkT/f7nPUUOYq+yUUS+0tiYOV1Wp9I3fqOH30VkEQGNdA1M99hdhFNPCAPzeFnmLdA8BPzgv9c/h8Mg+GizEoTIbMLvLYOj0YmYtpLgcqJ5neib4oAosRG/Oglisw+IOXeZ2IslrZ4P/oLDFJLPJnWb/bNQDLnyAGnS77LUCvUA2ktssnxWuffIdvzdgMVgIRQSkGujUsVxpNkg0RESixq2OVN63El0hk2XI1hTuNMQcb2ooboRmKP3N4cdkeCVfe/u8TZMblJ94P/QvrgyuNpgXEjuw6rpoY1Fcnv7GgcjssKbpFa1tqFwqRj+6iv3O9qdCAiqmPpN4bE1/0q0QwuziZkz4xWdqAtT+/CeM1a3uOVxh42d4dHYkP6Wdou8rIE01GOvp2jzRnfQbflFJEZdCH8j5C7J7HKS+5B2HIH8hZf4hAkLGI5rmhztrInmiWYfZ+H4qs2zZ9TvzIHxd4s7GQ1OpsTqsc4Q/5Bx+AejEQZpNJ52oXQe2dWkVPYhJoQVxf8qnXqfGTrXXW89H9+L0ntlyYnDt0ZtEWNfuYGoKjKalajLOiYycaNsbvFqtbBkhT84xRrOtiJFuaF93Thh3A7a0gaFk6pDSH3/q2v2/rWw7fr3ZXQY/lnz7mot0R9+xlLpCHFXV6dtglxaLKPIusHPKwCrHF+E+SJO3Y3T92BDJ1hRahZeskRZX7YElbZ1eEYMiR58uK/H+5ZRzLTIALdNSR+iCt7PcZUfMg0Ixjt9sU0jP1he/SvsxecKAwpL/o7hjZCV/m0wGoqnpd4dzdaMz5IsF1U0My3WfRYPm1VvDnBS294gPCaXu7bMI49U38Xpp0Kg808xL1jMkV1+Wdl4+hHBsZJKNszwakdw7ECHTJSJ1pLwg6GMUAgTNuP1mf1aOk9ZRCAvda3U/yKAeXUWR/wnDS/r25I9W+/SVv8PyNKyVcM2B5nuiZ/eB2WQxO024+v0vaU+Mix+hKg4vHXm7sWBErcpyQ+7qrzaphaw1pb8qxoFUZPQ/gk4J21EYd8jDHwG0auqcVusdh5yShv1cXnaMviyKt8xV7A3a1mY3CB9an7pkAKSkBpooRNaZTm3fSF5Ig1Gp018Tg2PI0jxAKfPme1jn81r9kwO7ro3ff7SX4sx6DvOBB5OcmzZX6pgZVt16WfAasCizk5VZ/Z4vKQHmbq00nF05wacLVHURfm+Sil4Qap5I4mwGXfdY0FO/StNHjK8Yxz/aSiPGzKMOkIJKa99mBkHiIv0p/F5EEFm35njz8tiCM20QgCVAPdmXqaZqhsIlcCTKE05MMZCyph1QRw54XpCxxZSicktFxvF0LEPr7TbpYqKmrh+EM3oGdWpw2STH5IsNLgJKaq/eUaeYOX95E1CmFlXhGp6Vzxdbsdww2ncRQ+v4Cg/Q4b4rsfUV9wdafJRA1XC4BdFX1H4TtVXzYO6qshKPmSeFKSmeBKOHzG5iYyqPG7J+z4R1FTs1jdmyoY0bkqHLX/o3d1psKt1+cHw4pQEaz/ugMcBRzuoismZoAwslYMxlyj5GCXvKqvZ4IHiYSiRwYiSl0Zh+YFEAozCPA28qkb5rWxirOwVTExoFFR3kSVG1zJ/K/r4hZkFr69s52wjYq8F1wODO/xE+ZtvrdoHCDx/XUv635Y5zQp6l2yoIMNwoistRcJxkMU6rPkHv9H2FzgvE7tUxmFYf0aTlmR5Z5jHfQ3wjdUXMQpmMwDKwxjbIzUKD+7zyo8J2gIBxnb0cliGYMMve9fvzrvY7W4UFQBPcN3p33tY38/NTOB85YYeeDEnNlkjUlulVfGq8hUmyZ/P+Pc3aZ6y/RPe0yQooyCm+D7QdH/WsZZbiuA+wkOwo3/J5Sc227SXhgoBfUneH86VRanzqOuEEjO08v9p+Ays3T5n++bxqHML0/xx4Prq9r2xU61qyNEYr+huaaQ8HgWlfSuxOJ2YayZh0cICJTX2Ksr8Pa4eXzAgYYHioyRmuesLrAzOPr8/wSHCQ0PEBDVm5+jrO2ubvU6QscIEVMUWRoapaprK65u77DyNrm5/gAAAAAAAAAAAAAAA0eL0U=\n	1796650162300
demo-city	158	mamori.localhost/log/demo-city\n158\n/jELlIYoKB9IHVsiPCEDHU18LdSL3uBD2+G1taZj754=\n\n— mamori.localhost/log/demo-city 79n8uTfX1MIEgC9gZT0HogDwqCL3zDdhifjN+DhqCTcpx0VCjlKpFfj7chfZJbIIcbDyqkq9qz+zX00W8vsPcQoN3go=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrS/B0nnA24oLAHqtuhoAOfB2BYZPLkwYNhvc37aMVI3bvwZ8DwnYJmldnyUw7qAfmfswHO4xh/OmYJUm+7T7SRW7NPBCg5FWKVN4JNRy2xdYnRjy012ZyChuuLbE99uORw9AbcJxYIhPmkz78TIP8s7zAPughL5X5m0Tkpgbr1CPMeyNLc3PTfWIQD//jROEHUxotnVs8FL+l4BoCxIQieGESeKS/BxZk/PcIG8qQZuHCVwjyh1vvAQJcs7Gcy4JB625v6DrRecK/y2DZydJBtNOq7PL08c4BxMFNRGS0YUlmAb8dJc5BB7Fa6wCs1MyfNN+AMDvuvmOIqUeM3WbuDeDgQ5PbRun6pZEBql9aOU0e0qRX5SQv46Uzz+LaAlSBBDo19lvnEcNk1WpLCxN3tVGHyZ3VShxHHv3cxU43LhulDQcMsXVWc0mP151QOZYJfSbvyIqJYjNH1nmaLvfXODTSQqSv521fa08PH4xtF5whuA75og8KedriB/kvm5Uo2fCeOJMtrzGlmai2YER1TlDIcjKA0yBOvSHxvQyybG4w1QEU8k+v/RY02K3Ih/LNbqxhWc6DJbGyKj8XDaRA4r1gsS3ifhDQMY2OlCKZq2/S4MbqHdo+ZKVv7OmhLdhAHzr/z0FrGvRCTeUdBG4dZNMqkSZR+d3Hcq3IvT0sU/Yo2nX6LMqnMVs0FaZX+aclOAhnEtMXvTTgGjssdHWnfAIkA5QWFY/wDgp9gSQawS/ss5JNNaEc3O0ePdrF9n80GayDxKvAHVeHlkuRYQE+ZoDTYxqREUt8GreXt1GcjBi6htx0SGIqOrZ8sr6M66cYZzewsrBz6ycKJDQ134RvZxpa7wWSvXJ/lFJqvW3GkjbPv2Fpk13Bld2j8EJxRFnvD4t6Pi/f6VUbdCv7r6I76ORUHG7I0o6JsFdCK2YfkKnPEaaYhCdTe5EwQG1NYOrB2MrnfUfqs99CTLnZJIqd3e20FmHwqkKylrNYnzxfoO0KJGNSfDR6rM7iBVeNRbZuaqvVxTVj+m2wSu67JlWTn8seo3Jbeb0tkuZdUedYJHxaqLpnyVL2elxj6YmtySmCBgecgiz2bHuFA8++RXGmyP72LkjRQdpqHi7hasGNvg26MwBLIvLHbRn/aFMcFcoUUfRi9YkB1k93TuyJO4U8scUBhQeFC1bQeyr3/VE7cX6zE3RboBVjnfBGRPa5cYbT1RDjM0G27UXuHR8YWcz2rXtJ8Fh/Ujq+YnmxGCKj+PxoPhNbzK9hlEnKo8im03/GWfUKp6lNLihXyLRUvto273e3JWD5uT6hTYVi96tIeFsk7xlAhpfXYtrQXH8MPP9+ZYYFsk/Z8JfUwHRafRjtM/3dBamfVokTYUEcLFVBMfdcHawJ7QXcDz3au4emTOu2JgCaKNLyrxNDFZpX2qyP9vvKI/723/ZIzUYGrYp1tdSfbj51u6C1AaawhiOae/KT6jhZCYJ/p3J+HQ8PFy2N7ZGq3AhVH2JzqSnQuJbTvs0D3ukATc6Poipwd56xRHX8JqTr9w3G46cAFBN0nDaJG3Fk+i6Sb3ZvthjvvRenX09iJfFP20zPEehaRD2l0Z9iP4MZds9Cqcbcgw+7dx671uvNXi853pDSVzh1kQcKte3ciHtkouLuQ4A2Tv19bWdwaHR2jmwj3aNkDRtHvuoTY+zWni/Rx+e86MclJagLTItBDQ1fi9aqnTLX9cBY4IA+91JZpRXiIuo8UI/0S2220cMQf51HdNTJzSfG/xo8Fgd/zn5/n+biaVOwK2EIZOo8CqKP2TUBh7KrlkvtSP0iGaJEGovWxdxt9BP/nI0jgfptVIzaLFYUFppxGqbkp+ES7Q9dTHO52o8EuAuBSqBYFpUFawGSSoFTttnrBCbC8+IG9X8NLEfnomhty/76nulz6iqddqKpJCe/MSgu7O5Ep/bAN7b4sCLN9XxZBCDaY6uF4LatqUpbShKDZt0FOOvIRxlFrcsNyK8gdBE9o/p5or6cXFPD/dnRC3CcnKQhGsE8Zayth7Rkp053pfpCD1kD5sYtIx8MUPdyGcmAKFUle0f37rj8PrFVb3mzvm3Q5T9Cz+jLLu31IEH99TPkT9oug7OpHxN3EknRE95WJ6u0Vrj4VMfklG7byuYD1o1AXQVn4I34Pl25ogEZw+ohz3E4SwoWP2aXRDlkxAlD+C91AeAgAst6+/rz62t2ef6BLhdEJfJOOfABrzlocABNd8TmNP3XmS91wiOXlrxUnl+zTpBrn+tByCtGZWkqJthtg5Xk8EN9L10GQuul93QMAstd4NCwKYwSdggm7jzl1yJx1X3108JSJiXbZNd3f3muLuNO8jlLSuhg56gmul5GY+/NrdL72ljf6IOYku6eYmi/vEr6xD8+4cNvtKBtD6/Pz5JXgYQeVXJDhPNFy/LAn28cesGKvikc+jtKstYac9wjTryTj/y5mr3sXeD0dCaIonFaKCtvDaRL92WHNpSaAY9gRBFTcNsUnasks0RqSh79EVvsPg11gkZKav0QzKX5Bc3p4c/c3GosnS3kS0/mhUJNvU5YimRcEiJTGDi/yR/5xwdgKLz9y29ZzYs0jAl4jVLvGB8+7KD5gUJ8YCvtm2KAdG+HS9AvUIYGc42dRlTaAoKrZJJ9Zt9mYHJorgkhGE4PKg1XzADMIIjEYcxhHvXVjaiK617/l4yQhtZzmjjBrz2AOcuC0LofBTxJ0Am1V/A85cePRNDpSP3siOw4Z8QNGmH329LITjIACZhWRbTeKno7ID7e5jK94ytckyl6F7xAevQs3Ma+L7rSIHwq50oXOHaCfeDQ57HZ6T1+RdNU07FTozMr5/P5rtR85qVKidy4IA/GGICoMf7nQK/w98WxvV75dH6eDlum7MWPYzjXBqDJEVRCiqYVkjWnXJ6bysqLw2g2GTbH982fVFWVvgOeg/MbJukx0J3ups9kXUqwHD2jYFWcKrcrLldqLaf/XKwmeaxZZDLKioUvi6+fB513IAVPzrpWHLIEizTBQzabTKy4WeVHjkQb24IoGIH10pVM+2EBQvxSViL1yNX3lZ3f3d4aeHQ4nfXt/f7jLevBLS15kxRj3dEwYv/sdVnHfl0eoBCxEnNj5BSkuBobK0w83P6vX3+BQhMTQ5Tn1+iou6wdnpCCYuOkxSaougprrBxMnP3t8GEi0xUlpibW+UobW5utjh6/L1AAAAAAAAAAAAABQiM0Y=\n	1796650175389
demo-city	159	mamori.localhost/log/demo-city\n159\nioXE1RZCNTcBe343CaI1B/zVU9r1Rfn4dCFJPxmhkU0=\n\n— mamori.localhost/log/demo-city 79n8uQ14daGwZ47l/wH2FJxlzTyRHrs1hfE/xp0JF/JkQ66psD7LRjDB85khMNL/Suidl3EqM0GkY4Gh9GJq5nQ0MQI=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrTDwPu+w2VCjg/dbelfKRGQZknQFutNdufhj8qYb7NvWYldnJ5lz0ST57r5VnhB903tUPgCUFa/b995KoWiZJLEzTh7+ARcvjfv4ol6gudo6WKKHxNfWt50Njc3+9ZApB9XloZfLdW+zNZH0tvQ2ukEJrOWc7VWPvR15/buuHsYX7G5iGrtXsja2WVzwtOcT9XuI2ezH3FTMs9KzHPQY+hlVWEXkQOxBRXEujsV6fExQKInzfh1ZWFYwpU/O6P3nAtgq5Tt3bddDD5vPTcN43ePxaRzoC1FxvcHWZnU2b+Dc6LrQl7nZJKpYoGm3076fHmDj0kKw7WthfUNqD0cK1fCJp4oaxA06VJGhQcAXJNLJVidOSzJvL+Q6xY2yP1kUihd4hhMZeg2b1ClJYA6ELoVxrIKXoqhYGZoqpxMmJJOfXUVaLKemqi63sKYbrHT28u9q8yAyU62/nrAyiYcEkxBM2apOMFyqwgyFJ8QqpI3QsYnIXLkL0tB7Lf33cLqBWs9oectYMUeOa6rJJ2vu2EZQNNg43SUbVY9Z4kGURxzgphq004NEGGGQPLTylNQHzDhZuQDVUxiKh5qUW5I3mbudpP/1JwW2YuomrWjLPvlPe655FkrVEr0Zv+O8EQBVY9JAC8TtqCW8Xnp1TdG8hXl06AQ61wzQnuzp/jr6mBsSrToLmVWLTQOx6/cgHwOjEO//StvOp8wIvwMSMmoA3aHoPCw4fP/u4LgE3lQWNfo20DXRCJuMYKT5pjb7KE3CLYDdHoO7aCnuVs+aUFTVd3zbgmeQLdaJPGYLkdfSdASnccMCeyLubnUP25fEe+h4KQNS20JiiLHIVKr74QAugIBFq6Sm1D837BJIB63Z+BXoYiuyqJa7Kec0CdqCa0OFubNvyt5yohGeJIIfoEOKdNciAUv3GdDda/Ap5plTie4hTudMCxLQOSrp0RHmbZKjCgkSAHDDENUsiWReIprzdG/5zBmwc9KoEf0RIYY9W+m608Q1Wn+Ld1aRydGILdpCwDsxxIE55bCJEG70TQ3ntONluiYP2TLdBwT/vej8EaZ4ejqTtYV8RWkYEWhU12/WxxzSnyjYhab5blKztjZDYw/Mzt6yu9Syyw73VLfrE33nHfXGTzrjTDQEP21KV7NF6EXuuwsVzdSd/s/XQ8Xyb36LyEwK8kH23Wql2gOELSGNU/vhj4k5vb7LetdNEasBnhW1Pm5+A0mmhRO97eiOkyEyaMCsFiYd83ToUljMMQRag+nW/CMx92RWZDoQtYtD1GogfkOxtfpWB5Dx2I0LPh/pAG0pnozOyyXit8SotEkuwl7NDV3xFHHixQUTcnntILUet0wWIpDNsLhRtTy5xpfB2FlsmQn05Ywg/5jPDocho+wVOHpmGBtOsi81B+oxi4TN8d2BuNWRP4JUbB/UGhW8r7QdVouLDNUrQnTDmzDkkOF5XuSD2OWk4HEsckW1a+p+iKMl3bMRws7UMUu3KYHGDv3hYPTjaZvCNMUTjC6xqbq9R7oTPYPN8NCxCkJ5Px7jHoV4wI68ZKuErVKp2VLxVFXH0HJnGCqDAVZN2HpUfzpUVqbUFsNSKyzRCy29aTCKutSTmuisgAo4GsurnikK3sGpegRoBdFsEaSkDglq5WI8BGS3u28efv6fLAwX3XRYRfG/YMIeaXrWoZE+Pj52Ca92symL0EQ36ZaE/FHaUIJPsDYfRmfGkjeVrSV0xyF+vuI3ycB+bKOZ5v7kqTyxQ9zhrmr36hHBYzDHFN+M81zS09CTDfK7HTBTz1NWtykOSlt4wNusxLYhedeAnxze9sKQshfSZCxHAP9p62VZaBDqbi9zwqEpZS83//N1Nxol5aB1U70gDxxDT8519i7P/wAMm87WdUh0vY0xmf4mOg8h4M2B2T/qh+48XoxcRthINRUD0Z9Ov0iioAQuuJGRvZDhuzHM8Dv6YLFh0cq9IHuy19EC9qQzFgh+E+VVaPUKSFzyTGYypRvgFTW6RzVUSh7Wn0XPTblVa8vuCOqiDQsu+ECrjzWCvf7IVuB8s+fRGpDW3d7nGDEnIJUJrRRR1EI7Y6xip4d6AWugpwAs4XgMJXCSHsWGRSJ0fzFWvvdyrtokx3a7qdIHXuhjiwRcvvQrGAK1wJHzYIZIYoFnYGstS/x3+YI4Yzn0SfD+SF+/ZZkSkdQRGsd+WsNCkL0L/7A9QxjnCkEEsBLeaLm69EycPmoUV5aCk0Z0ZOV2mUsdGWPmFvBCB0UFsVgxuV6NshKm9LHs5ZEdmKCaUcVqeIdjzDoBGp0Jj2dxgkYmFCfU33lfrXcwXRhn5doN7XtLcvvKNSvBnYjTIc6wYv1ylulMl56vWsxLcm10RkbpwRz/7QawiK7iFpBnNqyp6kUb7fNhdaz8Gq78vGQdwqur6GbAqUYylr+WYkq/jtBmCKU5+saEySIELXNQca+JYoIbyTISTKDNsIdikThtN8NTQVdmCH0dJE/EKjC4VeLWxZP2FtiHU9rwk+y+4bQWh1uS8MBPmBShOBHHbfZfeY2JIA1IDJ61GG+Dv2jdamXgB6y12Gj4b6eOGlJu2T8coDIroB5i26bLcbP/mTw7p0iqF37dEZbLmBOjoe65TrkXoMn1U2Kl2rNjSBedHWhiOOCUVQliS7xb2U3X3hwsRqsBvAsi5WYeFX9H+Koro0H/b14wpDbkCkQMs5fdTajkBJtgtgmQdqr+qYpv3i6HkawZNu3ylroqIP4DGqysc79oQHcYGSCfGespCgv2DdejiAe0C+zdj5wQbqmGjVRvpQSDVCANhIXT7i5PHa03Erq5C7XyKzd/DptAtpDqQsO6P4Ojq3ls5Mz46ZOOeo9PkYtH7LlQDWQ29s9706CeWp/aBkPaRU0Q7k1V4FKAzLoOX45B2h5zt2klc2PGjmErrF0tyMB+iE0q9/b2jK5yRUV0ogzMk9RrIN82Zjnz9FkWdW9Uj6vJ+ugO1GxXajZO4FkdjgDa0qI8tkrU2lb4ykfLTWJkntZfi8TJzgMuYayXRBjAOobHldbJcxsdR8wHPCXXv3RYMj2iGxThPR7XnwG/aRJaPJZAYUV1E38swxeoH/6i4pIK4J1Ut7M3wgKgUj9o/QRGTQ7P0hTVYyVnrK11fghSEpTWGBldHeFiqO4ucbP3unsKUVGR1hpbICGjZGg0tj2GC83Q0xdaGluioyOuefoAAAAAAAAAAAAAAAAAAAAAA8iMUA=\n— ppc.example/witness c3IuOwAAAABrFrTEciKUEHG9aRPA+cSjU90UuWwZAvqOkvhobJFtXgaxYyngadLbuclipZlusscOhhVSh+CMkn0BuyVT6g4tazsdCA==\n— neighbour-city.example/witness UukDQAAAAABrFrTEX4wszqpKQxsZ94pwt2PT3dHiALeErQKu86dYdU5iqhB3j2plQoe52iA0bgwcKJtbCOioLPPXlP3Xim7ZVKkZBw==\n	1796650180163
demo-city	160	mamori.localhost/log/demo-city\n160\n7/e04EyMByIYPcjrMMRzwrjMqzArgHbxtkNbexb+PWU=\n\n— mamori.localhost/log/demo-city 79n8uTmjfUb0xlfT11Ax1a4zamIsdc4Dvldg9HNpX/XgaZTV7e3tcD8yBtt6QLkorW375/legRcPC0PlVNRf7Qu+JQQ=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrTHX/rQ8Cqctnn1Hw+ARCLboWPfGmI4F5cepZvGsdj46KQEA6VbYX8yEWNYs1Zm7AbKfCRAcAGkJoKcDBxfNvLS/6R9Pt6sJ2N5lS+VWtRe/XDXehEuOHDCKimtN57+l+evnU2ziAFJMuRbyXPTn2DV7NsUTkUNfmIaQfk7scSm3hKyIK1Rr+mxb1SWd9Y/o0qPk3DT0r9ahquWI1rtIHN3eYesZja7ETVDx8r/3CurVLDEV4YiLerCP6QNdoM4OzHcX1G8/ZJdVVGNteoCEzu8bF1L/jHd63WRsEUfljXk8djPj7gdYzw9LWV83QjEs8mQrQpz39dFxjQkiC12+RblMdGu9akOSYjs+PWknDdHI71o3yYNlTRQj02h3NfGRvmD1oqALXo99IfaKgDg/qw2dOFVE6IWwdLVaS9VixHgA5fRq917vJiyMwHN5D8zHl0hBB34MEZnhQyYib5wbjSJaLhQEylQDoi/AbE8PytChIFTmNtYUUFJO8Rp5wvYzDaBNSGiTIfILwzAHiw8oOqzy/23IPy2NWqQsg/fWKw01LiaVRIInzi3434dCr+FWEMx5R2CkYQ3DyRcqgFw0GPViMAPzjxevf7hWYm8+RawU0TH7iiP/wYV4h/8RGDtPrg6CMS9kJENNywesR53+PNwcMGTPO+8JcamLugdsxH6OQ2WUpbRpcoCuOyEqklYpREUlStKbPmZJgRwB6deS2zKtji7R2umIkK2rrdpDY2OoWDEt83J+/M34nEFwR7bw/Qvf/7oa0ion1HONyAv4sewB7NtKu+3HnkiatjMALo3TNFLUBJDjdgKBrVxfHs4jEjXbhgrtwmrQHjNN758BN4uGgWTJhfNJwcc22DAlN0Bg/OguPQaStXf3JDs6xqvNrdacUzPshBqaauFqehGBXFHaR1xpdXzvTBWqZ9+1p7MNfRAvcaU7+b3XX5zXxPptz9lbo2o4w9i7CrjahyDiRLuOJYqnLVszkH0owCgdcQQl58W0TxLGyW45rbXmk5eikaYVIyMlcWFcReuHTRjismksPgInAlluYPt6b8CNPJIi88iOSYtsn8DHztvXLnD/lMhDFdtAWyvSlvXGJaQYwgjHiV59n/ytaIwodRJ3LFmnC1JHhQfJRjf+p0fxRWNw/U02kLG7hipZrzenKCN6qbbAq1rJhOx1P23FlNvNL/GqAC6rtQYXem1xKEdG8qqIXzhfIp8JWNSkVEYECjnZfN7+5FbWi7t1FbHeW2pEKRQBLe2tBea+jnlRPPw9bJ062QmUdI3eK+mz1ygq5jWTxawBc7v9xgy9X4OvyAbPbatA54Tlgid2Ja6Z8IruMbC9wUHPE/iVWLrH/aZaf7NJsSlMdwnezBcVGcV71JF2kWauRMPUa9murr8KX8KV8MQTP1i/HuK+5nVOhmJFmrfWefnR8VzPsZfTj3Fa61TkGzmKoUWMVdtbAfhwfJCC0ypfBPMGsxV8rXaxHoN+c5INHnlc9K4kRXuwskcNxl6D+FQVEAsot2CZT096c0IcBjcRdzqdtO6TWSdmRUd2Qv413rEwTm3TS92xmpMiriTHcv5jeMMBvC1dfO+PY5om0P7PP7Y+UEpZAGBjSevyS3fM+GhZPGb1UX+xbEy3pDoz/oacfXK1DDb1UL+3hdi9ZDWwbaIy6Au0GnBLC9u11mn7sWPtDsK12PDZiR4NobEZhgXwo1w26obweWhXG3/rneF5hiuRGhYa8zJ3uDuNgytSTYshLFKX/IVO61Am+vFN+xlKzxuGSFCAGHVR1280aNjTzkFgjLE68FJNWRUaTlyiPzkTKSDnk5XoHRBjHC8VecRKWw0FmavdqVpnfld62buRrc+fURnNJ/2Mnd74dY4EdiGvCiazzZPb3Hw4GVsqCT5H+DWgm6lG42VMGsMQEEo4mTokNPB3DG/j5PANVteZEq3+pXduA2ValBgGAaekFz/z8ll/4pIzPFtv/jlAFMGMGMt2zYAyUe+aDIDa567MkwuxkagdZXEDaeU8iejuzro7DRpn796Td1Kwaa2v0+OKDRwucETHbx6zIj2Bsp6edTVXt+7D8hoOZ69PEiMmfj8uwn9VxP2bRS6FGNkdDzp/aN9oLcJGybsorkUhCoU2n4LNr5HbhFdSpsWzbdi0JtxIUMmt1rY4jaFiklK9p9k+BeN1N5Tj4SbtyqfOBp07L7mSV3c89Emt52qWrTtlvrW9fxUUogORTAbnJ2NzQBJDlPH+LxwVv+Du/GqjhKG/9BnbFvITPNZw6AYcb3ZTag9XstWkO6DLcleU+HwuDzcQneG/MLPZCU2d7xVAGGEaAh9ItuGkuAatGanHl7cq+sBoxRoPhrkIpEEU3Aubws+84SzXyMN7LgHB/JskC2qajyrgGydGCzSpqZdJTg/zzY2+dOWJew9hwXJgbtTm4+X/EcSBxAJnaPQQsN6o2zWfcs4+zpQR+OwXuTsRIDKUbNpHj+10yn9ZPGYgppRxH9LGdySVUhfmES6mSJQt0UHqlWDuQhcdn6x4mkqssGN0H+U/gZc9pRTaeaScjNsDPx2n/ebtMp6HMwiZOarhHYpVuH61KSy6ijdQPnX1rWt9Nd1YzTp28V4nCRYXKVCE/Qri+u9eil3taUQLh+l97FrZgVP9UXdoyhsE/Wz8hZxN0ijBd9H6OtT5fcAlhGRz6fINOGtj2GAgVcbXOk3jnDxU0rhXhYjtAorDVKfD8Ml9IK9T0iTVk/SSpvX9G/FR19kDlJD42Hk/fh6E5LGl4uACd2a0wztuhvCu8GviIxN9CHaFnO/Xk6DxB+j7uU+LLxjPjxSUyShNDR75/a+46JWnUvB5JB1IVsl1mpGCXhBV8iyK8AO3Qv0rC8D89i3BVQwOmDPchpBcoYWX8o6sQMcrn5v6teJ6262UoQAguV+69ZPpRN36G/TEoGp85yw0Txwhz7ahn/9FN0R+vre9IxgaSfrYn9TdfIFIGtrnxFhkXoxccpHVJooIidtKLnrBEVfZoWlW9lAZfbg2CePkfsCSFWDKZGyt8C5LSpgBHogU2j9JHPk1HcZ35Pq4fxTT1ekNlFXPjwy8OVz1Yk0oU+B7ACdXHW/4LPeT6t2tA3NaEGO0CQDBg8QFR48PT9VX3WXpcre6AQWSE9jbm9zdpKTlJ+nrrCzv8HCCgtvgIyztObwJTM/U1qOkqK9wc/bAAAAAAAAAAAAAAAAAAAAAAAAAAAAABElLjo=\n— ppc.example/witness c3IuOwAAAABrFrTHy7AxCHXqAgKudTW1ucS7GTn1PeZ/+BsOI7WGd8yzO6lyaL65WU5NhueqSL6/TP6kM6xyjCtkrcTJhixmxTsKDA==\n— neighbour-city.example/witness UukDQAAAAABrFrTHMhxYT/F16Gqt0DVaqAqJybOO7VD9NRjpptoO7cE99pGrrdH2//l1q9Twq/FxaoJoCSZHje6ZppYFOxJopXVpAQ==\n	1796650183783
demo-city	161	mamori.localhost/log/demo-city\n161\n6uB14Kqhd7wliDT9x0ApbfiVXGwKCmQ4mb6nXdG0rS8=\n\n— mamori.localhost/log/demo-city 79n8uQqzko0gOwbtIZ8tD/jwiY5CmEpBv0ZiM4CFSMUP3FvQTzUEy48JF0ZDZoGKKZ61tAcu2lsTWSgeTZIGqrq0hgg=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrTJqopnlkXm+djOWdKaG6l47vv9F7Lb0FrxI8DT0fk7oxbqAS835dAhZfftdWLSOPYAHk9zr26Bf1tORUyVC+3OIBLYGZ55OVk1n4wqxm1Nb0plRh9xYHQXF7gSe5KxtUa4T5QMwrPXEmj/xj2QO3LP6ermKV8wYupLBFUHK01+7rI6wHrED8dBQwN+vtAWCK9t8bmaCTCaxfwk8GbEFiECIR7fIjxCcjazfYuwb9rkTXFEm+vZ3il/kxG92pV59KGkV6Kaq53WplIBqxt+C8QqiRrLf8oKKO4WRddkhbS1gvCQERD6nCMI9rZpOgyjq2FG5YtC2nVnyvGb3VPXJeF7BkLyaRf70e/JoS8OzA6HRBjLkTWkbOcTJWpJstAwLBs97xh+IQQ66kXaiIY86x4t3PMZvbALEsaK00Oxp90ZMxDAu2HOruDGddINrA1LR1DlOsfe3JWosPIL4iTBbLaOgD6A1APgh/CDcmOe3B2TtfR0wq/KeWD2AKXN3gfBFZQguFsxu7S645jLmz/fiN5Wa/5AUF4bQHY0RmALOpHMQxCcIkeQAUO9bn2DS9lX2jG5r1zmBhBX1Sf/WQ+++yYSPVgF/mITaGZ072ZmYwHKj4Nm/y4TcIlNNfnsjQ/AuhH6ucLJHRgvf3tdeJKJtUSCWiUdoKdhuZ4xNoL9ESAd8Xf424p1c1ntP9m+p9FZW0QE7OUBcSkxgz5vv2kSQFrer9TT18m61HJ4YxQquhHPP22q5D8iJ0hHVOLKFz0kVQpMMTQbSUWwDt0lMI71BLVJCGVMyF00B9W+O63MCfsfHtpKlMEinmqCYNNf8kM0sJX6jGoSE75UB7TLyInNC7eyOP4pi3HHXEjsMws98NaaQl9W1Zi5hvI5rGE+zCXvsV3KBc8vjwMB94tvxaHtHsG0lEtrzd4OCDE+bQwZczI0vtJSJ3SU3VizZ7wwOqRA7kfUqp1LM5BHCq8s/kOnZHVGlNOKT2st8o3CmZXKxKKAmUsrd0GRx89PvDUkFdP7Vbn/ApN+VA3NhRzK42AEqILlM3FTRHsKOnuh2GukYe6+5btHvhGZRE+T/1sSCOrPx89DsKZiv5dVcfmkv4Yr4iyH6SCf0XXPWb4blZ2ptWDgavbkNNI1yE72rlv3ZMqsi1m7KoErAn578R/X3cBGMGJdtSu+yE2qILytzdsSpuHY6GoQndKY/RKY/WTPx7khz/Jq8pZ8pa5evtLxYpb3YOBRT472IU3QgD/c6kMsmCXvBNJb0Q7x4M1DuhOXgcm7bsbR93Kfm1h+sLnbdkuzHswh1u111TdBh0eMrou/g/+B1/AEO+DgoioEuKdlfu0yv3ib1FU1oDfNUFybT4PeUu96FAk3rUxrV4UQCB/JUr3LLAIiOUL+1Wq/u/yytwWk1OJrfaJKjUQJrJvpT6s4lvWfQPf6weThrZNn7069B6+2kOxRrmq0znmbW2hm+rgQ/0x14yzmkSRqiUilOgj7YY0x63gnougYS94tLsgQuIpnpFpnwQubNld85Xr1Az0MlNEBSW+a4scYmQ/qaA2bnLevqpGfR6429E6Mzz3yE48NvkPA04/d+EeTaS2zHewKOCK/GWeErLt6w0NM9Ny5yYrjV8WzHwDYPJiunKZKHN14d2PS9rqXByK9FxjyQ4RepOgK50tpNfPyC2RPyCKZnRW9TQEML6CJ+LejJvTo4ZlbDRuGQdtookfTGy+viVO09jCQlVt44S8vZR3AoR7f5G4x//GzdcEogQANx1MexXeOaSuJC1mGl6EzW/SQD5aQnqlLzygOOUeXAezCxaJnc4fBkOFG6hyX6m5U0UU5rSRlmHlnK04iQZ9t6yURd6ToLTDbZEYndIYhaMmUWZQ/CubOWV4ScpJFH9FWcZ56MrQOw2B1bgthMrNagHV96ABVYWIukoBB8tbmtX6GinsVS/W4jba9duQbeA/nWu8JXxI6SQska2uudYRqnx1GYO7Stpv7JjTiy1b1pA0rGQlCDRMstVKafg0/F+9fhsn3Uunmnz0PY7/ZIqSkbBYtYt3H/MDBmaNfZdhwWjLeZVS8PAsVF7CUj+neLlmD+tYmcY9+ByLSGmKhdfNrZDUO3U9UAtlNIcRPCl4V0+d+sgkxDn+MN/EqBdfsQk+kncNybQdeF9gv5BMVOeawM/MCnOiKf4bigucNMyd8+AfmQ9lzVcor9IQNcWz1G2avMnQYJ1LHCiREIBB/Zlk2Ib6SQ2jD9bpL4PYvkUgOpd541aMcdu59bopQ7UKIptlRC5oFDhgtvuuLBAneqLYncSbvW58iBfpkueAVmKm11j5s4Nhys1Z8sarTe5OcaJoNg9QXJkfxx5mxfTU4/YXzLOA4kKr0OcCH8gjngclQKPfgJ6QFYEf3uC3Xo0JNWqKoPqoHGRSMxxP0gTJo6ilUn7zBDum9uvchhXuqJmq33mRE8PQWfi/FtMoKqwadr/Keh792KNeC4+7NAVRlTb2kUQuONSBjKZzoqHPy1Ipo/cYyMiUPmcY/5Tre7ZfMJwPL895AT5FwZq/qNg8t/E/EvHzjzbF8XTc1kr3CA1CzD5RPJgOMcv8mxcrPcE8MNnZb8cYyFpjz83dtD0f1zJ/mQzSXAS2/BtzhDbmq4dp1MI8FTV3HMcXmN3hgd8wlnRliQ+60x055kl5uXowm0yEAfs7B+EIfMMPyyBjZ1ssfzG6F75gR6/hUsvHNLsXiaaQx4EUwUOZIFGE5eBB/M6LUhPD9pqxzeQaOL3dyO2hG78gbLofOZNEMYOcsbYjyqPTv9qGsXHClTGD6lpj0681wYy3+WcBrn27yj88ebzs1nMwdJhksV1u3lD9jH3Ltgpz0gNudJSkRTlk3FjUj4fTP7hmPEyvOBZ9YJlHzY6tUBxTy4QN61C33ixEUolHKFb+TQkk8ONFVL6KysBwFb9eaZqEQJPNuDYYzw44+Gb9D0PF6noawQihmlKsdyx6LVqNj17F7cd+hdArqywgdpXNVGLPEZkGySEB9P22s354lWNlDaAXS5H2GOuD1LnTZa19hgtURZvm4S8dYPQmWfWSjD4M2Y+DRTqi6LPoMgGpnXglVYAZ90+9VUQmDSFtLr9qOW4ZULbdUW0kCExclJi8/R02Ur7C+w9PV2+0JFCMwRUxjbHaN0fY4Ul6Fqc/g5hYYJikvXmBrg4qap/sAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIeJjM=\n— ppc.example/witness c3IuOwAAAABrFrTJFHUmBSrpaMegl/CmhX49T29yL02z7HqusSxDieGJpAkkcZct0uj50o/EX99X6rev69WyakUh47iNt4RtdtVeBg==\n— neighbour-city.example/witness UukDQAAAAABrFrTJ39C4UAjZsSHPgkZScdVIZMfeSCZKcSrttKocbkhNL69fjVnzWagBgwb/NOiIKTayBishcUGDzHSMH9xMG1C6Cg==\n	1796650185683
demo-city	162	mamori.localhost/log/demo-city\n162\nqbVMia4W/oApWOEjWEtASu1KjiREXcXNMNQKGxPW3VU=\n\n— mamori.localhost/log/demo-city 79n8uWBK3kt9VaKSTayj8XDnKYlWBUv1Z+yiUN/CwwiQhB8fgNu5+Cx3auEF4PVtIieWbSmVMVqJLEtcdbHhEdzXUAk=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrTLMVOlyzZ1+5tUXzjrawWbj46quIKDU2S+PJy1eqBtV2tbzFvLlX6a2qvcsJHVqTUfBZhtS0lvFOTcmgrjkWOlN5rY94sYVmn3EKiq8riC/IWu9YDiYwFOWyVS+umPdYvumKj7UyJUeJamoh6r/GLccRuVmofCemt2HIWVOAJ222efjEQo9FXGADB8KpNzH3HpV5KIW8RbuCwyiz7K7y/VbFPtY9lJTMLGNkD6uHaaB/xXjJjQib45RcjMIpTdmTzfhiL7Bbmlz6qWbw4omFfB6r0c0csCRz7TY1o6y0y5Jn+OZwiEPunuFuQ3pw9Ngt+ioTduednJtx8bScnAn2wJWZdHmoxuuTP848fB3B+DUx78FB7VzVCT76GM8cqNaoXzj4j70MQd3LAa2nDsYcJTWbPXqdndjlZrQX7a3dhQOfHnGB1qMb9JFePo5zTySBJDznGugzPQunaT9glQrqZvPqXHru96beXrX8nAM3I7nTUDYCiO7epSx5IXK73GPlDr07FTaF/ls0hJhdz5ahe58uoyaML0VxSYGH+0VHdGKHk/WB/hJe0keCPnDlDxcWzmRto+zX2uwWCW56nSB318GpTsNBo9J5jGXdXncca2fKO4Ad47szSn+VXwxjCGX3zoNpCjodfVjeD/Xg5ni6WaDenVJ8ObKhvLa8JE6I6DzPYFbwWPD3nf9qipCpwDwcLin7o2YVPpacKhw61Xr60/upG6SF4a1K7oDsVwF28u86BVR0x0cdpCKOQ941UreThp2yd3pcqx/4VEf49v+Ybt1/ZgyQwP/Wq3UpFKC9acz2UwmksOWpsAH6QGEoVrUV++IbY1Cavs+CVSNZvux5swhcU4JpeWIdqdKQrBhmaj7GA03zMoLlNke74GvXjnhN8g6xVrt770v81DGtLQitXsdWSxXB+GXg2Dhn/Oz814BCBC3sOwxfv+u5h+WZsy6TjU86B8ZmWNuU7hie+gVCGsd8GRUiGCMLOaCWcfT7R/e/GFekFC6aw3oGcQULXOT7GacG56AM3Sn2t8o1Q5O6wFiTb8ELUiQE4uo/QypSxvVgvRdq/05tNzWUxGXkrIl782m3v41CdSxH3umPyRPCcVA9M3mWuRxeBlVN628xa92tpAv6kd2kqYXvR7KMjg5513JTwy3KfFY1A9ZyVzasJuThf/4HCIMEmJOJQ+K+W9g7t1SM5tMiqVZ9qyNbGcK+bHnDdIO8UIxHXeGHyGGA/Try4dEsFJCKZea6ActKIs8LnuKfCXFUTLXD8KPKONkN+2VuEOF7eNKw2LZVvfgGmJxjzguIuT4u/NJhPm6dYsG/HY+LqunI3gx5LuyZjp+Mtk3Mxxq3/t9vpUd6XSeEhSswgFqx76dvJtE4LldXC1Xg9nXOTlCKP3FOHWsxsFtDL+SioBWCxEdPG0Gx1lQ46KMawo+puhUXZ/jSZjE9/eFvipE+XkP9j7syDp9V8niq8OlC/lSS63i9oxL8dz3FedXZJAwZVyF3ueuw+1LDyxamrH8pT91bWwyoj/KIairptTmheLZXIDQOh82ATEWC/VrXcVyr3qqXuvwCoCJo2JsGqiEDTqebvk4KWcfBeEW/ckRUCSstNs3NHzraWr4K+zQDOr7Dm+y3iu6EpBcU2FGcwpKrVHmP3kN02VIiLOv5TdMw7JzetlDG5FQqm6KYKBOCEHlOZ7ZT9jPTnsVbhFJJj/H7Nb6WgW3Qk017SYzchi7KLQ0PmxTjl+JqvCozhP5dyH6wvPuioTPxC+Y+5odzdI4QOFdGDsRze0DXwKktpjnL4v58cYxC54O2w79e10A/0HPB4doENmHdXOaSwfgAhZUOdqUia2Mtpt5jfpY1pIT6Q8dydLmD8QVNRhLAGXhxHH7a7PsWnGfKTSRu/SHzJfCDu1zUnSomkfc9aTO8fRgCd4wL3W8YQ0055HOkHNh+YN2CqDxe2/tN7tKoG4qSqMl/Y9M09Ei2KBz0SmHUnumULzBElBnoWiYTDwwOA8yqRhDgJWmIml8IwzV2OOJ9oINdVYiEw+OLUKW/79Dq/bcU5tJBWYBrxHA+Na1Ktic0Ip0emVfTaYFlNeROUEXC/Y63VZbP8eyQK1TjfwRr2AaPQwOSDjY6pr7LNQIz7o98rTg1R+8nk+K6rSj0gx/dT1fC4mb2qH1i1rBAk2EXoLtNo72WO3J/aed1WJGir43p9u8aPWigsYHjeE7bMDrviHid0P6MIZMqoFNnCvY0WGp7QkyL4WYw1Pb80zHP/bDVAWe0TZCZt4wb6n7eSlRTqB0qRxcJt8AD9tKSwvbbJF2lhlcywYM01OVGNkbqTYBYa3L3m3Bi0N2Xk/fNe8p4rJLd8NxwWRQ9yLuoy/VbUUAANb8aMvXgyl8+unZKxTTFhRY2+Rtsqoy9E3kwEmsZOY6W1KVtcPa6tzAZNaIIdVpXCyW2RIwKMClUDXGQjNHT+EPrrlLCCIeI6OeSovEm59mN07PUVfIat30Gq+DHxLszLpG4XxRbavRkxgYjXE1Fgtl3EigVKfWqbzD9mD/ohh/hWaCWPBSKwim4Q6jQF5Lwr6hV21ozbe7dixwjY2nMq+N0EDOtlcKPoN0GiGr3a1hBqyXVa2vJFkLJ4oc0EUPIrBHuURYu7cbT8UWW0Lgc5xv3A7fHBrVmu1gORi/zDau75RMxACj5XQOZhtf/jLQ86DHaLHA/25/bbrGa/26V7L2J7e8uJpJRFaGq8nCCEk2mc3RQUBcqGf7b5w280DH3Dy4ndadCFE+ESG0AAxf7ZKz5UMyyMkCzRNtanNooVUyiS7yjj6kiCO+K37hby2MERybd6dgystNrtJ/pX6GOd6cXW4mKNWt+Z/YImvje3+NqR43UqNVkiGH82IouK9m42xSwFQAMzsa2miMHTEc0s2N/pBPFUOV/4YmWRlS+g1jHLxyikE8tasHH85JNr9r5GkRWcceWv30pfJM/6hTRvDRK9Y9GHw8jB6oaIDeQ8CkRFBmXCecCx2N8FrB5J6jXKotrClwD9nh9pk3I04d+4FfmuEOSgQsb1ZzZhkNONCcwGBtgaCDxFr8W3A6otYLXZPtE61T90GPtGvv08cHrq+1FSF2ZxcayzYBpuqrowRSUtrfY+bnqChsr3C/gcZHS4zNj9CaHF2iquyvuX/LoySlJ+irK+9w9DS7vECBghBVWxtipSex9Xc3uDv9PgAAAAAAAAAAAAAAAAAAAAAAA4fLT8=\n— ppc.example/witness c3IuOwAAAABrFrTLQQ4OY/Tkdr05GJUrX2JWc3HKzMtIr9mW5FXvuO9vx4P+o1cM+eSpGfb+cjK2MsELoS6Msr4SEHDQKe5M37uYAg==\n— neighbour-city.example/witness UukDQAAAAABrFrTLXnY8oouiVqK6zQo962SNCdIvvZLiXLkBOG4ISBWJye58C4+tIZw8VcX6lokC3R+eNTB05m3ZLBLgtYK89rPrBg==\n	1796650187147
demo-city	163	mamori.localhost/log/demo-city\n163\n03bB1gfjFTlAhryPtDYpkNYhoygQCRhxydMi3Ywie0k=\n\n— mamori.localhost/log/demo-city 79n8uUstCDQktAPpevGVOXgPBlDye3r0egOqCsLeV67dAZS5LVY6Jz+UA00veeOfjFpz1KFgZLSk1uq99XdzjKfwLQc=\n— mamori.localhost/log/demo-city 5X4ASAAAAABrFrTM9Deo5Z0PGRoEoZ8ghTs8kOSG2ilEYCvQ7BxOQCtCFEXEQKl2M3lh5FN0oyucAxxJR6SJFwX2zKG3lXUgjbAQvJf0J65epMIXEhPB7LxxIk+VZPrbX7Mv4BN5SLxcPDj8LJbgwFyQ1rsBAS2U7K7eCgcyaQpOoc5t68MzIGjXpSmScnNU/ylRoTFlXrOO4/9AAv5svbRuwga2bt+B+igM4SJWBXqSgVnCvyESuS4ALPWw6kGWRSn7LbUCv+tR1QzmtArdyadIL6e42/BWhgiHQNqs6LlFc3y4fP5odhX5Hul+eTNY1qowDOtztQM8uQ1koNeRJJE0r5XU0VbPHn1rnOGG5ubOz08l/ZIN5ycl5wLdTIz7cCId6JPYXfukOmp4gVlFcX3Z089uyXQ+q+hYGQQWKCFmMsLRL9sAxEGNe7RgtsF2LpVJM+Gz1GRJw2w/mqsmDVgP/jQPX7nA6uKwgYNijVSHpjJquFbS4tLjA9+YWEyMKDANjY6dcFxIDwiacsagQdT82QZAfcVj+j2vV6CnCvDohuVWQqpWNiXe9rxD96dBcU80H1qoeVnWmBBjx/lf6evcBa7xlJkfnjM/axcgS0QhZ10wY746Xf8sAC28rJE/Px/pbmLdb+NcBxYRFIz/1WEYcxA+cxwHtzHLZrDb6AY/4bh7pgrs1p3ziWl08e+Ri4xSu5ftwWA7Ow86UZEClC7yAvpbP4z5v2IOKckL/OABDms9NxwAMfV2sf1FaA6xoSNd6JDOp0mzc2Nolx4STuB0deJa413bA8Wd88vKfAAOafIQX2tqtyU3Hjjt2/HG5fy9gXuHjNi48Csve0XHJntqAHKrhS7/CWbcCvL5U2TCTbpCbKY8fy3g98L1rxiA2EfCrfTMTt9UQoi37SqFx4KhD/hH3JA25rGmWRPzAUH+1Y5KubLEZazUxEf2Cs+BhCNwPO+t3Us5Shxoktnb4MPPDkhnT5O1bcU6PHw6sVYmQhnIfjzMZMwFL1OKa/HNZrL02nPL9spyVvhsAaIgqueNNQwClGHZlzDcKHJv65MInFQbJebWPUf39RNqb/2CuzAh2q3ATcksFNI/HEZYqB+K5uvhtaxLLBYvzNAD9m88ndgEgkEdLsAeCihf4iLR+ipVNlP96B4aKaq1EbP+02lU6v3mc5L6Nd4BUakLRICW8JW2EEX75bKjx2c/tSo6QSQyrS1hxiVn7+o2qFqoqByZMETrSP/XJbeeSIj0nF/2C5uedzCL8VxSdBZ5Ncx6Dm2c3R8BqPs5YV6AFpJyNMgrLdrkeXEkkOZgK/DETLeKx0wzSRdL5+bcpGJ3rTIzMrhyuTfeqNdRlqmQDugJ7Xr2m1Veb/nHCUrMTqshrvT2TQK7PYGPQbm65e/b3sV8gyNbZc5CrLHZGxAlgzRgeOG2KId03VYeovRhQKNAqXzrgt1xhPGjAaJvfjXlUPuYTlDFK0F8e8AlQhQXhchu8S5Mt8EQ0H0Td2VBlzqmBO0WgwtkZt5KwHrDf9tHsOajULG54I2uGB03zgH7xbgIf9HkYRCZdiwttQKz1McBMopjzLfeLKl0jb1B1ihgj8E3V94mk3EgKGtVck+7j1VW0FM/QlusfkJp6dKPoK7TK/AyY+GjY7hrEJlOt2/DCHfNLOhyZOjTMJmI6YRmmVfcP2trYmS7CKuXA3RV48YcIODJzj+n46IrSvIdqCikKe52yKYSr9g4pdPJ/MlGaFljqdOoBLAEGE623+m7TYb/FudBEHw9Eqawxj7rQOZjJsv9C4HvC7+xvPWUSYisti7bzQjuNhatCJkMP58dYCr3hytAMSWuSrbFU9ZCFDcYDTmxSmjrd4GYkfZLKh+bGzPoS12wCryU4fg4H2uchABDjqzApQgFO50vZ2aRowUNYvOgFTUxVZRwR95am3tNx6gy+VWURlOUjFnoOe8qcIxdQ+VhyrakVxc5UAlI6MtVsTHvoPdMSbYDutiwjaNBp6oz8I4vYoLSlFU+fFN/Z1WYNxx55iQvzNTxI4Nv0GlGBO6zadwsN6Gathxi+1gMSA5kqd300D5GWb6aKEa2J45y8t7gcFZl9UTEZICmaYsUeQndtskH95S3jhgyThhr6Ue4dEcDnlpJCfSc+PIrDZDAThWmU9Q4kKporrbmtl/RBt+9K4dW53gC/XwCL2WDl/0n0jwvHunBbTNu9/jfNGC+NtmdeR4FD3hrRn2ybk2nkFqr6KEMDTYulbJW3d7QMHdSjwlG3vgOR+U4iM5LTFFfBFqGSDkiObH/B4oaZRevDhTpGrRN0JwnXDUe6Vj8aGI04d/9vzZRAkSHYrdih+O9j7Qq/tf8VXgAMw//IQawklgo9aj2UUgBADktK4VV5lAE1W4+LTv8ELVVzmsLBk4/gFcl8n3SbeKn/3TUlenZicqSPQxOE0ZRcSZmCCwjzLHjkNg2Ngd7GrgqRMgDZ9lEzIjqSdvRYPZzVJp6130vQEo3ykQSGIsmEsuypP7VGhMJMaysOAJsYoqyO6B8gQVp2LKX8vTOuUnHaeXOVpv73HqSUcRcIjcx51J9q+uyX+huppr2w7hDSCTSseJVe4pBHl4ryilVzSIi8D7/qybtyhYahskosoWrSXqWzStwRcSnIpU9REKpSR/lWoG1jFvMiKlVltRD4K3kTjivSQVLgSWCRIM+XGQNhwiy0jSo7x3RY05dei+fiL0b3j+MIEXKGjkSIh02HgfJEK2ob8EKU/jcIcAWUuXKz0W4jV64xt/9hZ6AnH/0O7j+DfnNBLAZvQlKfrtFYlkcuTBqCd6B7HB5wBDdlMK6sc1DT9Cac/4ITXZ2xOi/A0fcooVhv5t2Hp3ktmIUjCOYID95afPvYqARHOngGyPDFhDlrtCQ0AxndTJ9fVvGCT39avF1ksa2Y+lesb5dqls/XLQyLHfXzsOxJvUyd2oj9VgXVR9itRFCTEiw8YOL0HxaHOD78LWRP602Ht7GUSyp0uJxpi6r0yn9vKyFextWneoRuObnbGUftVO7Vs1hv9np1O39n7+hNlQnnYRljnIwSJRiSDaMPRIApil8cz4Zc2HGkUvCQds9JgLdWpTJULZLeQYB44JhYIZsey0cGUBttyBDLtkLJkBSanWHiouZwM3xAQkvNERbbXqnrtne+P8BBgpJUlxqeomUpKfX2Nnf8PkIDQ8SFBwdHiBgdHqDnszT4uT0AAAAAAAAAAAAAAAAAAAAAA0bLUA=\n— ppc.example/witness c3IuOwAAAABrFrTM1trkcR2xDALG1fF+c5TlPK3zPoHprak9pz2s8sh/8zZ56mjckYcgT5HVIoGpaVJ4ClRhW67SSt4UxFi1M9x7Ag==\n— neighbour-city.example/witness UukDQAAAAABrFrTMj7QRV7l8FJcynLzUZXIWlNV2+9NCZM3Pbnw9LW34XTUSXEdjPnPlEqtivJn/7kD+n7lO3vvzcyJLaD4qlEWQAA==\n	1796650188960
\.


--
-- Data for Name: log_person; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.log_person (tenant_id, generation, person_token, seq) FROM stdin;
demo-city	0	NDYS-QRFG-5H3Z-2AK8	4
demo-city	0	WM39-ZWX4-6SZ9-S25Y	5
demo-city	0	ZFKH-E0EF-NDMC-WVR1	6
demo-city	0	SPWF-MZ0P-J02V-Q4D0	7
demo-city	0	1J49-VHHR-QPT9-HT0R	8
demo-city	0	1DPB-F714-EX48-ZZZ8	9
demo-city	0	G88S-XPCJ-38AP-HHTJ	10
demo-city	0	C7B7-RSRN-5KCM-44D5	11
demo-city	0	RP3E-CRJT-55Z3-NDEH	12
demo-city	0	1Y52-XDGG-V3QC-PVMN	13
demo-city	0	RAPJ-PDKY-RK96-9PJY	14
demo-city	0	GXBQ-HTM9-K8VZ-T3RR	15
demo-city	0	AQ89-MQBD-R21V-TP3R	16
demo-city	0	22ER-G2MR-DRNA-R6MV	17
demo-city	0	HJEG-GXZZ-Q4J6-AJF1	18
demo-city	0	10QT-SPG4-T82X-QPQN	19
demo-city	0	C57B-FXDC-7HHZ-MV5T	20
demo-city	0	4MJK-YS85-KZF7-B87A	21
demo-city	0	2DKG-F2MV-34NK-FCTD	22
demo-city	0	QA79-Q3S9-BJG0-DVZ5	23
demo-city	0	28K1-Y0Z4-AN3M-T2GH	24
demo-city	0	T8D6-FK0J-QK00-QTP8	25
demo-city	0	VE93-H3SB-H1HF-GBGZ	26
demo-city	0	0HGQ-CA9M-F9J0-YFFS	27
demo-city	0	42VD-RE4S-4CDZ-05Z1	28
demo-city	0	NZ7F-X076-0CH8-4M6B	29
demo-city	0	B7BD-YCK3-PHGN-PAMS	30
demo-city	0	BZHT-S6RW-8A65-AYGA	31
demo-city	0	4NXP-KMXB-4JKR-KEX8	32
demo-city	0	9QM5-PE5T-ZGT9-0ABX	33
demo-city	0	FZAK-SXC4-PVZ6-KQNT	34
demo-city	0	FYG7-DF0Y-46VT-EVTA	35
demo-city	0	PAJ8-G37F-CFK2-5ZCA	36
demo-city	0	JMTB-WMG3-0AEY-KMT2	37
demo-city	0	D4MP-G275-V5HK-73K3	38
demo-city	0	F6M5-ZP9Q-J421-12E2	39
demo-city	0	ZVCK-W1SG-1548-XAQK	40
demo-city	0	RWBV-K3MA-FZCD-5F7W	41
demo-city	0	DCZB-CDXX-MT49-YYPQ	42
demo-city	0	8X9F-WXJH-0FWF-XSHR	43
demo-city	0	R0CA-X0HM-EV5Y-P0Q0	44
demo-city	0	249A-WDGJ-6R3B-Q9GN	45
demo-city	0	TCBR-GQHJ-4X3X-M31E	46
demo-city	0	6D1T-HDY7-DNX3-6TY7	47
demo-city	0	PG9J-C2CR-H9N0-XMFH	48
demo-city	0	99XV-MDB0-CVBM-KBTZ	49
demo-city	0	HFTK-XSPZ-1EAQ-RY0W	50
demo-city	0	6W8R-SJCR-VA2Y-W2FZ	51
demo-city	0	X933-YMEN-7S54-H93A	52
demo-city	0	NGFT-XFJA-4AQ0-4GFX	53
demo-city	0	9JAE-CP0G-CYTD-N7WS	54
demo-city	0	2T0M-TER6-25BJ-1ZX7	55
demo-city	0	0418-NH9M-8S26-ZQAK	56
demo-city	0	13WW-Z6NW-SPYE-YSM7	57
demo-city	0	M6VC-R9RQ-354E-SQ3V	58
demo-city	0	HPSQ-G7NC-2D60-HQ23	59
demo-city	0	FJT6-Y3QF-Z0E5-JA9P	60
demo-city	0	07TV-WMX4-Q31N-Q87F	61
demo-city	0	GAZ3-FQ1W-0J1Y-5NHC	62
demo-city	0	987N-JN8K-FSQD-DRZ2	63
demo-city	0	KGEV-RYK5-YCWF-8929	64
demo-city	0	XS9H-NJED-50G0-805Y	65
demo-city	0	3SWG-SD6M-QTJ1-2J4B	66
demo-city	0	DC1V-PE37-2PKR-PDF4	67
demo-city	0	S3KD-H996-BYK6-S29A	68
demo-city	0	97JY-DDRN-SM3W-TW0X	69
demo-city	0	G4Z9-ZCC6-DE6W-1J4Y	70
demo-city	0	AZ90-CBM6-M0WQ-PTM0	71
demo-city	0	NNJE-X31D-GRC7-40Z1	72
demo-city	0	XZ9R-AN19-0TP5-5R8A	73
demo-city	0	ZGWS-YNYV-TFNF-S3D7	74
demo-city	0	GJDW-Y30Z-YX3P-AQCZ	75
demo-city	0	74GV-AQVN-9R7X-2RYD	76
demo-city	0	7VRE-S0R9-FDGX-P9FE	77
demo-city	0	XDTF-WSVK-0A99-TK35	78
demo-city	0	R1W9-KGP9-W92K-RA43	79
demo-city	0	VNSS-FBFJ-S7AZ-RGNP	80
demo-city	0	GPYM-VFN2-BC73-HWZM	81
demo-city	0	JTHX-EKFB-MV3M-4Z9J	82
demo-city	0	ED0Z-SK3J-EGXJ-CHZS	83
demo-city	0	PKG5-MSNP-KQK1-A6S4	84
demo-city	0	S6G7-KGPY-FJKW-QSD8	85
demo-city	0	JY3Y-RJJX-P94M-RD6R	86
demo-city	0	DCJR-G4EF-YCBY-A5ZR	87
demo-city	0	PKBV-TEZG-885N-J5A8	88
demo-city	0	1YW9-NBTQ-4YXF-BBH8	89
demo-city	0	K2SN-H7VR-PWVH-DQGK	90
demo-city	0	0XH5-RZT2-F78R-SNZ0	91
demo-city	0	EVQ8-HRGA-1BN1-J5WG	92
demo-city	0	Y00R-WKZD-T9CJ-AG8Q	93
demo-city	0	K1N3-T0GZ-QY5T-94RX	94
demo-city	0	2NAJ-VMZ7-21WP-ZF8Y	95
demo-city	0	KHTM-CGM7-PDYS-71SN	96
demo-city	0	1RHQ-HFP7-TGGF-F2ZJ	97
demo-city	0	B17X-M6JX-QD65-CZCH	98
demo-city	0	2Q0J-H37H-H2XR-K1RX	99
demo-city	0	N0V4-XG0A-WSRT-AV7B	100
demo-city	0	SE70-ETKW-RKP1-XD1W	101
demo-city	0	MBWH-C0SZ-5CMV-4DK2	102
demo-city	0	9HP9-HK8Q-M979-P159	103
demo-city	0	22ER-G2MR-DRNA-R6MV	159
demo-city	0	BZHT-S6RW-8A65-AYGA	160
demo-city	0	GAZ3-FQ1W-0J1Y-5NHC	161
\.


--
-- Data for Name: log_state; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.log_state (tenant_id, origin, tree_size, root_hash) FROM stdin;
demo-city	mamori.localhost/log/demo-city	163	\\xd376c1d607e315394086bc8fb4362990d621a32810091871c9d322dd8c227b49
\.


--
-- Data for Name: log_tile; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.log_tile (tenant_id, tile_level, tile_index, hashes) FROM stdin;
demo-city	0	0	\\x1834d9f06bf2d9429d1f7c25885b348559630ab6df0423035d6c546bb208d786527d080a4f0e923b0421e7fa551519666d620fe2cf0823e6ff8ba9b1dae1030fd99d81ae2f8fc4ae3f3867d2de730adf4f993543e923ec06f51ab6eb51196690d426ba18b13040f9978f53e26fe0f78adcd92b989ff4b3748180ddd2388037feeab7074d6c42fc8fa464cf9b9b7a4ca91584ad2d49fb05576279dee4bf56aa642ef84cd03b4c5f4f9dcefd5b189bd87780391694a2393b835c5aa8031a39bcb381ef722099d18a0f0fc4b11770893cbb1660aa945e95dc0a20bb18dacf2b49182fcdd35b8063eb41d971f99625b9fd93153e9c7ae1df84fe3b91451ccbf2fab6f4d728e24fd5f9f08e880457046142b182a7fffdd72d9743935b72235081df59ff37c78545d5a90b79c514b62176ac0c1e194e35011fddc7c667b2e14ac2b0620a3c6047150b12e3f2bae626e93f2b31d880609875e6f29037e2da2dc4494995e1aee669ca5aaa732ac49bb8cb6914d8411dd2180d8aa46073782e20f4eb3d23bca65e7c848040182d87e6cb59a5ad14adfc825c199db402eef8591dc126007a360e877becdab3f62373c657f1601cc81a4406c949b98197a6ea263646fd180ccf178e611e643c91f90eb587e897a148642b43b2fedac4b2bff80662fa8dc838970cbfdac1be2e07d5c9153d3003dc116ac3b298249f3137b440e97e8cd23890bf00af1b4b53a7664c52e0693cbc861ed8eb081eba9b6c620730f0b3581eae4093ef169ac14f8bb7c08ff930d4115d97982d3a27f600b50cde0bd8c1445c34e7b3a5418f0213962d3f410aa2343a7dd9635a5b2c17de0a26e9b2c210ac5e497eab4745187bd3eeb5fdc389b1c1494e5888a802dec42365387b11e66b1ee27f214a7c399e5c5015e14522c94aa559b3facd08295ecf56a252ac7ce77fb6763b524a5c3f19b768de639bb05c2c4cf5d426f7ebc45508e190272aa4a618c39345678472b3488d390122beb57f237d7cd6520be7aec31588c6bd194a10e90f65a2708e6ff587bb1cb27171f5dba0d08420336da6f6de81ae6d78c591975b6b384ac13f84146a41beb409c0c58ac264b334c6359740799663e3f4cfa6505660eeaf31d47c8cbba2c9853205d22b46c8486c60dabf8d5ad093550c172b47206d448084af89c608333bfbb852b1cdaf2c1dea8543f0e3ad90a7721e84361c6e7eb9d66560a32daf5540a7ed510f8a451f1cd39fce899650bd25ce0f19aa07f329d8dcd6c617671dd6bf53f74523c611c7cbc310b92c8f4dc26d9b45b3f958bf7e9a4c7719689f7a36b0fa0963ff8403030d7642d3a3fb41851bf0b6255bdf66bf305d1fcf71f2874b03b87f8cddade15986cc2e83fb0779d63738475ff7eb7df2f8c6c4b8fcb2c6255d8beb577580954203d12ed56420d6c5b5c7f09d011977b60f1a1107d1a23a7287d64e68170e07cbdffd0b918a201ca72e01f5053aeeefbe444b16a31188be7169eced4e14a46d40739bd5750ecbeff1bece15d55532c43424c7e07c5d1abf890766aa39416e67c3a2d7b873a6d8dc5f2a82a2d49e7de579946bdb0082d00ba59e91b875fb061ddeb2dc9a5dc517a015f4e923b5a44d2ad59f8c5b39537a0d447598d7c4b9ce0fc33e40a40e0b002bb81120b6ed9ca2a8596fcf340473a7996b5576f541acf9c6e77f927587ddfa41641b9b7808ed947e914cf13f8df44ddcacf14136c0c6cdb3e95ba261a9fe3a8832c30df87ee33fd03de4af9d72da349abb75ffc3d86b4652c3562dc0cc749abac5fa4bc764ca1d0cf86d3ba14ae8295e2ea0ec80da8d7be59827c013ca95f7263e6e41f8ca2142804db6bde6b7e4bbac96a6d0358c519e45309ccde62ea9d4ea9c5755b959f33e8b81331f388a1e9d2d3c4eb027e21d15475067a9184b8517d42500f68c2e38302691e41779003461017b81319cea71063025385b171103813e4b6632f0aaadacac37d3be3825b9d32b02026cd1d619f3d220f9ed286cb60dbfb8a0b31a42be289b494bba1f5370d6654b4dc162ec97407a9d1085955207e0e5eb5114b3022f2fd9e95ac329174fc461ce11378daec5244883778b0eef1c97fe9d20e63225d8e28774a5d2002b56f4c3a84e201bc63ec6c444364a648a7adab93cca7b49426d2328ea89df37c453900d138d606e161f1d85ffe05a31e50eb4e9e547c15c08b93b36029a1ac6e6d9368311f215da2b2ee4923b06a20f6ed2be107f328993f3004577a7a21535524b8acb04220f85b76d40189a6879d5f8bc1f5a22fddf8c6f53711642a70fb7b5ea6dbe234319a21af17bb2dc989ccdfa92535b14f1271dd9635ef0e426058b47a24a4596212031bcc64d6307a034e661a5e91b986a56f3c5fe6199ef7b54be236062c9b7374ee4cff810f298aff7a11f07d5954b71c7e4d42b6dcc3210c25183b874a44a409fa6c15f9c72a3051f5d60859a0ffd13a37cc5c3c859bc0adb7de525a10270a3c50403e5a55dd26353de111719f7809a26cbceabd6b66c33efcc53f849b09bcf4a86c3e27a5c46d62084d07cdf7835c506d78214fcd9c62229414a4d58cbc02598688f690f0321140fdfe0a7db759a2e22eec420eb3c193cd5930b3448e7d2a54635b9dd79fe3b7faf4ed9fe0ab4b833022bed5bc5d05804bf1a61f96ebd3cd1444d6ceafb0b4b04dee13dc88647d974b9f36b2474d89f4a7af0906be2dc8493d08f43d02a80e709e52335e28585642c822dbe66d3219cef19e70e3117d57811487c1c5a04ef0a218e983eaf43d45db6e82b71e11b893400d0bf3d219f3de69e0071118848732fee4c3de31c38b7a2d76e3d00bbc98e27d1b60eb0290fbe5687b49e682d565bbe0bddb5baec0df5152c2184d52ee31ce2ff10a5d355aee908fe68494ba0fb9a8a6931beb035e39c6563faf5010da97ba7e262e63598d7ab84501070f9da3fe5041eb4453d70aa78ae879bffb5f9641db6e7749619c1211981935e1ef6872c94f4df9d0f15ddbaef6b35e43d4352e676209e8d0fdfb5a196bdeb081878eb77ef5705f4924c3a0071cf6e55e5fa1d9635f1d8156c66001a7f4f62a5354259f79bed08d566e63e8fb86957f7c310ad57627d9bc23060f236f07b1b2ee80637e06d98dc949e12f859e313a6ef92bad41ac0e324e5a95cca8761fc40b9010f42118dfa645642d40463fea46dc5a0506fe236515f79a1d51dca14c0794f3fac62ddb1480f89673cce359221860c0e7b3234727e9c85946f60eb95a0fde3a3e97b952ac13662881aa401fbaade7fbf2d9ddfbd0e8ff1e97e2bc676d9bcec218dc0283536c73264003aa085b54052de754777e7fa50641d0eb2cb7e36cc133e505e6ddcf46f89dc4481624e3a23d023729a31c5b7c38fe435486cd21bb967bdb6da8d393983e6181c70753ed5cc694f8fedb52b13878bdea1b79a679939986ba5b6ecf64a0999e95d7e56537d6dd0363c24aaa772ede5a6d7ccff15f294d5c83495175a065d32345a2d361ba2fbccf791750f87b4b5f27f9b6ff70a46067123a2a030bce58b2949a929f5dd2fb8d3671d2df19287704c8d02b35698886936b2dc4012f315c905212369f1d9d7a173414055ebb23ac4c57fb6f6ebc2fab1dd4eff24cfed01be4e32fb597172d6cf87e801a36e4e676860a8646a86a993a22a23edf3d152bdde38b3aa69f7d9ba15aa2a7fe9bbe30fdcb9de909bd743bc088a9c96505b409187c5f84ff6373e3063a14d9e46ef83facebf0c9fa4d823fa937372da5687a3eb13ff08bc1673c1d70957d975e9c77b78eba56cbdc648db2283213ba5f86c637bd6d987862521f57ab2588f382b07068eb6c69ed526be7325ed5ff166c43334af821ef38a52a2c73307d1ab935d27f71e3cf3005d3234e50fabb7bc71e5e03b2fee730f41eb6011ceaa734462e5d90b0dbac1ceaa659859a73d939bb316630d9c4684365a33864856c32417436c9ce704de9df5888d88c29004a701ff039ed0068d21c1719efb44a04055ddb2c3c891ab925a9f516bf08470c45820127f221c6dd4dcf82e1e38d4fecf9252796e7e33553bed17366594811a9da90efa6a35dc57eac61cbb6a4c5244fc0d597a89db3d45ffed1318934a354a9f03adea4561b0636d9b1d0c82da7440d3e021d93518dda3b235fccf5e31d7de4cbaf65ded6b52fa30bf6f8bb9ad59a8d7ed231f3c7903c73e53ef5042727f43ebf80da63c31b4a538103ce87bfa22a373f941073f9b91689f2189425f86808621055df080edb39b31baacf545742708ddde05cd544cf1c83b2b451a30b1bb601499702e83afbbc8fa6bed6ab376a467675c47b521ab4f81112fae5945a454ba941cde596ff95e13846caab89e328ee91eeb1ca1d823436a805723eff9b1e583513dfb94092540b43023a918d6acd47c6b74e9996b23e14f11484df33d6a5dc538bbb874b6225e7b28262d23f1d15f0f74873fde2bd0524269c95b09dcd5c32c3f5a5dda70f75399350a87ea0da3fc0cc50daeec6ea04fa6ce6cb183951fa3c895a62891f46dbf6370b3642594b496f47fc09aa14b87df52cacdf66d9f7b0d7aba62fe94f252c13ae947a3c2e7c1281422aaeb62cd9fa567e27d8f5ef86e60b97f678ca344a40fb6d30052793c82d66c9aef31921cf391408db1f3337c3fcc07348823697e4c2e6557959b3357bc40bd31fbf30a4d4b6eeb2c2c51c0add1a31f40339b109cb89c267fb053157907381d3e793445e4e48224927e040407df22250d473b6cd259664e52b48afb5a57b2c786ae9d9b4007b04aef6af50079c8b0a199d759a4de6610d2c4dea60dfb07c4b444507e821c11d3b6b7f630dd7c9d6531263a3284f059c2864309929180b72be6b86603aa09f9ba66d5e5939a335e72af09246ee621643bb8e051cf8a9540a667d30b74ce51dda44a2f7f885a5d6f07c77b18a642f3d66ff65f9e4f917f7f3ad0e76242d6a93aed183840ba073e07312b512a51c8fbfce51f191828dd7beb050c00dfc884f2f8d187259ba2a1e837f3b40ca43d20dfe95d201c36c2f5e48e00608c5a7dbacef7c3a90f92c91d9813fc46aaf5fdcc9d63aa0d563913a6284ac42afc040a1049d2579e4ad08072bf9931ef121978f1f1b24cb6f671f61358874284367f827c838186c04402b9448ba6895b22825ad92992afb785ee31108000d9f3796379195fa7805c2ec506c7184bfae279057ab2374362e6150fad45bdc43a8c46051a8c6e428c614b52e2effbd25291b433a58bbcbf576f45f9a132be8b1799bb45e92cc2e745768bfe19224bf451b75b8d700994dc175684a60bf4bb90fde3be075d0c46a895bcefb6fd096b7d6c98f6f471d7baef10a83a92312c35883587c05a1d79223e7ea930f36b37f4d145fdb39b31bae4857f1d9d4d07a553a4e9d2fc8fffb1d277c6cbda7b6202b31d209ca7f34eb2e8c6f308f0a525154efc707fd508129cd773e1f2fe105cb646848b4fa6fe675dd636c97db2076f1f7ebe527aae2e0db41d66260c57238f428c7eeedcca0132568388863dbda7503648237903beb1fdcc9f9ee29b70d9772a626efa4b15e56fa2088659a42262bcbc91482ac4f11ea66777431f85902f1ba7d623d4b1ed38fef37946827df39e0360477f675d1ed3a39ee440173dd37877501eb60fd5a7ab621821a4341345ec4ac96c54f12a8802762ab30a82253e80eaa4c4bd651c835ce1b90d7b834b43a5691ae470c5365cc6db25a2d7bcf46089fafe51137255a7953ccc387141b04e7a8219590c286974df05b5a56db084d8d899bb9079e7eac441fabd447f4e3b9f8943af169e2834d81940e4533f0d1cbadb0b0be52e3a60c3de54d01022deb150982cc17aca0d4d437f0605c1c49cba7b6d5c8209d93a61f7bea4f4f97d12643c79a9af781da0791697687cacb6c73a295f1edf30cc44d5acef0419ff54e9da6e36c21a1c2f8bbd6669ce6b2e60781aa0bcdccc94b9019c648b77e4e2fa1394f8a9444dbfd5767b40a30c281dfdab7fd37d824e28a055391ef0e5ecd3431c0b72614a3b186d42e417d82fdcc6bf75e405ac4ed1434fb9e9a1359d4056ec050f143c636932d857b0977ee32f70500428f81df8f099430b7015d68be748769a2a31c6a937f21fa38b42f7acf94d5db522738ec74cd7c9dd58685085d009eb9f8abb4294f83f7c4cb75ae9ef28a138d6bfa412008321bc073fc5ab186a0d480a00295d0a2eda477b1fd3a0d3c449da6abb561a0b1245bdc50f5fcdfde2af93ee04a37247bfa5ff30b66207202bb808ceb98ce08f7fa0c28b33606ae8f1941ca03b413504ed2e5f33b95708aaf5f5a232c5e52ab2132cbd0b27320209ba21c47f0ff81ebb1d9af4b5b4c26bdd890a3e081ac94d40fdf66a26d6a29ad0fc3f6d5a081bc25936f586c469cf47a1b6da88210872644c59b03cd51bfce4ccbb0ea8daa2192502aad7009880380e7b50a6e4844056987501c94d98b1fe9fd20c6670c58fa8bda0f286d522358e251568714e2f268adaa1cd2bc50e21fc2e0ec3267279273fa12b68155c124248f82a570e2cb691d6c0aa8092069d2b4150d5486c3da9f9614ec351bcaf45881e06f54faf3c59ce608fd7866248ec51ae2359c13e44fa92ed16bab0bc1761b2caa6660e9558e4d99abf3bdbaa8781977be16b12d09ea4c18f76ce095287b25e3c4df697c29147490c69c34f74d69baa6d2a04638fc98e1eb0de0653845d1a228557e21c54435f050af7144364a883a944b1e77bb4ccf56f3c0fd62e46b04e2a84baa496e0fb44b6a2b9f939b0410a8371b9178bd9d672a30fc6ec2f97db8dfa3ef470355ada843dc37f4ba62ce2149f70bb51f91910147982916e65cdbb77671465b5efc9ee04f3f1df59ca371ee9a286029af3a6dbe49d0c95420022c924f4d39c6b889323fa67b22711015090144d5b399f111deb1829110c222b472e0a1718c837e037a0a2fccbfedd8330bcaee7ef51a97446e70e135a3abd5edce08da0957c25c14a669e59d3080399d6613fb3e34f19a6e3ea03e79b33921543f7a9d1fc7057ac8ea87ef38af2bcee18fae092d9e0aef9233a5bd039d930f3173a2f3bcc57a4fd06ff711f361403fe669651e47a5cb679dbf2521accc4a963457e965968e42b0f8a22eb4626fa89cf5e34d249a318204891ea819925d6f9e98aa091ff609caf99424a9ab04be3b26de37b1710ba047be464c595e6b0faa07891678477002cd659e20a032fc317ebeede4a7ccb6ccdf9a516caabe32f45267834be2bd795ddfadd574723d9e3dcd200b1bfa3c72abc5633c27f1d2708520ef7f603fb75b731e99a16d8e37756b9d642d42b40c1870bd61a197528a7185e14e00c2e1e4367741e578659978a6fe39e
\.


--
-- Data for Name: org_person_token; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.org_person_token (tenant_id, organisation_id, token, own_token) FROM stdin;
demo-city	entry-co	R828-AHB9-DJ29-8KJP	22ER-G2MR-DRNA-R6MV
demo-city	entry-co	3CHF-QN2J-SQDW-TNKH	BZHT-S6RW-8A65-AYGA
demo-city	entry-co	6D1Q-FE5C-7D3H-7JKK	GAZ3-FQ1W-0J1Y-5NHC
\.


--
-- Data for Name: organisation; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.organisation (org_id, tenant_id, name, kind, corporate_number, address, country, networks, parent_org, token_hours) FROM stdin;
demo-city	demo-city	デモ市	CONTROLLER	\N		JP		\N	\N
entry-co	demo-city	入力株式会社	CONTRACTOR	7123456789012	デモ県デモ市中央一丁目	JP	127.0.0.0/8\n0:0:0:0:0:0:0:1/128	\N	\N
sub-co	demo-city	再委託株式会社	SUBCONTRACTOR	3987654321098	デモ県デモ市北二丁目	JP	127.0.0.0/8\n0:0:0:0:0:0:0:1/128	entry-co	\N
\.


--
-- Data for Name: passkey_credential; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.passkey_credential (credential_id, user_handle, public_key, signature_count, uv_initialized, backup_eligible, backup_state, transports, attestation_object, client_data_json, label, created_at, last_used_at) FROM stdin;
\.


--
-- Data for Name: passkey_user; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.passkey_user (user_handle, owner_id, display_name) FROM stdin;
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.person (tenant_id, person_id, token, number_index, name_index, fingerprint, version, data_key, fields, created_at, updated_at, erased_at, number_erased_at) FROM stdin;
demo-city	6412100873189404549	NDYS-QRFG-5H3Z-2AK8	\\xfb7e6b3aeb81cecab311486f5ed4b607	\\x931c2bfa8d8605458faca6647bf37849	\\xe20da22d0ebc65e00b7d41a890e067f9	1	\\x01910252d312f5f4258c2b82e2bdbfb968fff0ea39a0d92f7dcbb1d8e2778e333378a8164a23dafaf2fc68537cd68def4843179563c41548348af3562b25369ad2	\\x00002901c90cb99f2d6f42ae624e3815cc843fac776076c38027913e5ffee2200aa4169802ec076d74e3da6c0100230111239e7b95b8ab9e25bc6d1dada58ae685dccd05d319ec2fd5e77c68e3a878b249880200230150d3eff42b35f0e3460e8482f630b88320a81dcc2f0f1e98208518598b73893d26d003002601f2416e094ad0a2e68dfa1d1657afa07d26bb39ede039904e257b071c86100c16834da7a1d304002601ea7a331245750685a9eecff8191fa63ff312cad09ba04d90d83c9fed4ee5b33b775cfc8bf8050027015402ade420295927a69dec62daab0a94e7e4207fdc3e2ea19e0bde7946dada96ebd321a2fc9706001e010ddfb9361e50a872d827ce6fdba3c5fc012b663097d3d4940a0045187e070025013ba05f91ab154ca579c22fcd4d8e870d2d3a51dc232a37cc0011b483358e45b131de98800800410193b5135c48209a8fbd80500c60056844e8baed6a18ab8a06c9adc2a7c4823db6032137fc725398605ded97fa249cbc248e4b38a36ad0d8d3f43784b5c1043c56090025011cf3c4e035918d9c7c5e9da22a4c8ca4d83ef26d6f7997264fb65267504ab03813223dd20a002d013556b8f39df7bc8504b26d95e72cde3868c8bd0eea4e16a9b5e69df21ccea5950e0f8d7d5ac2d3e5caa98033	1796650081977	1796650081977	\N	\N
demo-city	4846911468476517988	WM39-ZWX4-6SZ9-S25Y	\\x5e03054aede18d42a92d7e850b34366d	\\x797ad06c4da51e54e3e42c55006c0cd4	\\x0c93e0a2499e5d2536bf887e81bf99c0	1	\\x01910252d36ba59e159c507c1d786b3f29dc3d963c5387dfba2888e9a8aa2774ea9a3fac80d83695ca69aba53324f44378766aefb9c16e2fe97d50ee1b9f77c0e4	\\x000029019b65d2cab6aa69fec554ccc1af5404ba79d24fff6d87b24eccda1bef5d97d45281126ac86f483c030100230178bd430b839672fb2ef8f69fdc8bb3570deeca1ced97c277207e05588b5b59b865a802002301fa4d12bf65e6ba050ea51071dbea1e23632f91fd1bbf326507493cb10033f58c3f97030029019baedce79b5e0b1f688228b4185ba5a640ee18a7ed2ce8dc274157e37b1e9e7a7fb1f25e02f6ceda0400230189ee42db6fe71b8cb1bb0a5fa24bcf79c638907bfae02aa39da9d2e32935722bcfed05002701ec4cb7414152db511cd627aaa3f8eb77197440f7eaad75436e29c5786bd1b3cbc9f1c837619806001e0105e2960c36b87500954acc6309f1a33437528c1b4f9fb6c28b25320bb407002501c32e6e40227861e738d6d2ea9e306dcf6243efe3bb333bc83f9915b694b7b1e0c10625bc080061016178d07056370c4de570ec5986bd93491d462743826e16df840be542897c9d3a949f070e1d66295c7445014901da09635702b61cc3d7c457d225c8955e89657dfc2b6a26ecd314c891caf7d1143e7b15b21750cf102c5dfc3cd0157dc4a7deef09002501d6346ce9150749e6afb827aa3806d9c0c05829209cac92a2dcb9c4406e613a1cd02b975e0a002d01d18673d10990f5885035972998c08c9bc4603461b77221d0364718c130950f2380e4e1396c6ca24dbaf757c0	1796650081977	1796650081977	\N	\N
demo-city	1596622551934445959	ZFKH-E0EF-NDMC-WVR1	\\x86380ed600383c372f3011f5e2f9a8c6	\\xcdded8bd52532f15a56889a07d6180dd	\\xc6821cfbcdff84afa9c3a5dae7f7952f	1	\\x01910252d3ff0fd82ddbfd9279ff058338a87868762e73b68029377b8acdd8506e9c275224f6d7fc6cd9419a0fe1a96f6751619ba0259e5ffc6142df631b2a05cc	\\x00002901f16fb72d2744e24bdcf31895dab07b6fa5bd7b1e8a88e6a66889a64b1fad2d51bd423d2fc006c13201002301b400ce67e19c3bb80722ff70222bb6acec80e041bbac9b5489d9bc81a104d3fc751302002301f0111bf45fb9c77f958f7c033a061796e9072ca143f53e22cd820895aa1b7970393b03002601692a47fc56de7bdf0ec1a120875782d8939b5d54731806c0bcb8b3eaef5881f2e48dcf2cf60400290149b08f8df5e04f57cdf7b3822085279cc36addacb0d0efb6787dc81696b7f99f61c2553f8c16f31c05002701162aa8fdd1a21d35aad084f306b2df2c5b3ef01df06d2cd09a38d78cc6ab42772f942d276db306001e01a14e44909c9ce2e982d54fda30ed9cf297142cb6540e8ebe5a63d7493707002501954f521b28a2591ada6430b48556f5d8b45ef5541d0bd6df6420ce41a55800572c559b4508006a01ae1dfab5cff5de2aa9eb4a51f11d11d98de1423dc28a3c8ba7aeff1003d21eb0743face50d942b46adb510cf53fb1649723ff9f3e2f7e76c141bbf1b6726f4cf10088607a2b70fa3756faaa37223c2a32ccaa75090073a3f2b4e3c6dfbb3aeb6b5c347c877a9876d25090025015d9ff78b1da3646f4cf7ee2f3b3855c6a6eebe298b88f349bf63ce717c8d1ffb27ac929e0a001d010101a6d5586a0552dab0f6dab76f78af7cfcdf865f7db34ab5b21e75	1796650081977	1796650081977	\N	\N
demo-city	1006432900119468509	SPWF-MZ0P-J02V-Q4D0	\\xfbc1fe94c9d1b3fc7e5041342fc3e630	\\x8d5b552c2cff77a8b62f368a0478fd27	\\xc008ba7b2a2756fc1a054b39c8e182c1	1	\\x01910252d364c84cbf81d368f84fa59f9c354550fc88ebc826f649367a1ea791cf9302a94903a0b6cfe352fe0e4302eafb0432bb9113a50e304eeb6f1421d9a4b3	\\x000029013efd094bf3283b900d4595fb2a821e7a8ed7f4e86c8558ab2e370f80a46d970d2099f0bafe8e18fe01002601b3410e803e44234356d6f9b183bd1d0e613ffabc6f90f9c06e1bd414861dd62b7570ef5769020020010085d9d8f8c2a1c0b3ba0b71b9c1e16c87ae1a6eb174fd9ca61afe19cce78603002601fdf10699368748b5675e5c74a35a0b2d2467647795bdc230c249427d717114281d6b72d6a20400260186bcbc25174548ac9992e5aaa62e220d98e01a1b20f6b03f15f92fa78f6748f15f8fe55a1605002701cad83078f408c7043a695f4c5a754c343b8d201dc3fd9c06b93f535a5df096fa42bc26be2a1b06001e01f9759903a66dbb2ccf56f91e7355423de3577dcf22506d5531a221ed22070025018b29da7202d840b45dd9755e9cf0422cfb40990ea47de8128cde575f0b679e308965536008004001f5a715b4c624d90d8be18c623a087d45c0ec21b33df3ebad7121254befd7c2e0b2222e715573d8d1e33b89e195b8a11cca4431f7f8df46697992a2cd06980009002501b33d3e6ddd0a1be3a816170f418db1654dec44ec19030f8db0d71a727c048a82934d5ccf0a001d01a7951606c78939f37aacdf3b0c96af5ff63dada33d5c497b8dc21f45	1796650081977	1796650081977	\N	\N
demo-city	4361983014428323950	1J49-VHHR-QPT9-HT0R	\\x358cb691e59d9e58bea59bafa29e5c33	\\x1867fa8fce7bb4775ad1a97dba4d15dd	\\x655e9effdf9e4c716247f788c6c50edf	1	\\x01910252d3b5714418245600ae6503adbdd333d3ebcdc359bd19aaefaf7c08aa62c67caf70b04366e4a414d23b3ad80b698f20d715ed45c73ae2e4ecf8e5f1b043	\\x0000290146281352e99fb11ff28663b6fa4fab2b4eeedcbacb2d2ac5ac19ba65a9612dac17b1c46ee926176901002601473909cf90f9783db7f47e7934c1923bb12904c913bd3580ec77ff4d5de0ca4947b37dee6b020023012dad356f0541d85ed01a81fb127de2f74710d55adaf4cb789c264e7e7ce6fb8b722c03002601ceb7331ee4ee4c8ce45507a3fe179c8caa276a5c51f70d5d99c01ddf654e3f28d53fc74353040023013eb3f0409317164f0e9bf858972631d685137029cd7b944a6862cf3ef59062da4f3105002701ae887216300bff0cdc61234708b13bdbc17d740edf18c1dc60428192e58c6f99982dca4f536e06001e015e0ed8b63f3e36381148912fdaa93dd1c15765738b0c99ac7a0951049507002501369ac4845c5caaab20176d18cb0bdc077a73a4013cc605b5041da55971457e54cf44b231080040016a8ba6013a156969d6488bcbe86b7c48eb56e4b1e502bb988420e1dc86ff113ca617f058697de501ad7455497b4032e0a682ab56641c7b395361004c8551e7090025014b90c7d13b8c25babe26b4147797a2ecefd019389be3a695d7c4f6b71b6c72c0da6d665f0a002d01952d7c022c54e72be2c21663163acd2a45625d8910c0002a6b25550457f2da30fa0bae960ebda43d0d092d98	1796650081977	1796650081977	\N	\N
demo-city	2826917706774477960	1DPB-F714-EX48-ZZZ8	\\x7251a0176879b617a282dad8ac00d6de	\\x9817e6644834b21036986153213c37fa	\\x431705b7dcce9ef9e5b75e53f1e62e59	1	\\x01910252d35df5e08c11594b35a2261ecf26d114ad44d0b31f34979ca5eb1a7e45f52639099961f44a0f80c8475dad1f111dc69a460bafbece97e0e3098c498bb8	\\x000029019a6a37355e9b50461ac5fcede7de9a4a90e5101c7a0a24a5535c07f89bc5a65db75c014acef88fca01002601a7a81a029e2eaf8d0652c4dcbd09bd6afb8ee783a965ed13dc3564ff132c1d24b81d257b0b020023018c6ee8bdd8cf8deeb5dbce6693c079b48995b878419e991da05c24793dd9573ae1af03002601e5760ab1b1acacf0809bc6152b73b46a52731adcb99cfb3f54cf5cb28cbd8109ec9bb337f8040026019771e43bf425c3f85d4c048d0d05af383fb3b11d914e5a3bbafead9c18ace164dc68c8892805002701ba0d7e70f731a2ca4ff5aa127c6bc239845a097a905b023930b6a58b3f0eaf55edf979f04da406001e01b0646058c0bd1e550b7147ecd5801c5552b3e88cd534009babbbc3f43a0700250181ad9204563529efff46f1055a3783acb06b5ac8bd61120f7efc590991b3d4da2d7bbd2808004001cd0008f5a34158963be7b0ed208900ba2023ffde84f02b4b917db95eedf768bf5f61533311004acb203fe76cc513b86320059f77cdb3568795d6f0a4d3e9610900250193ecfe6c98b4ed3990c2f6a786a03f107048425ac0d98b0824ce3778e27ec9894eedda1e0a002d01966638446069a203909b048a34ac990103ae617f0a8eec66a147d1b6bb970ca12ada08d810d221b86962ae2f	1796650081977	1796650081977	\N	\N
demo-city	8602517409524029219	G88S-XPCJ-38AP-HHTJ	\\xb6aac264ebfce90e643f50ea95f0a609	\\xab8d20720df9d6fa9ea16b1e5ba006a8	\\x845b58726133b38051fb4d4ef4315829	1	\\x01910252d3c90c5b74eb047893ec08d8887f0982c50da076caad1f13f068402ad1e7f702667405c11025d35c8a8aec535d565f83181e8365d0aacc2322b3662d0a	\\x00002901b46bdfd09e9c331f53222e891df7686bbc24fa859d00e8e39c798af48fedbcea0e234aebe1bec7be010023017a0f1e309984339571be260d61cf9d5f4e7c09394761500a2625fcae618019a9822802002001816fe751f9476d47579952363f8ceaa1df97b3c2d769b241b8be604d7230d50300260105fd5a62b5e8e97687d54ba0a8b4e9b30f2b6f649e81b36fb4cb2ea2f317489c5698b1eda704002601c728bf43701775aaa4873884c88d967905dd2a2473fe4c566735d1bbb9e8678d1b1417d4b60500270193f3884eee5afcacb3a531a4b325591af4a8ac3b2474d4903f2ab387409545004bbb03c5a0ec06001e0188a98bf9f1dadd842196f6016d0107e4c776553d63d9dd1b2bd0977ab3070025016c030b66a0f42a320ec7578bd3eaebb8074693eb4f3889029aca78410fa6fc10ae0a903e08004601a609b5782d8b20f9aa75bfb5609e8200db33ef1a0a22758513cea5680bd129c4721bad2ec48a023426c1e0a5b690f0626a59dfdfa3413bdae1892c4ea886f405ca46ced2c7090025012fff0006b55b659b4de0070de3add7a54c73cb9936f9c190f2118474d009d13cf443b15c0a002d01624a37e71b042363f0868061d7e2909f0968c8c21a34750696dbec2a8ff131f3d19bf87ceb296a5788545417	1796650081977	1796650081977	\N	\N
demo-city	2268385817053593700	C7B7-RSRN-5KCM-44D5	\\x9dae8615c90664123842899fae21ec13	\\xe4d7db4d8dcab957cf827d3bb6a0583e	\\xa8c67afc3fce82c468f8889adec3244b	1	\\x01910252d354df48185c37e1a14e3c5019e2c08520bcd9d6cd0a869abc8f5e94434ec4da0aed4e83d5206a9e4646f464c032009b2fa68140d0542bef20472adb1b	\\x000029010442ec6a8481760da7da8c70915ff8304c75adad191d9cdc2cccdc0a033ab853ddbbb7a388225aea01002301568b4ec128188a87f231fe1da34132d429634ef6df022b5bd06feb43870c22ece23b02002601d566d026bf38e7bba703cc3331520b22993b7cf559b8e470ff0e2abd3c58e97c0227a7c2a90300260172fa19aef2ca7525227c7fbd7c5fdaa5d59146814187058957e740a3ca7d98f1227f33357c0400260154ccc94a96460bfe169091e5d71dd92d80d5d3f120a9b95461073cf1438f60774e4083904805002701160047c06f6ca3ea9de032a4fc6665336d4db431a02d80e7ff7c19c8fcb012debe57f0bd57b606001e01ea0e742b671774273119a1f8d3263f7f625e5e719d1018d9042ab2b03a070025010fdcb65fc8fe82d0cc73397495d3e40ed33a186388f24c53b2a73ce3da3ff8d088003c52080046011b05da28a070ef074536c8e2649ef020923f09459aaac18cd2551bc303d59c586ddafa43b0fda376ae093d52361678ab8cf24ff89985c9193871a5c105f7984b9a976389c10900250118c20138f60ee901dc82e64babe083c0f273c141bafa8998986d9311047df876c9092a9b0a002d01212aebcaf6044743263d17f7d3714ad1c7b4b3ecdf0911e513d3bf551af40961a16c36f31709a61f3570366f	1796650081977	1796650081977	\N	\N
demo-city	7902738563076349906	RP3E-CRJT-55Z3-NDEH	\\xd944de66ff1575d731c9779c465160c3	\\x17b34349de4a0c45b76c4dd4f120d1ca	\\x64594ea4d0f019efdf3f22e2f13edb88	1	\\x01910252d38b1f80cdc2c6d1d56bcdea7f415f98d41dfe6b78ac0a1d701272c6a8abd2d08a9b00995deaee7dfc5eaaea72c944b08dda808fa31b8469e28790b3ed	\\x00002901d9a2617b83340706b577e68ccdb59dce5e537769b7e76e6a3fe86535fb8049d5c685a68a415abc0101002301233070c06f86203ffa39e9567f2fb5f58cf4c491272b1c4716e17038f42f427a12d20200230193c57ac3aee0ea487c1d5467f276c71531f0ae712a18eb6671267c549ccc9a03d43403002601b62584006c01b99d497015a7d39c7d7c2e8d220f7c142fcf7e1e7980bfec655a8ba3ff7505040026012d019eec062824b8e038593e5f0621fc53dc4f7ff058aa73eee1c60bda66efcd591e7d959a05002701bb8ee68c4b47abd92d7bb55b1e80e03d560e53fe61c014d483f91321440b73e7048f7058bc7006001e01f46d47af0d981d25747cfd823aebe588d325db62ca44ead7dbf135bc8e07002501d72d4588e1ea295bfeefd9597f1f188b66ecebb7498a66782a353a526f2473d2b564b1eb08004301eae95bb7307eeb659e267d9222420ee1a95dc0dad531bee1f2e4d32d548a3e876631588c61c5b1e1a83a8b2a993fa8b13b6fe98850532f47321302a0edf1656d04ce09002501ac94c47891ab9bd99836a51195a35f940ab680dad61c25354d6a83f696db81d49d0999890a002d0169499e5bcb6562739b164bbefb1749eff8affa197cf19e5cc8dd3f83253f9bcc9165eb634961d74a2baf4679	1796650081977	1796650081977	\N	\N
demo-city	1994681130039105240	1Y52-XDGG-V3QC-PVMN	\\x65a9150d5071caf414a6c4f6e15792e6	\\x15a4b9c356c13e082d2b85fb5d0fa8ca	\\x9864bd65bad1edecd144cabf9948da67	1	\\x01910252d385cc6b0af12e7db4527da6c16b516f9a7d72d8baf3a4b7b08cc22651be9cec637c23541134da728fb2fbce2cf5349b6077e64de15314b9c8a7716df5	\\x00002901455574916075aadba76250fb5b44ac0fa0b04af525d1967e1d37efe323e1055f3b8556327d81d68f010023016fe4c921f66d2dced8efae61b739f46b9ddca7cb1aaf42a2abb4735bb6b8ae782c25020023011fe366bba0bd7a40cdf5e7fb8fd936b07f0ec546dc34965b03a8e983ddee8c930a40030026012839beed5a9469b6bfa6e97c4cf4719f3a9fd0b187eebaa2c1b961116faa2d4d98c24e9c03040026011e23e9cb0ef5a1564157ee14bf1732860da26b4742e8a3a4102d1c1c02a4d84576ff63260b0500270152629fab5668b0f0aee33596955a995456c1d6455d4291e8756a5d4a0ac351e962226a9138f206001e0111712d664f83ab70e41d4aef2fc0b06ff657cd0bec1645b650b8b2e3600700250141b61fb7aff6a73af11ee35e588c54233900e28531b963b2f2541be07920f9893db928cd08004301e8e1f10fb374c73dcecac7ebcca04f53ed74681355eda57e450dd0b712ade287962ce904b2b3618bc16b3868e46e6deff6decfac8eac0e6abe8417ad98a67fb624ed09002501d39b613fe123c29a2d22157b81155af689b51d87444ff4ffaf3b607da359d7a474a545670a002d0184f843b15c7cf00c4538b626aab1fc42247274b7d5ce733aa9c6b4f6af330d17b687818eebd965aa0d7d918d	1796650081977	1796650081977	\N	\N
demo-city	8746511680672272015	RAPJ-PDKY-RK96-9PJY	\\x5bf3594f4056adca990abc76fcec4f94	\\xe025565aa5dacf9aa59d78e25f1ee4de	\\xf0f3cc22589e84427e968b50439c965c	1	\\x01910252d3903935b107d28a267f5dbc6ebb4c29f10dced06cb18d1b9f2261ba6a0fe3fe67a4a2b7bc92a20861522b1e7ea01114486a22982df2d62079f34c14f0	\\x0000290152839f7aeb69d69f681621f3161fbe590aab0a3b046e7092834fbbb8c5deb210bc411f372198cc3901002301521b328508d35947a7e35b19e8e984d14841c765e535cb26f494b628138c7c2fd17602002301f40138adf015da78f8b93c749bb497292d2451cae67f1f472af6901baf373ae1953f03002601ee8191dd9116e955fbc7bdfafe21fcd5f7a843997c62b195ff51122fb33667a69a3c60441204002601d703a770309fd070b3c26bc115e1ad93d118fa5ba6d70359fc1469ed9df2023d2712418d0105002701b0c52f6118b4a2dd7c91c69d33a7e26ffbb492ab59d674d5a9161716cf82f840ae83cb22986406001e01366e669524ede816a74eef47825ca122437e7c36b9abfa439c62c8cfd007002501cdc3c08aba8025ce79275e506434377926a4f2f85aa15663084ac10dc55c789c4b91f6c008004101a51bae712eff3d779beb790e446e67f1e90bdde9920c26dd7cfce52d08e4f0756ee825e8b3c6d29e574cf124d3d4dca89b6b527502bb0d06d95caa1e21c8a0c9090025013546c1f4680e3306c3eed2a22a7539f1ebd42dcb62db8efc95a35464fbf7f6619e31a07e0a002d0188b623074f285c44761b159f047fcf5ba75f03503d8525185f08dae9b56074a79ebb169aeef20a77820d2c6b	1796650081977	1796650081977	\N	\N
demo-city	6659346817309073643	GXBQ-HTM9-K8VZ-T3RR	\\x3bbc8a7eba7f248a7d8554572a582825	\\xb6c67ba9ea2089e29ea4e56fa7ca5605	\\x70af783ad5df5ce791eaac48b46b76e2	1	\\x01910252d33138a08c52029a3a812b2d37ac90a137fbd21adb9f0adede7a8cb1ba355ebfbdc09b378d793ac9cb5cef1188e6fe353c38d3543f42ba118e757236ce	\\x00002901f260c28770ab485aa0a1c842a43faf42ecc9aab609a50a58b150c3800f36a5b2bba4ac20d891b8f80100230176ba7f5c25252daf9594b3a71acd44f1840c21aaadbad501086c9cef06a54a64366a02002001a0e85e8e8b71911e4bd7d6cb4c291993d2f95f41165f20ebc6dc02eb0eb41f030026017a2b18de19a7e106beb3d761a919f16833b7e51079f0bbac4d98e88bd67e9d7c8c42f1544b0400260127089ba4d384887f8913cdbc34a0a0fe818cfa4abea5aeade5c6c5bf79828aaa9f0018d15d0500270113681a67812d579c17bc10809279169cc3c8cba842dff9994cb8b36fe09475ca661d5f16e79406001e018d6d68bd4b724ce408329e984bf2bb272e7ce70c2957c5da04e78cee69070025018ec65e8c82ec0286142fd45418ac0ac9d1e701e2cb08d634597aea8842e4a4f3ba6ba77908004101fd45186e5da2191badcdd79949d4cc15984bada8ed4e3128aec662c2ed60c7d8e08911372239b06af10ecf5556c8052b3f9e0f1020292ed7bc108c8f0eb7a796090025018687eb1f36b944a61def812856aade340d4cba8538ffbecbb8a723eda97dd487687649e00a002d01daafa973833e4d711c315bbb2a8559d793053eb167c51cc0d886cad5a1b9cfdab090097d5e898ac4eea94e82	1796650081977	1796650081977	\N	\N
demo-city	5533128227342413468	AQ89-MQBD-R21V-TP3R	\\xcc85f2fe8dac88e3b5b1603505921689	\\xbab14defca14e458dc001f884765c7ec	\\x9d315ef8f101630afaa4136a270d508c	1	\\x01910252d33c65f3cef68b73c052c42b4e82a9c045c50d11abf468152a2764c42cf7b8729e21d822f5e49e819ed32058523bf9391a76d2af28c6924bd4dabd0e42	\\x00002901797774cd5de3ef94e6773fc97b709916c30260585a3657f0c9ca0e9ca7f0a1fbf3e70e57106ea355010023014e4daaf3c8f06444daa1cea943fdef8dbcf90bc15776611dd2ea26f6a00cb27b83dc020020014a67f87454d304295a0e1d00cfff779abe4f811e3b3826173cd33931132c18030026012f91a23f24b0e12bed53f6a55095bb15b3bdf39336b36c98dbdc62d487271856a6d48b6759040026015c90f9065b53b176f85329631824348f00a8175b02b3133417e637d6a58d40991f5a5f8cf4050027019857c2f8fd86bdcdc43295fea250439d014f875c7b01e9946578c7de0644491e4572bd80e63f06001e01a622102d2dce4b15cf06c45c9b58162c918f1e284918e2f64a504ae94b0700250104436d3aedb6816643de5c5a20bfd631a1460709ee27cd884f8e31dbed33a510353574ea08004101ba6ad4e9a05982612960cf887847aa3a2fc24d2eaadb6bc936892be2745af09e5e9590b24d2c70f820c095ce035606f842ef5637b5883919b16961bba9d23c0a09002501a4bb1fd9f01ac42251cb6e3fb34281caee3d06f5e5c77cdd189e04a2334bd8ce722aadec0a001d0137d4da7f5d2fbd4b229103753c46e37230b387a1692d06393da53e92	1796650081977	1796650081977	\N	\N
demo-city	223045231197481550	22ER-G2MR-DRNA-R6MV	\\x8c1621a24418dde30fdfa376fe798267	\\x337e257a246a448f9ade378ec8bf7cbe	\\xa35484aee545f8b13984834071d8d997	1	\\x01910252d3947ae6f1a4220ce9c59a37cf24d662bc8c831d9dc1b8244e3fd4762d9db341704f814c79581fe7b72fcac7e48d33a93662502882963e0dbcfa54367c	\\x00002901e790170aef86cdd9ff287e58c4c32f27815ab335f39e107fbbd8bccd92cb41d66f1843abe47e1f8901002301e0a212a6b7abdc9eb480193dc68edc9a85cf823381ef4a737272c8fc2a2b34a5768a020023016e7ba4e45c99a630c8e6c365ffcf736493ceefef2a0b44722dece95ae4de82257c7d03002601205005bc74e85cc0cbd0ecde1847fea2ac471da2d1e51835b8644d76d08af471b44a7d0d9d04002c014e4e5501659d5d0fb3a0bb23bf772b4b8cc3f63fd01307ec9f5d0f3c29474b80564af9c04bc908f532fd760500270176570e6a06d127dcad52d0e2d91c87ac48460ffd0586ded23168164ac41e5acd8039f79d0be406001e0186a898bf4779769c9058d3e18d526e01988f738e17054a39cec032a3bc07002501c6abf9efcf2fde610c977eddd0a8c62c22e8580d1f34b308a3645605378f00cd6d39beaa080043015dabad73a69edd9be6a405ce3f83816f31c4b9f402d6162082606d89941a94a77663c0f20b3e61c053e0841005c4dac2e40f6cbffa36f8387add564d251eb8f4e86d0900250100f3cdea0ab40e5bf0b377124a6a93c39a9d5020435cdb07cac214ef384ed93177f9e7ac0a001d012b78f9a39d2adebf0f688945de3a9c4dc21388863e612a30b1dd37ff	1796650081977	1796650081977	\N	\N
demo-city	7190633275740361173	HJEG-GXZZ-Q4J6-AJF1	\\x97b3862d4a48e1b346b4c30f1c70e6c0	\\xd9d6476ab41e4ceb8607a627aaeb1e77	\\xf37506965aa89837889e766970e2ae85	1	\\x01910252d3030d6e8fd61ea9c673f38a933f1e2698fbc30501839509833206194782316e39d7c8c4c9149b0aa32ec98316049dc0a908cdb16471f1454c64a1cbfa	\\x000029018489fd38e61b102b7d36578188c8325f21a60fd0a3eed3b7d39c3a199fb8a1255405f5c8506ac61c01002301008bd08337fd5ae6080ffe783d13c1248a392777ca003896c21be7e0ab53ff5191300200200160deb27d92b3e820c086328dc227812277744b48e7dc945d6f516818b9b74d0300260158bd4186bad9ffe76c5ad44eeea28cf7e231aae3a2a7574e5b0fd17a3ca638dcdc4cff1871040023018e82bca57e2c5fe62af24b3168c30873b97a522420cd1a477892deefe39d34927d1705002701c347429c19e9fc516756bba8f18c44c30aa646093ebef14b2beb07c3a8fd7369007fe7b2f64a06001e0168158dd4ebc18995719b49dd89e0e4790040928ba34454e69246c598e4070025011835e85fc452039ad51879680c457e00e6db1bb69a7f21b9b44f19a1311fd899ce619b51080043015b066e172ed3ba5f44066a7a2ef71c3be0cc8599032c0c7e235b53337125f95dbb6525383bd9ca15fcdd4c79e4b60b672dff58dee844c26fb86bcbb466705b88440d09002501593686f0e8a5d949d09ccd4203984e55500f43eb0beb83afe0da95d80acf04d50b00318c0a001d013fa0f89a2a789cfed25e55032bbf845a87b23c7b15c05e7ced0782da	1796650081977	1796650081977	\N	\N
demo-city	7967873712380885067	10QT-SPG4-T82X-QPQN	\\x25787899201bf58285eda4f281dd8034	\\x697caf0b43ec401df9db978d88a99706	\\x4c3f39d1fee0d6c10f0da7bf998411c6	1	\\x01910252d36e75ef220b97d003b5a786c24a020464dae1c0cf2681a9a05857288889ba1c2ec4b2105528e1a0c2aae5a988fb1778a7e42273c9772efc11b046cd50	\\x00002901cb60b0a88a30d5df9e5cb6ef3334b89f6508e532767020d41b216b2776bcd629d7a4209afdbc471f0100230160df41d88a943f698e588b07031f0b675478fd8b1924f74599641eea6209268bb7bf020023015c57ca9983a10076cc54dee0fdb95c16a83d6e9bd1a91886b47a4748befa9db6cb7803002601820566e3cd89b525768cca71a02badb2ebbeaa47380b86a1b25a5df6d7fddcd0b7261de99f04002601788436a5eadbd13241cdb43842e0bae33523e6cefa60ab177216837b041d39b24cb689a8e60500270110a51eaa26009aeaf571ef82f9efe2edf51ebcded95ba5a56102b686c9e59f5962edd0032e3806001e01a4142d442232c6a54ca6bf4bd5f573d5d5b095af2104be9317449aed8907002501894ad245fe39c078b6d7e1453d76a0bf6f423581fc2911712521ff6337438e13ffc887b6080043015a19e1d257af5c653f00ed5aae9532d99c9d1d451ed5d93482f13d9b0b7d50dc252625fdc4ce254bd008babb56c205c745ae3c957e6fd2d1ab6c2c57ffd10f94c07a09002501c0d73e7a98c82237a9d8f4e7fa4ecf6afd6720e46f1f0660006a1ceb5b58b7198d0f395a0a001d010935c8cfde1af81f5eae32be3d55b929cca3bbbf115d3ae39f2cb3cf	1796650081977	1796650081977	\N	\N
demo-city	4958301312161250484	C57B-FXDC-7HHZ-MV5T	\\x3c1618e36fb88e6e222c3769ac4fd687	\\x582d33196bf23c859b4283ea7e62f644	\\xf81517fa4a535d13c6957c935f590441	1	\\x01910252d3f3ad310807230845bcb7c36e211edf77dc268c43d0c4385c582ac71e6849cbb904dc7f518cfa598b61dcc89b06a97a07dc01a15eb6ee62885d9bd46a	\\x00002901f2bd53c454b5f8c4a956056d15e1c98df2936d497cd99696fca5532420a5f22dd58b1f0a8d19446101002301ad720188e4fd79d8040749e80813b9c7b9f9b56c7dc08f71eafc8bdc9de83094fa1302002301b75366fe5db0474b523615a69088e3fe875c0edd5b2c8149eafb3effb4de9709af000300290193660611031922e6941df33df1cb9d1466f605aea5b1ce3b249a067486faa3a2e171ce99bcc00aa1040026018cb1740e69a4d802a97c0ccee75454b234a2970ecb9578565bdc4564bb775c4e8524999e0a050027017f431d54b04cbceac5514b1445b9423ba05ad4239dc82574a9083927081cded919eb6990e46706001e01f77adfcf65a2924f0106aee5924b9edbcbf64d6cbd57d1efdd2afbda670700250120e5798071574731e0cf57b12dacaa6ff895af426ee01f84e1e067ad61dce51c87b0d59208006101a5a2bc1c06af796b1a97beceeec744763c547e205fd4901ebc6222f88287bde93d85bc636041cc68038cd63cf429a7e322130ebb2a0ba4fe75467de200ebad6d83fa8888664b9e2aeb8f8a1682f24dedc2cccaab8f267ece625bd413640196e60900250166bf6bde136ff1bbf88c04b1f5cb7c9f512eb010b5db6c09fea2b72a305c15d626a3b4770a002d0126c982a3f01783d782edae96c6a52ddc6a11ef1a1e6e740cc6d1bb59654c99256cb66538f062ccb97ff6305f	1796650081977	1796650081977	\N	\N
demo-city	5826085128019361444	4MJK-YS85-KZF7-B87A	\\xdba30225aa260f33e41d5f1e061fdcd7	\\x92ce260c8a9ab911f567fcbb4f2d6ae2	\\x87e3b1ddf2b7bac4c74479f773c8cfe1	1	\\x01910252d3661862d2d01766fb9239375660310fba2c8fd66b57b53aa8ca973ca8bb30fe43f088c0ab3adccf5f0169a0d634a2c5094b08ed2d3fa96f6b72da9550	\\x000029019b034387f68ec13a01c1c5d6fffe09800f54a398266c11feb6455dcc987ec5fc618f8774a948ad5f0100230160e461ec1ddfb79ba9137f3aa2efc10f94af35ba37b67ba417df50db0dd0f45dca0902002301730762856398e5b2923f86e0b1d4c4b3103cae4e5105a755b09a2b57b0c01e237e3f03002901b6310424a7bbf0353202faca55550e63f7124c7144550854c6f6648c6e63275aa95a85d68403584604002601f6eb13dec07362db692e9b7d93e987c4309df195a7a063590234fb72159c55747651324205050027012ef0a482212649ed5098c084404e808b9eb1196f0d7a230d6d60ec4a3eb8c1434dc42c5e7a1406001e0104625b5f5064f5fb401bdc3c17be97e17c4dcb207de319c11df9ec6c8f07002501808597db8dc1b6a7ea910d57c93375ff9715fc74f4b536c13687b95ec021959bdb6a5ba70800610142194a1ec7f402a553cc1f55664ed54d5fc77991aad9b355bb916e82a714db7e7936e561d797fba19dec6b947f0c21dfd63dc34304646592df38f26ae5ab2d537f9862ee362724c04f87566a90a8c6f398fc34a41cee390ac23515b6633f797b09002501bc23e92826bb5a467d4cca2c742dec3f3e26e9c4ebdbb87e709ea51ebbafb8a1a09080030a002d01e32292d9e2020bdddc2108401c6c29b1f5ed28314aa8e71b1277d8765ac835d3c228a78f75d609ca4535f7fc	1796650081977	1796650081977	\N	\N
demo-city	7889658303703897284	2DKG-F2MV-34NK-FCTD	\\xa53cdf23a1e8f316fb73ee228df62dac	\\x0ae8f276ddb4622f5f0d1999a0067ac5	\\xa7641ba98d228b6de2cd8c96eeffa5a1	1	\\x01910252d316f187fbe80e411d18363d6655554a7a77e648fbc522349d4b48cda59e48110ecb50d164e6bf2d1458ee54ededaab42dada89c543eb4217124ec8acc	\\x00002901a871ab2ed173cf877fc5bfc123a6e714b26857fb154cc74125a95d1930aa45b3f744954dc52ab6fc010023018b4036071ef29d3c5b94c0df101929e56538011fd416ca45939c7f465afa838d0c900200200115f6b4b457e4441fdbb7face9e15fd78c415c638d611d39f49a8b0c9eada13030026019812c4478582860f45e573f9f76d55c4bc20763530eed1c1a4c34131ba27346b22e0ec465704002601f3ed1f677ab6a4e999de72aca103b48ec30f6ac946db7bcc568768965e2a00653e5599622c05002701f15158284c20e0e7a6a05518a24b68bed687961c24f8cff5f55b7636d455e9f94e8e1845f35a06001e01bef7fc73c3ce3432fb6cb68c55f2eb2cef3ae887eec58101d372f0cfab070025012a17ece1d8cd69135700aaa1ee2b4e949b79ebd8f55daca4b5fe4c57bf7dcb058f521da008004301b60faf24fc6ba75699fed0073a5e46dd8fb987d1aee35ea95d7a5a0cd7d57cad454e3320ff7f03bd5ef50ca0bffc1e1387861a48aab9cfe52caeed19b156a6bfd37209002501f17af8971c82d4df1fd779f3509879bd2b3a2849557b8af0145066313fc7e22c5ecd13f40a002d01b1d02db062ef601796031b378d56801916c94211d413523c687d6bf110e75cacfcc23180f4225cf301d16d11	1796650081977	1796650081977	\N	\N
demo-city	3076136982166565244	QA79-Q3S9-BJG0-DVZ5	\\xb2bad16172e206bef8b2920476f265e6	\\x02084522723c885dc8b0857b511fddda	\\xffedfceae41eb6c2fa1522b71b37d28c	1	\\x01910252d384478e9277ebc8cbfe71fd359c37c4f32adfe8c6fbe64d97b100ffc2c7f19e99eb5bb934c64e9b1588ce0e38ab67c4fe4bbe47f02a5a03bc5c59c6e8	\\x0000290161a064edca063cf488938dfa42429d07f0650df15192a48a18539ddfbe2e69cc47167a38fe893ce101002301e881bed6435f15ffdb5b291014819a0f060dd87f8e8bfaa90b1ff00b089b77172aad0200230105742212620882bf064fb260faa3b9f688609fa2cc98a651834d52948caa2604d20903002901b6fa09f5eddf77abd9d365c7e84035e8c8ea0b738504d9a69fa34f34cfbe37abbdf96b0630cc87c904002601e535025ede36603338c1871e8e47ecb4ba19813e8a864f45681cb3609e26cbb1e24042365405002701c873fb996dc5bbe2a10ef11416aa61121a3b538c89582b1cbb2c8bcf2ae384d8cafe1a14715606001e01fc7f59d427ac482f37f15b79ea8f27bd6dacd647c431a64ef450427b6607002501d0ee202a995cf176f9b93b35d4c0e95de7d1be60b7163bf6c1b4e395c0ce3793728ecb0208005a015e65f68e1db641521a6b225683735c3f0cf5c16573c11d19de6f2ea68edca093bc559325d41afe85369ca62d55893fabb3f43c4a23771d9dd19e4228ea5049a01fff349f9831bef230260e3448787eec42e30bb0b6b32887210900250116f28f4df141d79aa5ec3405f83679f7ae11ab88a3d56a9489f046e1af24d3e55b6f7c490a002d01a39e87410ca1355a91bf719e696638069f9d7f0505f162b3aca7925ce56fb8cea35ca05be575497b1fa270a6	1796650081977	1796650081977	\N	\N
demo-city	3172066141988683849	28K1-Y0Z4-AN3M-T2GH	\\x19f22906091b2c019df9559a07b6a6cc	\\xca65752ab6b3415679343b839ec86e7f	\\x06cfd1411b0a19011724d9cbb45035d2	1	\\x01910252d324e5119e9df1e9e12146035866c1ce8240f7e951211f8041df8f1d363bd34858d1ec3479125c650a091376a9280e26a97f0a69095cdfea5f19ec23ad	\\x00002901cd6ecfcb6ab4a3e831348b3328756b4c20736512bf404760beba8035ed2c613db57d618b9aa61456010023012a4c8aa82e1d8c89dcf2576bd0660b28087b18b352cb8c149b67cc30483e325f909d0200230141471018ca941896ace39f33b15c963eb779eb18958fb05b8b917bcd3930d10d00e103002901f6747d941393b30a9fa782a67949c4cdd6174e7d1aefb50cb71d9088c18599e4ef4c9630f14979470400230184688d16426ec423e1e7a38db210a831072a5b9484659094d6e1c5536b35df691ccb050027013a34ebc0d88490a294c0afcf84c9d0135f78c746c40aa602c6ff84891899732c3c327bbddc4606001e01c467d5dbf3a6d0e8ec068af70cf0aecef803c8c27a3065eb8cdb36a43d0700250116cd7ffad564db096366f4df0d88a0d5386becf5f500552d1d4897444b71160081b6134808005a01e3e45d06e16cf9c0df6f46c6752f1d8aa3d4d9d745701e62d47795c4bbe829681221a9b6a77d4afdf01bde582cb96f77d14bbe2d4465f29461e27164064a24d7d093dc63148281e4b5b7d9659c123cee70e628b4a49d99c28d09002501f71d383be89ffbe9a0ed79d87c678b94b3806307ceb1f879d7db9fb374e88c33997bc8e40a001d019eece2a0d91e705ba1bc770e93ffde38067c66da2b31c094c06c0fc5	1796650081977	1796650081977	\N	\N
demo-city	5099240488848191372	T8D6-FK0J-QK00-QTP8	\\x9203ecae139ca43f5f7678c7844ae940	\\x7630e8014d64799ab24b7d82327bfb1e	\\x2e5438be09238510050ba5c4d0da5b60	1	\\x01910252d32a0d76da898804c7bc5e803ee052a1cfa920284c8a183906f535517f6544faa88966ecc0fa62d2468727fcf98424ee514a1ccf4aeb3df3301acbd8d3	\\x0000290171123e0bef20d116ae3ba83e2dcfdbb3ba4b004acdb5ee4f6fd8ffba65efc01a976639eec5f3a46901002301be7ae3891e71868f0c4f02628e56e2d4d7c37bee32e0c15a7ab9eb0b98c27f5711ef020023014747e546b72aae5b8c06f88762ca6a1869860e58407584108f55f96529313ff5033203002901bf3be12f0265a9d15e5d93a912cfbb960d671e5d0d5e58925a7572e08ead0e47ee0124b24ac05e3c04002601c3db6f696035ebe086210b531c34b1e77f893befe0a5186000f9689ab59b036e0b526627ad050027015e8c60cb22cdf06d122660e5581e4091259bdf9c2ca0aeef168946f58e9c84610d01351805db06001e014f7dd59f30788a2db2ae210be7a1d0b01fdb0efe661f3e930e8526ba9e0700250157d20c450b08f85d9c4a9a3043d83f76b2e7bdf7b88ff81d5a95a17c6d06a71a43de970c08004401665d55fad2f5d787f311509a64b289b7dadd29724a980f3877ef9e4ccabc222fc90e283a3a7ae5d72c26cc0be825f8a642c8dcda6bbe5eacf411829f6543286648e1ff09002501abdcb986e1823caa4e3b5afde07ebd5cc40bc2c47d6965613ebf72a5ae57d632da6e57240a001d012e08cb1034ab162d265ef30c58ee494ec70fbc11d8d8f60df61fbdf2	1796650081977	1796650081977	\N	\N
demo-city	1411866631043754696	VE93-H3SB-H1HF-GBGZ	\\xcebeea14cbabdcd54d793db0ed5e1c2e	\\x25552d912d85b7c643b6a6e5b9b7220a	\\x125f9ea79be78ae64076ca5a2958c725	1	\\x01910252d33182e731156f7a23930bde929ed8d955ecc6980f43ac1d46ac81a3bb4096d2f58d6675f33d882f60aa5bd827129d6a59609647ddb40c2f0453b606f1	\\x00002901232cddf1867b6c77ff9f6ffb17de52040c9e39b63cc114cd6687603ff345645a9f9829ad72186b840100230193ed9699c919fb9984a9daa9a9aadb676659ee8759e38dc207cdb43c4867592f582502002001709dfd17c8fa4f5bbdc0a73a9b2e8fc52e0f5c0819737e4bfb04a080d01d5303002901139ee55ad809d469f649307d85f52a2ba9885aca20315cd47f19e8ea1245f168c3cba1ef905e3c0804002301f55bc2944dee9d7bae9d6dc34a8eb9106de026284cc5584d713af96f72cf2f4d40e40500270192bb75a4c6f107e6e67cd3ac8a95460b755dae8c020e594e48d8cd993426eb3b2e89c630fc9b06001e0119bbee1d3acac06dd8227c9bd52106b303ff57370869e75206fd9a8530070025017233349582350738b760a0d06e110b3487610887b2b194c5fa85752b7e754aa993a8c67e08004401466363c1cf8e29c893420afad7650a645d2e71aaa9996feebffb6dce3842b36a7f620bef8e8ad1f8280dac8c0a624a700f7857251daed741940524d57dc2de8c84ef7e090025014199250a3091876db062ce7526e2695c4ba189977e7741579121aa1683543ca20d25e9ed0a002d0134a1da10787cd8801b2b08f26dbb8754f3b8cb409a09045ec99a8d9ef7629fbdb5e74b827220c5b65d15b959	1796650081977	1796650081977	\N	\N
demo-city	6327298136529984583	0HGQ-CA9M-F9J0-YFFS	\\x9c03037c4237e7802e937a7efe20b4a9	\\x9ec9500c1379946dfef550a421581076	\\xf05e468823fff825a09486593240a630	1	\\x01910252d31788df06f8442575d386ae3c39d16c19a877093346b10e01da642480d0adeca4b46f2a9bc086e6908d1fda84da0a2715f7b749e294d96d6327908dbf	\\x00002901a3244c76d76cc320921a4aa00b7cb40902cfe74859fec6c74ffe036388eeb944df1bf34699cf59e401002301135c56a8f97163f3f597026c5bbbde6c5f1a6964889fcd6601685809e245b18100e402002001d5a1d577d45053c334ff4aa083672231572cdbd181385ac19f734774a8bc35030029010a225163a7ff6e9b8baa3b3fff293ba34addfb6528d0a7546a7ae6bb15f4cbf3311d8fc8625861b10400230126001f7ffb039d21f87ca0a8f9be1cae856816b0f3043034d2a89cbad6a3a8fdeb1e050027010309b02f2a5e581f573fe9062d698a32b1119865312b06ce3ef2797372739083d285275a1bfc06001e019cbb6b65c62d16b359f9bc5939319074ce72aaf8c7d5a126c3ad89266b07002501fb8714c6c0d0885291e22f16639aa99929071586643e0b76d87490e129b602a7387252e7080044014e516998e9fcdfd8a6ef2b90f221e09fd380a621b57cf3153a9c3013b930f2a7d1cc1e30e05c71014f8fb8a2734088dffff507882e23d05ada90358d682b3d29dcaab0090025016dc912519d17fb0fc1fc9670f9d5c77de403a264bf2038175697528d47586c673fdb9bc10a001d012133c4cfb15f7c81bc2ffeb0f10dec551e984b44a8c336111d375313	1796650081977	1796650081977	\N	\N
demo-city	4141509342799463623	42VD-RE4S-4CDZ-05Z1	\\xe686f637a0df649a4dcfde8b045bc132	\\x4ea45177a175be80030fc5a0c5c2e885	\\xe758bb97abdc9d2e32d3c55ebaa8031f	1	\\x01910252d335879bd949eef53f044fd9608b56d5b0c33c1503567efc60dba5118c768578eadfe06a4655712edad5d5b908600f9d0912f4b28e3c53230ab71dbf1d	\\x00002901997573937d7763f840bac13aa619752cb9f066f095fa49b5f2b536cb30bdcc07b6f85a31f1952aee01002301032dcbb4a8629686caba8295dfd9e00c70ae4abe232fd7b6e9f00742d5b758790afa020020013cc72f260d3a5f0e234ac7cb5224c5f1602c02706a24dbd6f11ef9af57bae903002901329cf5e23f643c0f02748560b21bf18a1df5f32890e0aa4288c74f53aaedc10906285da9de26b2d9040026012f20d8e0207d152d024e80d9fe035cb7901b55ff405d88e9e55e8c25de4c73aa1acc62842305002701445c3a766b063b897ab6dd328c98c96f5d7a7514ce71d313eb7f43a4497b980b840f681ba7cc06001e015d3e74ffc8efaa57ba132ad35d7b75c89d22c5e14ebac280f8ae13653f07002501fa5bff1cf69b3d17b6d6cc036675c7a233ad42ad9befe55a07151f374ca2aee112221f3c080044018a50ef7dfea731915b177c7ae0e4ebac33e293e4f4b02116059450a809c8ede0c54e7670102cccfd6d4bdb21e4635f281f327d7af897528f6091af5c2d25e6740fc63109002501e8b4e579f55afa5b2eff102a27a836ab4fee037e9530957cbab5ea3c89bdeb752969fb450a002d0148c44dbbce533693e18a7f03906eab7e6f36811a0496ef3b2af4a65cc9a26adebc58b168c1bc74d322400a92	1796650081977	1796650081977	\N	\N
demo-city	4699992759549563884	NZ7F-X076-0CH8-4M6B	\\x245ba813479bafdfad8bf236541a1cc2	\\x33e139fafd01b6e1503259e7a9ac7333	\\x015a0ac3710b7e435f80e9120c2b99bd	1	\\x01910252d3cc3f5d8bb26e63093aefe5cb7598a46a1af75c15fdc88679e8bc59185faf74d2e7e38016aeeef974985d2b03b9f703cf0471b9720fa0772ad15600d9	\\x0000290166d1f2d992cf017eead9d1773aef8b367d47608fb536d638abdd550a0c839062365d6d8a80a7a69e01002301c3cb00040634d3c39c8ba79c66236637cc86bf91b9d4888f8ad751da19f369dc4b24020023016a128a6d72c4ac7652e41266bdad4658a1a743d9dc64703af8e68be6b367f286cc6f03002601b9fedc0d6dcc94e46b433094d094b2c7f171fc96312cb0e212e7f005f88c4c25e91d8bc5e60400260182e4c6aa254125234889051699bed3a63cb00c149c5c2e4a588b2975e53cea0b421016871b05002701499411ed7083c20c6ce1d367bd1cf4ed75e2301bbf6685476d3337fa10a939afa739d875325d06001e01704fa35d99bbe371c3d3be6a2a26ef98bf57ef72f9f5001d55a03a5d840700250197d2963a181d972ebdba4bcc7b43c00d0eb44af245da42247f73fcdd0fd51b54c3038dc30800560189d820c7d9bcbfeeeb9b6cc97f54994e6bb1cc5870fdb81dda60a94a44259215a707c1a4b12caed09455b66cb4189f37815aba16a6f12ad0fac2efdee79e97dae55ca04318fca730525f509557f26040bb87291dd60900250149f8549553d16aa6ab784d81d432a71450c41178ee8bd110c099e2158039f27a2ba633ec0a002d0140429514b5393a864451acec4f6d7dda2d36b38c89263954501072c62288dd33c0975d6e92bef25462ab9ee8	1796650081977	1796650081977	\N	\N
demo-city	2959249627454103437	B7BD-YCK3-PHGN-PAMS	\\xdc97e32e4ccd6adcd50dbff8ad154fbc	\\x3cb8492695c7c092e74c9b231bff6ff3	\\x5322a3cec17084c6af8fb46f48cddc29	1	\\x01910252d30710f41e4dc9534c731ccad9d2955db87d4560e8feb8389d46cbad6c8e1912a9d9bcf2c5f494965fca26ee519aca48d7e185ce0386349e690accf13e	\\x00002901775c914bf51c7a31633ffde8aba449fc5ffef086b7ac9e11fbf28d7fd0093ca60674c849b976d2fa010023017ba2adec770cd4d321dc7fc6d666bcb671f295daa4badf3e11214e05dddbf4a29ae902002301b55f80a0e78eabbe86660ed29589ead9d5c03b606e647dea948c51bd6d76562f490003002601c6317d4177a8fce623069572a59b1bb51861360cbac704e3d57ec03cff72f3a875138b57410400260124566df7697686346387e3dbfe0e120c45249a008ece2147b9d0fcc397d57f15b6bcbb227f05002701bb7c6ba5b6a8757deff32cdfaa2dc38ccfe1556e890772bc0fab8f64f8b49283f8f5d24420ab06001e01931f30197fde8d70bf5f7c8384188588e4f31e0fdb6817b4556881c2bf070025015c00c3a7c8d284a043a4ba1348751f1b415641e56e3468b03e1b46b6cce40d02eb1c591f0800560139b48b3302be84e3edf9181aec8f4ad5364d03dd645056febe6015d97b0fc3567acad76757566c2998b6adad42d296d32dc60e3385edb397991efe87d5bc22ae91e612008e8cd4fc6e257305ddc9dbf0e5576e37c209002501d1e40f9dce1e3d57bc36600189baf663e65e524d86a59715183c9bb03e22fd6d9c3fae970a002d01945333a09184e2bed65b0d45ea48556039c34ddf5253e980f041bc428d1588e57cf1dd307fcfb27e36348a5b	1796650081977	1796650081977	\N	\N
demo-city	247010207771831574	BZHT-S6RW-8A65-AYGA	\\xcd811fa6224ba4a43ce5bcd68f0396a3	\\x2a7862268cbcad538338afb167646337	\\xb12f3b0498f1d71a3bd12bec8c138e28	1	\\x01910252d3d5b0fa4c5bb3f98f88127c8670ce2c2ad7a0e5ac780a4898ad6c2393bc0220cf4b18a8fb5b26d4eca9c92575de0f4382de80ba5a073d2bb0e743fda4	\\x00002901fb2e4025d0577f5743e0c9aeed32c7e063ca7d7440da72cfcde4e9bf92f1c4e48c277c3a49d9a9220100230135ac2f20ff1e8226581160692e3f9a6575690559810ac05ea3e39334199f83d5ef9e02002001e2651df02bf3dcfafc7c63e7e0e8fdb5c1166269f4305c473482fb4a616ddb03002601c24e9498e60b92938083fb0e7fd14d042748c43294cd97143f1b7a3364636472fabbfae038040026013160f94f41985993891162010b9cc44ff13fa40d2fdf5d9d511f00c6d7f81ed15534300d92050027019f6d57aea97578e3b71f89153b9cf715905a3c798c2cb2b4af211e2c5c34a70a3a75762e41a906001e01b7f247843ba403f42cef99f6ee0043f9ecfbd632689b9f178d9ce2663b070025018a07a1222f72b8df487d7cfcce82c5cade9b7987ad401ae89e089a09479a99568bb6c36b080056014d3dafe97f8903112a4ffa10a45376da018d5d59160796444c974ddeb8bf64a861bff468a457a36052175d3fe6537011ed0157fa2e5489e7dabee27463c0652cad259f02824f52ed9e834fec23c4f9dab76dc774b3090025011925559185ed7cf15cfbfff2ac6afe1d753488efbf4c0dd2483d83c6d48259cefaac133d0a001d014cba8c769a7b506236f5c45196247399b0f140548f107806736d85fa	1796650081977	1796650081977	\N	\N
demo-city	1071534254968086827	4NXP-KMXB-4JKR-KEX8	\\x3e943768c6101aeda8b009bbdf37b032	\\x4807071bd1f884d496e5740475e07ef4	\\x16eb61cd55a35b7dff4ab949439251e4	1	\\x01910252d3ad3970e9213ba420674aab9b9ecdf8b2893cd2a6f8d774e4f4099805917d7c68f9b32d46dae062dcb836f261cf350fce5d1230909563e7b51981c279	\\x0000290176af01b451f77cc17f18ede98f7c7d720200fc2531ad6081e05b60c00514b5e142c46f106e4453900100230180d35c883f7e46d048fbbca3c0bf7c7931a233ce9c05a680a3f63005c391502976b902002301281a52eb201aabf2d9633784a4eac74d8dd32d0cf9f9ae487f2b056f8d79ceeafec503002601692d6970acb8ea4eb84e2915d996de5568f245b2aaf59b7f255fbe33e473d3f4263d1f6ec804002601e9bd26e4fe7207b19cd61987fbfa6616bd6e3216a3eccc159a83a28bef6f35b0bad975a7b2050027011523852970d3ec9004ce26574d5aa9f460429e6a5fea0ca979626fcbe816210b48cdc980c05c06001e011ceb25c45a23c90d0e08e6a89ac97de0bd1634a59b012f77df6e327daf07002501928f4cd5ffa96b4d0891dde190e8285ed6851e4143824197c5877ed8a789db88ebc359750800400110b597a016ed73f2bd65ac08087f3b5acd0f7a29a2dee7132242826bfbd7b1c3007dbf58995eb34e9a3ca3af207ed1e6e1db74687d1d7c9c482dbdb355355409002501b66907393d3779e60c39b31ab1036fe32d0973425423819099d2867d0953ab6447494a610a001d012e86eb20b9967eab2eda2a2f0a354d7b1655296336c42e2acf0e0b06	1796650081977	1796650081977	\N	\N
demo-city	4527281465826135457	9QM5-PE5T-ZGT9-0ABX	\\x33ebcd82833b9096cc4426610b892eb9	\\x510fbffa5a3bc724e235c81da22360b4	\\xdfcecdee9184681263d10c434032e493	1	\\x01910252d3b8d36faa86e86fe19f2a447e5165aaa07cdccc08b779d6b43c54422d852e5d4f690e088608652106f61dc28f90587e7cec8245369ca02f1d41d694ec	\\x00002901b68d1be635b492cecb19905dda26e05f73ebab499c1216a46072dd1e33f146eab296df1a285ef73301002301c30ba8c7702e0ec9fbea6b862d4dfa73ddeb0b5ce4d8e90ff1784050294ba533d7ef02002301e2d3fb8eabde4977183d9c312b025941e2227858bc11d30d6d593e38d3e6642b372803002601edbfee479be1a0a5e8d5b05b1b031ca147c90cd1bb6a171e93758aab93dd7025d47cf7656b0400260104a77bddbfda8e9f0765c145aee3d23ee4e15750f4c09d578455166912ae46507c19b68f8c05002701649c7efca0471aeb2e42bfdf715266d1d97504facbba0e84ca484c8872867f9bebb5254d141f06001e01d8785fe888ecc39fc127c0369026d0dd2f50a7f2dcb0863c0fc27aead5070025013f198fb79de485a345019ba132e27aa54b4f45f21ce65c235a81c36508069c1683edcfa108004001008a97f6daa7d32d2eda598e62c83ddedfb74f32c1991a21edb7091732dfa29e8035e74200778fb64b0c630601b24ac52cab2cbfdd308baf9ba470755998070900250169a38d51e2db638b7e24ad86c10fa3df5db1c177c8f803215b11966777c2668c9e77353a0a001d01241fed25216db2dc36fed0b675d9bbf96540eea344294c1a6eb9867a	1796650081977	1796650081977	\N	\N
demo-city	5771410043971648354	FZAK-SXC4-PVZ6-KQNT	\\xed78129c12724cafc776d7236dcb6635	\\x3dd10342caa8335bb8539191802d8f3a	\\x53fae2e0a0325d57bf15cd63cb859cab	1	\\x01910252d3643eda4b53559a1b3b6a66fa81337fa019b321866870caf16714244b3d8602b13ad7b54eb4154fbe52f130e0bd4b3a6136cd5d6afe55ca6708e84176	\\x0000290129efacdc32c82d63e49d8ef974944c4f3435903d581b5671189f5e8e3951f3a305e9612af06363c501002301eac7515c9acbca2d493aefa03f60772482d7f8cf27197baba8f1b0a15afd004addb0020020018f1a91643733109d8d5a9c21ec2607ff6b812fe1460e8a5d4965dbd16f956403002601777ab0f18c7f67ef9acb985e14a8b56ffc6c05bf5598051dc0b3e2c839a000e385f9768d37040026019faf6c0ec531692e5b97eb179d5ee1768aca1e62390847860bf0a32f3242239c048b119db705002701642f63d9f0482e5218c1fc38c582ab7aaf2430135ec682885019e298a145fe606d6d8b8ef0aa06001e01e3d56d1af595256bd19a49db88c0595be28f55a3ebbaec2203f14152a107002501eac9a172548ae249e2d1b92a8b6beb2d84d4d8953500a8ba1caa1ddffc49fe6e23da67b108004101312d9911c61bc4b59f76a593aacbf7645f35d09065c9d309bb87df3243c97825778103538c8914a0dcd0ee3acc6f53bdada30995805ce90a551e947faf3ee4e20900250122604a5f857cea1d4cf419fb2e4ae6c26c6f1ae0ac6187f1727c2ca5a6328008d444d7710a001d01010bda299d20040724e8508f17282bd1f698a24ac879f0a4127ddef7	1796650081977	1796650081977	\N	\N
demo-city	1768172567610659551	FYG7-DF0Y-46VT-EVTA	\\x6ef070e5c3e885f70e07145340cb11eb	\\x993558b37b88229a2eb09fbd76bf3135	\\xdb1858e14463160f675b330c4049dc1b	1	\\x01910252d3ba506d91a4f980ee9b0fe992817f58c5b24c087e830245b52e361aa3c39da08d62a7e01b6a7b8723190232d0edc2b5d03b08b6d0046da96a7a02a89f	\\x00002901e5ceae742335524a6506107bfe3e02f104e3f0f6d34516ea3bed79bd24128d2dc33e6134552cf06201002301064bdbe00f256582ee58ee07918aff4b7c0515a0b51d644027cb601c686cc689c66c02002301e07e18ded99211c401087c901d6344edcda31516f550d78322551e25fca225812e370300260145c42bdcffecd665659fd0eb1727dd06430564bcbb8ad0605a2434294f8ebb4e7a3ed98d91040026014d511a26c168dd7fe97d564d1a83da61136c504f788708c6d85158bab1e1b919b895c8b05105002701bf11c979268d96716747905b9b20bd2cb31c76ff92d623385e08625449b3d8c803a2075d659a06001e01dd8ba2ca36e76105cc39af7a0b9a3f84b27ec95425094516e150794aae070025016039b17633a3a2a4e94b3510febb0a4713647627d65c336d9d42bc980f6b46291580b7ff08004101d10d1f633e42908e25e8a2a5c89861b78c0d174e6d39465ff2a028dd4985a99a36cbd4101ae66383f7225d8646b1cbbb5679034c602e4acffe205f29eb29c2b0090025016582180ca3ba183ade1cdbd0788478c367d28179b329062b282ed3648a93894e06383e770a002d01da8e779262734ec48f551941b59c4988f316570f3e3a6d8febb4f2c5246c8245b16fcb5434dd89064937b4eb	1796650081977	1796650081977	\N	\N
demo-city	7319880714850599152	PAJ8-G37F-CFK2-5ZCA	\\x42bcd9aabb88ff8cd7871a9d531c6054	\\x125fd81292520b235f262d19aeea56b4	\\x3b2f606024255d3da2e5c94f599b6b74	1	\\x01910252d32bb29677812e301642bb9625ff5d3666506694828f6883fbbdf811b04030442a9e5fd9256d1847b1722144a09311c290f85b2ba5f989f45d37060637	\\x00002901f6bb9bd80205a224d0f8a298954cf0806f6fdba997c110a87004f2694c7e89f8b08c7f6ffb44e57f0100230111bb60c297c8f96a1822a8a9f138b92e5109512521e1ba44ee719749e8f9343347440200230183a23117507869f6c9faa6ce69907f59dbabd5af65e5ea8e75208fef0a63baa164af03002901fef82866e35394b0310dd96be386628b1542b00fc5ce5b91e12c8e24f78c4d3a3842519de9647e35040026015455fe59d8ecdc23af6b9abd4d47871f7e7876172059361b6131a974ed065bc9ca2411b32105002701fca66d65ffc68c942455a489a5375ef426adb3dd66b0e94e9116c05f7ae8c2ac8c26d6bc27cb06001e01d25f4d168d0fc93c0b17d8b7959868bbc9f66940d918e27893a9499c4107002501c8234e33d284cac0546fcab8dfc71a7aa1184c520393c7c4bf4e2d32b1aef3f1cfeb3e6e08004001da1046f0dab64baa0104a76deed3e5686c7a5f7af957d210ecb3962930daaa830f5c863e1e8567b98c146aad5ec654aa0a7c38825f03119d937bca3960fb130900250175015712039ea0e4191caf6e9a310602493da4ca111048bf5c436a4ac139cea086f32d250a001d0154013f919db453708181e2939cdcb3303d38a1c4697c8ba44c0ee3ff	1796650081977	1796650081977	\N	\N
demo-city	2705634785270424577	JMTB-WMG3-0AEY-KMT2	\\x9cee45c5b19bfd153bf5dca4bc3b3098	\\x647b809e58f1632aaeb063f67eb96c9f	\\x9538ba4928fb9c2b68e0209ce345f239	1	\\x01910252d38a23ac8169590cfba6fe17d1adc8be5e8c4a8b099a57bed5ef54bf06ba9f26b0fdfb2ccbd50f3eee131024a2fcbde9255f4e174cf2164308bd11e253	\\x000029013dc587de357cbbb6391a5d61653ec1c5135ebeddb8e54cfa2f02ad0caa6ba2154ec12ca88e55b8a3010023019b4075903625a008dfcb9160d06d736eddf64ae02f42f5d0638749f777d4c30ecdf20200200103937f46d82e1a8298f004999cba0cf145cf2f12ebe562c7c672dd217fa2050300290154d7302823693163d4cd49cb8cad032b0518fb400e7d840849431c8811f6b5a3153c433ac146971a04002601e83f604332ad876ce2c58d736bc3e96f47968dd44060079564e26271bf98b78aa222b21c96050027019b0f74293102244ce3e90a8c6a36cbd14ea8fa96e5b3e67fcec3ce25340cef00d5ce1cc1946a06001e01352915c68e0eaa112248fc99cca78501e395da713d3475b4a136b5bf5c070025014dc21ae9ad9731867a49f9754b81c08f2def5ecba87dacd61eab079c2797858237793bfb080040018450f1e9114ea55fe16838b3727b5399929214254741a43fffd300840faa0be9f75f2327a28aad6bfdd477ecf12afb4ac3f5d30ab65498930d273ef219fce609002501bea6a24af53438158038ef26c21240a9e39373d980d6a5658c63966b2ba73c5e784d7bf60a001d0167988595d4194110b3b59d8b98dce2187dc8fc1b2d1bca07d32b29b4	1796650081977	1796650081977	\N	\N
demo-city	6582832917625296482	D4MP-G275-V5HK-73K3	\\x0d17f53608cb65d5fce3dd7e1b9000ea	\\x4168d8df1b3741da4cbdee7cff9a6819	\\x45ec906a4866ed095d2aba1423036c1d	1	\\x01910252d339774019718184c4c6e07f879448b69317a64a6cab84fa0a51bc07249facb80c1e21a4ff4225560d039116279f509173d7787fcfe696a52be6f83e11	\\x00002901884d393eab4aaa215acf66e02205abac60ee911c9dc17da9588f882bb94cb68fda3f1cfc3b87b1b701002301e6985f1c71dcf2e0279b36ffb562feeb51406217cc31aad1100e7bfecac283616ec902002301df312a2c700ac2805667ebadd1bc7a608a1af4ae9669b23d09f59a765b6829cd62ee030029016550423f22e7739ecbe0162e6a921e8b7fb3cc31850381ba9c821802a8527a7e2b9b76abf5a043180400230114ab57f5bdc20c58718a1e351bd952f654c897a6d130d653df8a32fef0536587f64405002701285027e4c7003ff5a5f4d9def34e6cac3ab0a004a36e3da8d7be040c687cc78ef600bb242e5006001e017dc0fd0426514508130648b6b441161924a3e6adbb42d1c2a104a4336e070025010c6dd460f40ebdb11b2aa45e91c7abdbea4de708c839de43dcdf5b6aeff119897ffcc11c08004001becec453f5af4107f37e094c5bcb4d97e962629418e49c6edf890854cf6aba3b02868c3be9ff1b338da11b177cf1d28ade7e951492d075234faf85c6acbe5c09002501eeb92633f0c307eb1cd2b1950540328488314ce0c5e67fbacfa82bda3f0dfac9aa252aa50a001d01b7721fc06037b8dc6d01a7bbae730cb44bea216d85aa7a751ea1ddbf	1796650081977	1796650081977	\N	\N
demo-city	7672819778525918728	F6M5-ZP9Q-J421-12E2	\\x9a787718fa8d4cc8fa4ec155c91632b1	\\x1baefdd5fd603316ba179bb3db8fe54f	\\x441396b364703da57675b41587ece4bc	1	\\x01910252d30959e5152b15f8a2e55bc66e6ee707ad71671f0e74e2f301d957b65343714a9ff873ba3ab24a61f093d706e08d3be14d7f1150d5d8341e3887af45b6	\\x0000290121765d582a37dc80dc48f3252cab5281a12b9829f21eb9bd75b3a20bc361a21bba2f6c29182f2a0301002301846abcb822837fd41fa62be483cad5bd3b9698c5beb2c26936c7d2a267c2c03d07d5020023015a5a5ac1410e8c494c0fea832ec6cb33b70b2577fa0611f434283709985867954be2030029017a9927eaf1dd2645f3081fac93cded20329c1480860670e5afbb6d8e3c1dccfe1cd74c8d84fed103040026015b88a28ace97ce13fe64df286b1b3639cbf1d97fb73b8be1cf4b662d3d747f4288ca54e361050027016f2df76b05cd3504f84807014dae472d7d37f86831a0b4ff651cece105145c577cb8f4ca251b06001e01c991d481d68fe8dc5c0fe6b6a75f02c5a505f86e156195a753b660925e07002501a542ad87faeec785ee055f7e49779bff9e28d56a83b714a29ad6b878b565ead9ad74bd4d08004101b7242073e415f3d9ffd0707c60fdb0f3739b4649086d187454e5ecd7391c15d583566779a417493a1855923c2f1f94fa49e68c8905dbbfd1c011fc54a43a402d09002501be2a8ea0700b3d5fd4143bd423d3306b23216f5877422e462c80e8e9e9fd551c4cb2b7090a002d01b1fd0fbd73e6308c724afd0242598460f8ad2acd61455d637e1a3b7a2b3627f5a6695f71cf6599019f930253	1796650081977	1796650081977	\N	\N
demo-city	5989876221092651298	ZVCK-W1SG-1548-XAQK	\\xea172986fb7e53b3d6554d9dc5653954	\\x71cd24feb8a0c1bad3f2c17d2f974cd2	\\x9888b495484ba095bcaf6b5144fa0c92	1	\\x01910252d3bc2fe9f63cb66fab6b0bbbbf22fbd48fcc54050764dcd05d97a04134b3402c8d65a76c793839d2173f369b408c414cb2ed4f3d96d37686e1815d2f4e	\\x000029017772677b0de12198628179257a1f4d53647931ad3ddee8fe93b8825e7f8ea38a586bb5d0e9c4f93c0100260146bc790d77b8361bc2c66f18d5ab6fe23d5d944b3fc3398bb2245954e1009de51ccd259b0102002001ae0f86770dd63f487b11663aae08cd1a776dafe991d6af3fd70d03ef67fba2030029010662806066473489300c4ba4761348640ac5a509783a0c2c9ebbb415c5a5a7c75d3fcd5e552f3b1e040026017aab6a76124057f3422160c39f6f18d9069c82b9536d4c0989a040f69ddbcd50db1ea392be05002701741bed541d8c7b3f22bb56b6c5e270a4e5f5fbe245979181a841dd0243aeed96b3585a09f27206001e014faebfe2d2794db38de43ef12a2b99eb787dbbab4baa3c54f4e02ccf4c070025011fca0be7d28bb10de48bfb32060965fcd0f3d7e2cb16450651981593e2ac71970aeeca81080040012332a4e12502683d23b01492ff859da576407d714eec8fcc36b496a4501f2d04e0dbd30f0f9254216dbf1d61276ab2605670f7ed14845f88bafef4209c88f4090025013032d3ecd30211a8026bfdde826eb9b328120b7edf5e3ff3acc97182a1ce2970c849ddba0a002d01fd0e4bb494a7e072fffd0800be7cd2daf94d7e78af9128c7f401116b6bd1d71dc1421da11436986a8863440c	1796650081977	1796650081977	\N	\N
demo-city	4276889048982742372	RWBV-K3MA-FZCD-5F7W	\\xbb5c404e5f8798108ff550bfd4360dbd	\\xbe4c7554061d70efbfe160d7ca77e4ee	\\x10936422eb3d83710d04da7e21f861d5	1	\\x01910252d3ab599bc35854b160265705926f5791740a6c182b01f83aa6e1ec19752feef73eb3258d21eea26ce5b60e22c9ed7c189d9a943837a1b378c4624c0a76	\\x00002901ea58a50ff1a5eef9f14e0fd07d584a3c24e59dedd68174c9310b96b6e93b677a9bedbaf3094d663701002601c68a165fc500dda38c9e5e428e98f38108f95164f0ceec867764faa931d2493a641c094ce4020023015f1041cf20d301f65f083aac0802a82391b8cf97219c6ac8d8a304d72b111c8d73f10300290149e9cf135b1a7190d141089ba4e9d1af7b5bc7488e061c97e1ac9a7c59f43d429655489de49d6163040026011cdc1a3f2488bdb4d671bbcc109e09ea6b968f622f415b67b34fbbdcfea764a26f3371c9cc0500270108ffcc19b0436998a93c260299b4d2154696a94b94110dd55ef22a2ff06537c58d8783754ecb06001e015d0b41cb6217c6c540e7a20e4176d62d9686fc0014d9cecdafd87f94f90700250181996e96a62fc88f6f9f71923a4b03e77e4afe084e3f9c14d090e520cbd0655278a047280800400199a724c029840c255ee40cf31df3a602d2b943cfc1a609442e8441a992a57e2d6bd2da2c0e18758fb77c9cf020335f3a15a4fd82b3dc2aa1f95528f63acd220900250117095afd1198606170d69b3b563bf8b1cb174fb0e57e72bcce6e3ab04f5f076eb6d60bba0a002d01bb1d0595133cf4a6ab997a7b9c76bf3e4ca9428ac27e8b44a0a85fdc25f374ce0e4765ff653abd1699469f0e	1796650081977	1796650081977	\N	\N
demo-city	4080144011900094424	DCZB-CDXX-MT49-YYPQ	\\x4cad0b8010e8556ee9bdd5bf90581fd5	\\x71d1b87498c1781a5b60d28aa66e98ee	\\xcbd5e3255794c3ee249aeccb4dd1a4ab	1	\\x01910252d3356f7343ffaf9fdaa614536faccbb99eff67364b82c5f64073688cccb1672fc4b144d06f8f1b652c82a138efd20ecce6ff663ac9b7f50b54229c6129	\\x00002901db91b576348a7637106043e3ec8b768a79fcca9372c4d18071e9306f3d6b1cce22f9dfe4144986ac01002301e8d0d6fb07f11c867ef90d48ec4047a1e284e6535973e0b010937ff3ab0c3e61fe2302002301f9428e09342d1eba8622695acc01b5952005f4b6f45e10c1e320c7ab827f9d39b3930300260162b297ac84c349587a2907e7f9bbf7f6525456ec983a5536259ba7e6fec115d19d1d46c554040029013629b4018a3fc9e925385a10269b80fa4be8fb774e989402e7009e97e48e914c877f4fd0e58efd8a050027019a12459182b5d27f63354e4bc0b72baf8e6e81e645979e1f19435b3c75f1024c259b0e60e12306001e01fb62d7d6ff928d3eacca8c159953ae6e558d6185f52e02c66ef2ec857107002501ece571ffc35d03b4f7c1785bbad616a580acecc6afa928b779bb462f22244c5b74c1d35408005b012cc14ab19665a4f5cbe65a8bc039e952a856aeead6cdffa2020ce25beb23fc0f573012700d2319a185d3b8c24c5f1b9c0c8725c89451458d4ce9dc80cd69c0e3834abf1215efab2540715b3da58cfe6f69fd8aec295fa9027de409002501b6ef132f906f93fc10a936c1ca6c9641c1bcd37bfeaac645ac9e41a63a036e2b0a39a5380a001d01f22c5e03fe1bb5e8d4fafb1c482d7bd51a3b3f495dfa1c569c76e83e	1796650081977	1796650081977	\N	\N
demo-city	5734095718289001394	8X9F-WXJH-0FWF-XSHR	\\xbe388eaff1df5b3b4d595d8bcd81135f	\\x1daf587a3ad5eb5aab71100b121a5803	\\x6bd957921f38705416b9cb4e6d2f6566	1	\\x01910252d3f166240fe2702166128704797de1471018177496464f3824e5a470782fa401e6732eba67d50dc7af37291d6c421af3bea4f4190c02e675ec57be114a	\\x00002901e35aeace6c1a8fc7d843c6298e92bd2f7eae47060c6416d31a341874c5f2f6539b1640f09b8d94be0100230148e465b76a1e9c0bd0e7ee352cdade9d39397d8e613e3cdc5fbf4f82f9ed5b281b6902002301150478562201602ba73f7267ec8d7a296879519a4c49fbeba69c18ed93519808230303002601a5ac8b57489bbb07ef85c269b4170d3c14bc438f595a1edce4ed2a1aa5de02b13e4f75bbc604002601f82949fc8dabfd33bb50a22e426aed1b0731b719646fd01f5d0f8d787111696d8d8b90551905002701f302894fc4d9b2088a068a2daece2d0d3df5ed915a81991b827f0122402b82e5fb6ef2ced10e06001e01739d7b5827da23fb8403a37e94bf5bd9ae3a3dbdfef2b7657f62c807b90700250110e6aed6307ef6dbe639280899a2e36887d831e69cab9fad19d1c3f70b87fc5d672a0d1f08005b01b4ead433309efb4fe41463414281860344d371638e2032f97e7cd1c052ea6905a534f655eb2c406118172eb97ff7232929a6b677b3b6791a5d084eefe1365e3eedb2ae296e73d56e809ef214ff03ad0bbf36d0abb1a5a449814409002501a109533d0a54ec0e74e971237e7eca7be180d0469c07b5ce226bf52c7796c85375947f8e0a002d01c000b80e5884dbd76b6fb51864594f97d55216f6cad37500f9c5ba31e81735f4ea3f0cffb577c6f9261c7153	1796650081977	1796650081977	\N	\N
demo-city	304222622678651884	R0CA-X0HM-EV5Y-P0Q0	\\xadc1bcc6aea962808c6c1cf15b4ebe23	\\x45b72967f31499c1d9f1952cbe8918d1	\\xc9b1b5b23dbd4896ed684355f88448cd	1	\\x01910252d3eb0acce0cdced0f7d3d733f0f1b1b0907f5a62a597aa6d7047dcc8a1a97d452908a437d6fd7c0db04d8872b1d6cc11333d3b51c47e665895834685ba	\\x000029019627c15f5a185ad81109d3248a5b48245ad4c1852c195d78466bf53536a21457b4f5cf329c32a7cc010023019b2ff7e9ee18b69a0b31c04c9ec9b8d8bf25c654ea5d4df7397b56264c49035f1935020023015a3ea6a1b4f25b1c62deed79b9f0b1f6a721775a714d532d35d657ec7d904ce2c700030026016da31dc89c9dfdc44aa231942c828c30acf7c67232c2ac2d48950409568f2684c5bbd5e08f04002601b4ef58941fb5152684b0fa07bd4b02cb01040da436d26b3d4e0e2e3016e5a52292c76ab38d05002701267a778c96d9b99986a7eb4edfc7623a1c02e10499d99dbc4b795b97ff5d334483098a3fef9406001e0139706fbf5b00a04ec7c53aaf91c0e0170fc6339fe5a17e3bc361b3493b07002501f5c1f6f8b60cf310ef1c8f0d0d7988dd7308c496ea57c933d9bbc9beded705be45b63ab408005b0175a5d74bd65c039ab3183c7e209348b99304496c9695807e79eadfd788b2c74eba6b29836c96f8651f13d0d95dc95d44eee570886ba5fe3b19fd0f6f0e3f282d2904eb664bf21fdf95453b3d33f153d36682f6652df43e0b287d090025017e9c41cb08723e9f8e08ad97360abe93620fe4917bf0b01275255158fd799b762eca4b1a0a001d0111be6e7e5eecb5a36a6782004bc564fbba5ad70d7f66dd39cc16e8f3	1796650081977	1796650081977	\N	\N
demo-city	8800475290586059461	249A-WDGJ-6R3B-Q9GN	\\xfdeae89d511f8421004ad1d8089fb1eb	\\xb0aadde7e63042b7a518450df7becd49	\\x6d16841dad38953506bb579e22a30be8	1	\\x01910252d32a0b27a9698958a8178c4a2887b75adcb308ebe68f8d2d6aed3e0d770c318bd3de30bc6b2828c0648ebfc9a3b5bcc3b0ccfd5f09e3911f64bbeb623c	\\x000029012a47835afa835363ba8fbcf698cef9a2865e4b5f4cb43bb86c957aa870281e282dd7e2105bed0fc3010023013632a68b59e8d202f1aa7888a99721a8152062b0e1c8f1b2793d17a025f448f2d889020023010b1b737d00a196d9882955ccbfa99befdc0ef2cf724053ca06c5ea53860ad17783b803002601ad94341325f1675d9fcb5d4248fd0d4a9dc9cfcea2826c47f66c9827f55137704e5cddba8e040029018ad7ab671d42e287e3200a774fbc381f08719aea71b6c6c990ec83854fa4d303d3ec391a1873e2d505002701d17e0f29e1a100292bcfc59690e386306b466d85b38fe32b743991da12ee5bb12ee8e73951de06001e01bf042641b8c663c6a0dd7c9f3674a1d3264838206c00253c0331d646bd070025019fab0139bd2fadf9a333bf028556ad673b021e27d14263e3d9667f8752ca98e2af753cb708004a01cc2f54c81b52d5105d4bcaa422e5408acaa7ef53ae7846d539a4f9a6855887e8f614851e6c74adc47c2c2b9cdbbd05a63357bce30ced20fc2d8bb0fc6936235766e0ad020b632cc9f7090025013ba27d72bea062d40b9a504800a50659d4c34109b6a96d5506ba624641d657356d278ec20a002d0149f89d6d65feee963fdaf14f9d9465154afd73d7378171d95af57ddca7e3ac55fb5b42bc16d5ac11a1579bf1	1796650081977	1796650081977	\N	\N
demo-city	7478505029072921107	TCBR-GQHJ-4X3X-M31E	\\x5a93de8484ccb9b2dc02ce69e04f4594	\\x90dc730c35159d530330f4169110beba	\\x4cfde50958bbec96afee249c518e236f	1	\\x01910252d38594d141fa5943d63659503243c50720757ed72a7a9cc54335fe26cec1ff3d2b0883b3885c3812ff016402c064a99bad8142ac5f3ded4b03613d4faf	\\x000029010ec3cc5805d8f06b956eff5fcf17411cb8686b7758459ce353c28a4285130c8aeece56faa80bb98e01002301a29112e15839e24653a8528d0c86b503592f95f7695da4ac1447a2594a4d5df5fda302002601b00d14f8a2c389e06780b6971ee0b9cc48cb6133c4e9587d16b3c07ef8e789f62de5bb0f6403002601fd36dcf0eb63bb46cb8d4ba10d0f4dcd6a66e9678aa7ac4d0701528c706546a30971262d4e040026018b382d64800c96bf91aeb27a6690d978cb48442fb32f94805c04de45910db0771c85b71b1905002701c82879fb279b2754e72a86e21ce6627dc097f93acf9a51fa2f3bd3bddacf16dd8d46fd400c0706001e01ef9866ed213fe996c504045e3e049cb73e02515527fa2cc07960d489850700250108c070cdf5fd03651f388ec2000d904de9777c3b89e375d5f1bda7d53cbc4d5565bcbfac08004a012bcb4657fd722b0e93074de35ea5f914c1c5e74114ffdd240ae9769826b64fc77cbf70927274df2bda1d02951c49a74a55534230e70799f35dabf3b2f2b5beec733f0ae1ec57c6b73209002501889001ec592e676361c7dc192556fbf8bc178a99f64c065dee85d403a9bba110000db3c40a001d013ffc716c6b3be5b597ec3b1ad39875e2a152f3a1dd01ae4b3d10c19f	1796650081977	1796650081977	\N	\N
demo-city	7488413612843390912	6D1T-HDY7-DNX3-6TY7	\\x09bc22f6e29c2a3ce5c8f935bf51c852	\\xd9250b64fabdcfb6fdf4107273ab8298	\\x93e367a2695f5a77916853f46610659e	1	\\x01910252d34b52bdcc74b3d6bfc2f3b3a74ead290ba6a5d1f92380cb4776987179005fb5e2502b3467894289b4c0a4b8116acaee756e9bf76d21142d961c4e5876	\\x00002901b1be40dc8e3916537ba57e67405ee614fb1a69d5f8a651ea9c55bae58f0c248e972d39b43cc8e04201002301b925b8c0acf6b2e9fc7309e78bdd89becbc0ec067151bd326cebc742f60063b8f72802002301223f1ff6d9730c1b0784c88a398ad1022ec72e4b7ee44c33a52e5d47c89be47de6e803002901c5e1664fd62422cb95947a937a289c6de6a94f1fe7204f6daf8bc338668e6f95d08fe64cf429772b04002c01f10974d18bce517596a658a89950971428defedb701ba8e09f41b1818904f6be97c82a1e3110bf24239097050027016ebe4f305ea81c8a39df7c5c8adca55463a0277c043c2810b9daf3f3cf1c7a3a0c1ed90d3b4a06001e012ad105393473e29e2c92b69a73012fc0ff85a1deac8230206f900bdbf10700250150921430f155bdacbf056eb6436c8f435aeec24328f887b7dede0700131e42186b98534e08005e014ac5ae3a83cc04c6b84617b4e867bdd71511080f4880193716609296bab6e11338de5b2bb9d6e84f6c7dd5ccbfc0c51d96d349730189f8a9320ffad81a0d276a4a718d0e083678b11c028a8af519d0948c23a35a2a7da3e81a7821e94b0900250114538b40e1639de4a79baed71c4ea711895da4ee89aa0bad74dd3e47d52fe9d31b83dd680a001d012502ae6a578105fd3f77aa50c3adb739ce26c76b9efd6257fbca97c5	1796650081977	1796650081977	\N	\N
demo-city	4216724834735189317	PG9J-C2CR-H9N0-XMFH	\\x95a3b97961b188580a80b911d4a8c5cf	\\x451adc54fb3bcf4916072dfd3d98e1cc	\\x309504c612d09ac3617f489e11292609	1	\\x01910252d34c1504a638794f2111c8c7ec8d3980094ac58de7429894b3ddd2b274780f15fad5dde8df30264021345db62a04c66dae073a4f68bb6b620631f77898	\\x0000290185a74116594f614495414e1f13c7a41ce1ab0b823dde4e703c186a46a274e23839c68bb06ca8441c01002301cc98b67ff9996fe6a1ccba45e1e73d6572f59033bedaed7417cb802a302bb0a9bb6102002301c5b535825b0efc32d1cc6fc439f584b4d4a19c0f361b26cc25b257c1b1888f034f5803002901655d64fc586df7ea1b12f20c009fcb27bece06fd8f2e631c1f42cf3cbef94027b03ef6852793410704002601408df607df1dabbb047121d928c5c00d182033e511cacf2fb7098d7736c60427234173e01005002701de8ee483ea1807e66245fa64edbb4e5d4ae29d7bebede4aa071d814b2424efd36eb718270bae06001e01e4eb74326937e8abebb55ff78c4328252c77459f70c8d6d89964ef1e280700250176163ecabc910502b01fd0d16d3626bb97f363a875df74a74f45b1599e336efa6ab74d960800500190bff52d3262efb4d45583e5b1e6b1f6397035ba1b7fd992857f53634707280b6bbd9af7f933d4c1c0e1cf20f602f93615241708f4e3e629285824f5dcd9e1d7ed94ca3aad7ec15dc28e40559f5c9e090025012f6c1aa3955f4af4a2d5fda8c4ab3921f283428930dfa2ffc9d7b7310172dcbe733576090a002d0120144eec04e6677a5abf9cd97b9548bd1d86d51f5cd59ba7be8aa2dcabbf595957c678a50203e401a59c0f72	1796650081977	1796650081977	\N	\N
demo-city	4672136195520996723	99XV-MDB0-CVBM-KBTZ	\\xc4ad550080d4a3eb4f6607e92a5a995b	\\x0a1b39963e10578bf405988afcf0167b	\\x858a120a9709a97b7c2e0b40660240a7	1	\\x01910252d3631b4c8cbc1661672c0bce3ebe184f5e7e04e6edf8ad0051a7d8b5590a059dce2954f86c5899b2c58c5cc2131ac2938e6e0c86b3937cd8d894938ee8	\\x00002901275a163e1be3f3b9bf4c3d8bfee5e02bb8241625c8accd21a72a80666b3b329cb1b5dfffb9b6f6cb01002301efa04f551d78a6cf421c5f406dcb0dac2d80688953ad4d4a8dc9a188cf71c4f10e5c020023012da646bf4dca0398bf29a62da645d96f62ed2a7fa7bf83fcc5487098c9c355a62a150300230127ea0ad961fb55e2105748ffa5358fd4486bb2c1090f55bb1ee09c2c009bfbe3965504002601b316ec209f35c1da26aca297b27a06e1d7694f292224552aef940da59dccfe5eeb8d3d39cb05002701072b019e6912ffc250a8cc4553177983e779c92c2ecdb4ee99303965c3d9801dedc5ff8b1c2d06001e014dc87e3248e5a5585eb8e9a9c5d87e251a99c8847fe72e8f09ec764b5b07002501d27817f4f225769510888f3718bd23b25fccfdcda264c6380c34759b633fd672653b930408004301b9a31b8622afbc3c99c635660918ed0c0499b40f5bea63762b336961625c07cdcb19f82b88e9617b1e8b1d773ea6f33d62536b88abc4d4f800ccd62183d50ba0921809002501351296a44a990063902d3041e4ced4cf6c3bad5e035472b0e7fd63bcca33704516e23cbd0a001d01372fe666a10794856e50ba9867f70b7048d140ec623458186a6bfdb0	1796650081977	1796650081977	\N	\N
demo-city	8834272821654633821	HFTK-XSPZ-1EAQ-RY0W	\\xe0c0e8114bfc631b95d5dcc13b3b79f6	\\xaa42bd24dc0a92ef2daf245cc80d8730	\\x819323e9ff42edaa615701de0e897d29	1	\\x01910252d35a7ceec590c88152a7c44e0583fc093765d3557c8d8d2364b00c7113c17dc0fb684b1c2d919c3d12feaa6a07a7d0352ce3c9eade613238784d47c7a1	\\x0000290152fe524e7976580b2c0a949811f0107a1f0cf5b36810ff31dc4576b18279ec3c56877ef3c81c92450100230109be75747bdec2e39eec6ea740b8611d4ed26e3a3815adf010f8e69d26365ca495bb02002301aa5f821311c1c94c08b60de98d427f79e10a2ce0cd41d8306e888c70a114527b4b4c030023010983a557e688b231cc46f8b6b9acecd6d0e33cb8181bb4ba9e062ffe626105086c12040023018f0ae90d170094e3a86a1d0f6f9d842c7be598dc7100d70aa0f2e0aa771ce03123f805002701e95a51bc9bf93486619a007731043e4b095f0d0a56627a65218a00f36b5702cf3d9b8b3f79e706001e012f9cff238949b3daa763b183d78bc6631bc9f665834613e954f3c95d9e07002501091774572a7a9b0582d5ea8bc2c192fd1371fbd25286506bbcdbd9de8d020a76ed4f7d0508004301948be842d853bc321a54eaa3da99d3f6d9c633a91539a7b89d2bfab0bc2cf9505db9304af11453404719500ace6f83250af654c4da8613266450d7f3d38d3705c223090025011c2dfc98e77aeffe98af4a1f414fa4e730eab03f369a67075ac355ac27e6bd06a96032e60a002d012812808f6b3b80c615204699adcb96550d8fe99bd091c7a88ad6500c08d1a030943e70b269f1b691635f1f7a	1796650081977	1796650081977	\N	\N
demo-city	5545194342294402867	6W8R-SJCR-VA2Y-W2FZ	\\x3dfcd5d68a6c44f33cc061ee09a937fa	\\x99afe42ee43bfddd8a9b52d238a938b1	\\x43589185a5bf343ac76eddd87ca5f8cd	1	\\x01910252d3ae944114aaae4e9b0a74f9c49a5bb5f9037b5a6c46cfcc4fb637bbfa0a5cee15d58e77af36c224f645a0c5077d09e1dfed64d94e1dae72493f0bb227	\\x0000290106c7f023ea85bb286780ef5496d22157096ac3fd090ef1a5dc2900e95dab3b08da2cbe2ba01d4ca901002301cad075993f096e9d9d567cf996da528f09319e17b216ec24d56bfc320aaafcf62fff02002001f23de59128ddf05de2c6bb7bbcd058f3de97eb0606104b195dd6d8b774bbfa03002901bb3220b3dc83b14a5a90352912b914f78396a8df21cb7c3bbffe0affbab9c47c0dad4e12e3b0101b040026015c1ebd06b203be796c78ea5af0d42c1098b373731026c7171eea02afa67fe69ccc0fdcff8a05002701f80c05b72a0163643f0d3a6dfd0a3aefa27216190969395a51b8f8a857410470e2efff1e1b3606001e0186ad133fa188c8caa94c46a423583f9ab59d68c2f0ed0097c7c953c26507002501d960022ff8739e6c39abf7413d642c7514353d35e78e406806d4cf70b5af6e5d4bd6811208005b01f8fa1ff1a57a74e200f229d49cefc6d563b6e7aa0063374064d8e43b857d47e8be95b5c7a455e187f94d5a75e9c7e2925aec5a09682a45dacb3984a32a711e326fb810396d8d6dc6a603f7b5ea592bed3961d7425341af4cb504090025018868140b8851fdc00a2977cfe2e586a18d0ab37d460a1e7f69411518083cd23ee4460c850a002d01bb117fdf87a86573911288230baf9644d748ba38adb78afcaa053466bdf607196139e1dce91b6f4d0d128316	1796650081977	1796650081977	\N	\N
demo-city	3065980815377602194	X933-YMEN-7S54-H93A	\\x7fd6ced5017459ae54f4a1d9cb5714e2	\\x8954d5103243addd3b859b996c2bc696	\\xabc7923d3e9223243b9044a5d0ba13c9	1	\\x01910252d38839ec04a5ea0d0ab660b9bca1a80e50f72edd8eb312f396c8e495b09a171f100493669afe243a611287097f98e155be03c8e40e51457d54bba95f8f	\\x00002901d716c87762c90826292df872f355a50edac32dac1659727b383ecdc1bf7f68647a16d0030532b2ef01002301fe34f9377b7e2ad4188dd2f010356b014b9b617d04efdcfac3e6ba6c34febd04766c0200230181244a4e51ec5f1fb632e4a9ad3fd96ed814e8c45fb881145f4e95696899e2cd28dd030029017b599cf772a4d0f5eebd0a1dc63f3a719012a11e1128149ea0e5b355d8f4949132902ca368293b4d040026016e662188a7b3ba81d7f8607e17627159f1b6313e879477f498c8c2d0eaa22107693e9c031105002701f77e5969d4e96228b799d88181755ec72141a91dce418e6777cf9b8e3bf5928ee7485b1fee2706001e01ea0b896a6167a7ced73352273f6beef8dee204ad8a7c51c38052654b77070025015f95c7fd774ef72d051f09541785cca81ca1338e27335156e5ff230f24aa5415b0d5b20408006101570d5a1dbe6c75f57eb59291450171d1511f0304a5b6b301b311da02da1c26e769d91e8548b011023c8e9ae693811fe8e1b62ff63c91e41440790ab9315bae80a20d6b9581d2f1a5d6a8dbcefd501dbc76a96784290d0045e898460672265a28090025015ec1f030deb035b6c1450f4d618d09944b48f8e7a25ae95e8653a552ecfd3bd70cc44df00a002d016e06b156b76996444975d2c03496174c9a881e0a8d2905699242b4dd1aa3b88367237dc119a920f29f51ab6b	1796650081977	1796650081977	\N	\N
demo-city	4512341161890353727	NGFT-XFJA-4AQ0-4GFX	\\x9d1c922897a170e9d6def3b9a1be3909	\\x5fcaf13e68bdf6d18f45e1de1d690a2b	\\x0db83d43c2dee67113f0c359dc58054d	1	\\x01910252d3e34d823cb3d2e0ffeb0b687d70efb26fbac9503071e71954ad91e962ef76ec39d3e7007ae26ef6d700f7c1f789aee0b8471414ac7c7f07b5398546d7	\\x000029017af1f84a6caa3d984b94fd16d6607ccb23d717e5935b55a77a111d973bb9e1e3cbc8e5bad7c17d4c0100230121a395fb1ebdc76bb61379f0029a0e20222da439e0c1475766afb7e7d70ccfb2ea5702002001ce9125306ca908ac0d2c508eedf7b0537824f97701fb47ca155b4762d7926603002601cabc1cee41ac452dc97bfa1730e4768abbff3bb27d4cf9922e529ae79fafb08c1324568624040026018a79d90bfb90078a419dae7f25302d026a1752b6938a576ffe7d1bdbbfa20a7482380531e5050027017cb3f326806c48aea61293f784e089ea704634cabc40056906f3e2a9dc35306905da83a909cb06001e014b58cd2e9a738d0ff53632a8dcc8b1990b4ca807e50de20b91581e78aa07002501645b7bb9dd781629338c3301a7b3f06e53a19c54f9bf3ac7990a3de0f4eb967a0b6f70cc08004101e46adb596ef2bbb62497825a75651e2df0ec98c2cbbebbb96e2ca27c38b19701a71d9ef26054a3cd85b499e399f2ceac81230cd3c5e83eaaacee876e136dab6309002501a87cfc008a8c8b2f6cb317a0d78565e9c57f174f7798570ff108f260eac9c699bcb9916c0a002d011329f409e0db47bae0461dd4367e9b6e82398423136feba691821f226ddb4e352ae27cb3b61eaeb09f617718	1796650081977	1796650081977	\N	\N
demo-city	9098919427284303785	9JAE-CP0G-CYTD-N7WS	\\xed1e830c23de65fb00d338664a76d391	\\xf844385c6093d01d813f929d6ba54731	\\xe86e164aeea26fb2c761713204aa18ae	1	\\x01910252d34b3badfa1ea6d8ae490fbfa7b59568bb976b198f9e85f07609b531935c975c09a64942f63bb6a90d5bd34c12e3bde37b1daf69f27e5ec0c85ba8cc56	\\x00002901384d65012934f84caa91c0d3d7ff1bd245751ba729416cc2a77973ce1e525319f4ec2be91af0cafd0100230109da024fad3acb99978de5ebcad3587b8212d7a4bb72e38d4f346e3820f59ccf55a802002301fd222ff5c7ab63fc8935fa37fccea94001f446dd63f28e3a622ae086f226fb00cd5e03002601bd026dc67e5da0408b6ed3eb256a6ed5567355695419ccbad33dfe6916914257bfaceecc7b040023017720d51e6dc31300cee54dd45337982467a738849ff189f3451fb41c06f8541099930500270159c9f6f0bb424629515ec5c016b958229d3a6b155a6619eab7c9a3f413608c29327d3013a4ae06001e019f6be1fefdbdde5dcd4c6ef06141e841655af80b3e40c6e12aaf718c7b0700250190c704826d267988c5e8d4868d374a1631e3f544389a396011aa79abbb275e7af6e059e4080041019e5d86d77116375303e82698dddf81c8cfb3870866df4f49016ea2b1ece260a2e322848243bf06396cdf370425919a641960e4aa28dbe87b8b04195e06dfd4a00900250169e402e74bf0bac0d5a57d664bd5f2875fb506846a273b112cdb99d2ed2d2d056690498d0a002d012fe1d3834e3a30e74b26814268db631eac1fe3d9f26071c0d0d26cf0c7f0ab277a8cf651c9fc7605b8f81bf6	1796650081977	1796650081977	\N	\N
demo-city	6947000843996080644	2T0M-TER6-25BJ-1ZX7	\\x0d38fc62cff82a79a2b00c6c258688c3	\\xdfafa705d6946a3b0627f487a8e30673	\\xc13c14e82147462212184b0984372c96	1	\\x01910252d357b984649b55eab5323206748c1676bb69d81907aacde582e15866f2ac2cdf96fe66185055d734e8e95d01ca9da637dd0ada0e910db53c4ef7a9c0f1	\\x0000290173daa57822efeff2ad7a92ec13216b1e19e48b2913113722d59447abf6930340078c00235f40b8bf01002301e212e84ffdce518a5ce4eafd70b23ecd59b7134f1edb685b84a6b51da2a2cb5621ea0200230123ea397bad09dec6c4c2c8b20e9b493b1fc8494e0a54810f132f0b98e12be87f6a1c030029010cc4db243e9503615ae082a08974ad400e8ac24046d8277b7caecb98d2f363681b3d4d7709a8f3b704002601da620da1a50272c795299e88e25d0378f9e985f0d734a1ef0f0470c3a2c005446c8b713efb0500270193a9f94345377a4eb5796d2be42c09ce42ee4209153ede9c94656c338471e01947bb6dd805a506001e01962cdd88e63ee3ededcd3ea10755283ec8da278407fefbcd623ff820ac070025014136a76e2b3f4f3cd93c67ba1ef8a039df8b82c9ba0f3e63e536ab14e04ab42e8c026dbb08005d01fefe8ff256a258f216beda4d9ce345de70060faf69ebf4d1dadf051c845e6fd91b0ee69b5794b5ae8de12d342fa66a3f55f781b3eb1bdecc7eb038e234be60aa4a4a53c7849b0bd1994a8ebe0b5ca20bbd2869cb5ee44dddb9285eb70900250176967826210743c95a4e4300f399793f0ad02082558153a15abc31b724df24d2836b8a270a001d010554a2b67299b3f57ff90342b1054586013763704513b6ebff5d3432	1796650081977	1796650081977	\N	\N
demo-city	541137149531603233	0418-NH9M-8S26-ZQAK	\\xbc5d73451b062e47dfa39055c33f96d7	\\x45e1588b0a5194f0f79c5d2f2c888a42	\\xb4a4ddb132a366d610c935e5b25c31da	1	\\x01910252d3f1a2b6b76c0e5648be084227030ce879300bb9b46d153383996435934780c832840157a3362893b8c225b5a8359ee11dcc8b0e28a7d26b43e8631c66	\\x00002901661066833da619c4d60b6f973118ac86c3ae04e4e85317acdcc169823fe7506c9387e95afd066a600100230146a32ebefc0bfb35550160d6814c1cf73117f72ed58688bc4412222c1f1b92365cce02002301fa8b31ef9e81149945247869e372ea6930577a83a912dc7912b7203c5154eea8981b0300290186a57f5d6a13696fb03157b80b3564b373d6d291e6256e28e8d0de31e95e7c5d4a0aa40da8cfba3a04002601dfa79a2db0a2d9f90880f28cae086dfb7175c9d6be615819c122458724b855b26338bd0e8d050027014695dd35606993e3f8473e9d885caadd60ebc3fafa07b9cc312efcd09caab2010fd6b795148206001e011f974afa933aa539d551296f581b1556c85fe0525f801ebd4124ef4ef707002501831f989faf62fbfe2410aa57c342f539abda9d70fd136e124f013ad95b3389a818a9773e08005d01d1697f14ff76f7ba5c78ca7f4c7bca1e2d4eeec1720bdf3b57ed0507dcdb7eeca301ec7bed68cf95e217f8d8f65683e294e813ad0c3f020901bec8e4a062eba3acbc3c37d8d66dabac61f029081c38f9bfbcd84112076926a261e7f409002501df5c66fc614e57d3ac97d668fc58a1d04330c21078a222457ff544cea77a66809b80c94c0a002d01640e77bf22b418d4a5f82e96500b5310c963146c4e8a8da701bef795594b26f617bc6f43e0444da610dd1d91	1796650081977	1796650081977	\N	\N
demo-city	973577495487043630	13WW-Z6NW-SPYE-YSM7	\\x9dde741bfa59ad86e88465724a701e83	\\x9cca2bab3ad31289145f929973f070b2	\\xd866d8aa09cacaf93fd1f6b5cbace04c	1	\\x01910252d362bdcb01d4c61fa73e5bdf75545c84a63cbd910d27d266dc9891857cee5f88ca1b317100533953fccb950ccd9d420cdb274875f312620f83965d18ab	\\x000029015f8e3136f60f238a27b6f28191d81236e7a6e5d4ff30127c133dcc13baa07616d61d677e489c82c101002301e53f1ca4800ebab57fd7a607e3276aecc9207ccbad1c2979faf68422f5a2ac9bcfaf020023014a3662552d93dd1e2e453573d4c1738e02c99f7bb602ad44938babae832b110faa6e03002901820ee76b70697d9748a367ef95f20a107061688ab5fd7ad12276392d2c1892eb28c20c590b69a1fd04002601f03b8d867e10af813596300985cc5bce93e65771f3dfd718cc7f99bd6feae3c58cc5d1f70c050027011afae88c241a3712b0bbaa446fdfdaccfbe8f68b7244f36eeed6a30898c93aed26db985e392c06001e011f229a9ec097375d5bc9dc00186b1ef8199bdf32e207d9211db7e37add07002501706fc7a6218704cfe83492dd56a530b40d103ffdb1353dbbf611d4792dd5f7588961546608005d01ed51ecb46f097a4d3953992afe95d6e9268ab6b87c0168689fcb3e367d2fa76576d4d076040ba5a4d499a2c259aa41c87aeab3ee4069cfc785b94fb6c91e3f23137c7c19b24e7aec5bbda041ada8cb593b1bf60991057ebfe253affa090025016fd8c82056e0562ab4b2398d07ae204b956547abfcb56c6f8905ed3167c3b2f798007d890a001d015d0e4ec3b24b8fc02659f008d6396f0f701a56757e377f3003675f47	1796650081977	1796650081977	\N	\N
demo-city	7006464243368391628	M6VC-R9RQ-354E-SQ3V	\\xb28998d70d1076091a106ea4b2af1956	\\x71c7d70446d11368b4dbd98510d96903	\\xd4f43793568fea345a69ffee93031f26	1	\\x01910252d39aff25102ab8380a811857244afc60d546b5dfd8c3a3f4ca2fc31377b7523560eba43cda8c0d7a3677f24ddc1bf70c134d490250e607993ba47bff3e	\\x000029015933ee4027db313ee9493c023996939fcf71ed68d01aac2e6ae987f2991fa5a345d7b55ca1497d2a01002301f8eebaa27ce49712dd1be8fee459be20f4888f17c88dcec150b33eeb84753e970d0402002001d5baa1993257c17bcc5b9ce5e7e5d1dc90deda29f549b60f40132e6bf7067803002901c39bd95fe9d9b61f263e6cf2696f4fe59fd694d993a0f72fa6a371095f45d29aa2619ba6319bdacc04002601870ce35f0f78273e1a3a1d9172cf12e9404bd10526cc4f485dd492ba761398070f34485c8c05002701368bcde5610fbd3569d910ed822ef34c08d464021be702561bc6e3654c61dc16539c78a1357806001e0138a6244fe0be6141ab1f9ed07527115b13fde05706642266e8976bfd4407002501cc83f9039c689d3b2dbb128f55b6fea1f12f9851f4c7f3f62e66ca5c3fdf15099525a14808005d01b3afd9ce8e9475234f26341a1698a97ad64323e6aeeb6de46574f7cd06a0a12ce590bd92983e632233957244260a066d7802b53b6f151e417aa54087330b2fd38c6edd92a009d5bdbf8e6fe395782ab8e49bce954a25a34bc446b0c2090025019e90f4dfd9f04784b79e0d00984a52ef037184a3e421c030253234c58bf65d5ddc35dbd50a002d01ea435b23586070cfcddb3cebd521231b875003a6620a26cb59ae364a9e631000185a62148cf3e741aaf3200f	1796650081977	1796650081977	\N	\N
demo-city	7385768616970403268	HPSQ-G7NC-2D60-HQ23	\\x7df8dc05269b99e459a70ef70e23dc49	\\x422701a8f996c12d62e9dc2414174d65	\\x5ae304e2d34d993ee1f1d19522d04e38	1	\\x01910252d38942d595c54c576ef30e33ae74dc4385be7d0e33d769031d6e20c752334c07edef7525af5d1d716e1658399dbc3ed18cbcd3ec9cb43918b93d8f1b2a	\\x000029019d1bd9caee5c317aa8f52f79dea519aa8c85c231eed67bf4d8dea4c0a6111b940ad2afa5f0b479080100230111889797e42a1bdd498f8f240af2531b3653ce08ff86ab800eab5932c8d0c5e8271c020023011c2e86b02123374af6d3e7cd1de4738950875a0d86875751952508f98a2bff8baa2f030029017fca6ea6df11ee35fef4ea7ec3d8ad98a80f9df46b82dc91ced7f4645f11ebbef5c72e55fef5df860400290142c514a793be96c8a5035114cbfdb9517c96e89486dd7524338d9c38097f6c089e88947a8283d0f505002701e6adcd584c6900a1e85dc89b722594005e99a42e86298765c677bc595a4a3fd10d1540344efc06001e01049c5904f10d357cb0e559582b02a844a7b315d4b3725f0ffb6090d088070025012b81fb82bc97207b72d4f970c967475879d1731f5398013193b68e65f17d51c4ed87777408005801c5277f7f79d9be5b9397635d2568f33c6dacfcf9d281c1769d197294c4db084122b4f8467ae1b2200b48fe81db884490b1747f9d3b511fb87904a4334acb95f707ea9d7cbb639b4eec4ffa5a854f965e5c1dd20bf2593f09002501aee1c9201a0398cdb5261024cda72431c3457a080e073054afd7a2cf6df2f4a86973020d0a002d014949ff291f81e25692f834c1b0ab88aaa3e58f4f04abf26734fe2ae8b9a4803c03241b3a77a20b810829d089	1796650081977	1796650081977	\N	\N
demo-city	5516579682494315292	FJT6-Y3QF-Z0E5-JA9P	\\x220f8202dafa3ad670da6187c357297c	\\x2bad62e45f2f1f155e8be22d15b9a2e4	\\x61c4175c0c96d5aca2f39f020df5a354	1	\\x01910252d37aba461f85a43851ba11bd10d53ce8b2c5365e05a3d0828d44feecd0ac9c278f64edc91023e6b81a0eb587dd7d5b879113f677e9ffcdb655bd610244	\\x00002901ada2597ee8a0fd9f65819ef9abf26a8c44946705f475d17945dbb148146f1a49673c44e50f4753b701002301ca0a5e5d4f7fc997f88bd52d22eabc4e3e35c235ef234e066f08cad84db8c72e5db7020020013b9b5d18a50caec762de422d66ca765a583fa4f21606d2cbf2d139de65cfa403002601a0e92548f45661f35fc011ff80b6dbd310b14f9c471aaf8a86072e65373654a1fb765e030804002601485af52ad2bafda629af733f270fbc94df48f69ad36a03f41f10a5ee93acb05f5faeb6869e050027013d3a6b7f988c271c3d2d630d997cf437282b032b5b2f7c5db5de5f45b846aedaaeb34ec5bcaa06001e0173a0495a13dd097b77d6197a07e14516a347e7c73fbdc76783d6a8b6b907002501650547281aabd952e4281a7f2bb8716d082bbfa455397e523fc8687e5732f72db04d21b9080061012ae316710cc36e8e2f73650789cac685ae5423ea945752b4fa5363ae8879501badbdebdf3101e48cc992b645f7ad4bdd939fbdd60060258f69af3395317e8a1996e94e8cb5a1d899abdcfec7bd59870440a675c23598f52741a40395f42dfb2909002501725c22a605d7f1b27615682281ac762d914916947824b6fe936bd2ae74f8fbd8bc837b500a002d012ba03170788b19bbdd09c3946b775fffc6ba78a7384c2cde79a6a5c758065cac2b5a8941d998ea678509e925	1796650081977	1796650081977	\N	\N
demo-city	7322333965358538173	07TV-WMX4-Q31N-Q87F	\\x7da23011c0df868d2300d26d27457ebe	\\xcfd8647213939aa6146687eb3a9394d9	\\x1ebee5070aed33362bc7daf6bbf97931	1	\\x01910252d3dafaa1606d36b1f275fc4418eade5a9be173faba449a95e6e2c4054e4f857a6b394281c2d5f17262a7ff3a8d1ca2b0fe0ea7896aaa10aa8b313e7599	\\x000029012489b840ce768cf60b14c800ff73028afb630dedbf9efd51ab3c4f94a1ee70df976279fe40b5619b01002301744eb87c4f1d1e48b6ccaf35e8e007e8a7b7bebf168aca69565d0210ede75cb3140802002301fa83176015f33b3e02589f50db3f9cd93509d69ccc9faf7bb6399de35c2d59ff9212030029013ef17a0b1501d13edd7cc4a46dc9cc1c9df322dc259b3817a6a36b8fbb46b44dbc40631058f0044004002901cb0fc3db7e5284deeec8b49f8a717f2fb33e316ce75e21007e3a8632a80568e32e10f42ce088247f05002701fecd9bf7a3e675693c978f48526beff76047756cd772587eaf4f56ba94dcc1f5856e61db92f006001e011b930ad6c8ed225809d647e4cefc2d36064d89ac5838e8f290a0f08f6e070025014086adca37156a0152b66817e5588d9f80a3e6c9eb3ae3f7218aa2b25b6f017b851817be080063016e9356928f906318d5090bc685ac9c182aa6c8a9425f32febce7cf0f1f7d73de5ace23bb881bf52a66baa389d67a9c858945b4ea2222e7e1c4b59ec62cb2001798a0cf30493b0d5f06c603afa7fc7273d5a9b4031c0440dc6b73b2fc4a964d94227f09002501ca99fb5ae5c72523f814293648415d205c26bd789d8239db62fb5fed1180ae23e529131b0a002d0105f941e88b38597d90558717ad87cb03fb7a529293694f12c5550216c9cfcc55fef540bcdb077b3984532a0e	1796650081977	1796650081977	\N	\N
demo-city	275560750403302910	GAZ3-FQ1W-0J1Y-5NHC	\\xbf6ea925f79f99197b55be9d5771c73e	\\xac83f636e9c5a8ff8f4d642d00712702	\\xcf5d7e03ed475e1858334b50d22a26b7	1	\\x01910252d32f8d50526842da3c68eed0c56a9231dd42f8b5fc473a7a3958a8d0e83f17d422cdff5ceb1a858b129ad4cc24f171c34afaf231856229d5e070f35c29	\\x00002901465e8c0ed894a6d757811a71141521d0768aa4cde685002af6c5244ed9486ccf981c8c05d5da331701002301c1f100e82127a48b22efa4a246e55747d1d3c0ebdc0fe6c21a7f015559434c94ce1b02002301aa7a8e856a27800aaa502083433714a4f165c0ae539d6a7d75d15c916f9f2ed24b4103002901275b04fb58bd3e5d3f378364e30577c09372c3cd74e08fe3bfc3edbf496b23d398e30118c66780ed0400260118ea7ea27f5a20a916ce2187de50e9007cf62b105849c6f7e1f989749d071bf82757a6a372050027013702c61681e401f4a93d667375752cc5b688346c61b620a1952e3f1c99b6129bcf26a7d1d68906001e0184154256b4d8fcc67afd9f4a8aeca3397cede23a472954bf2845d7e94d070025011a2573d742e8dcab76927e5b23b6ae23e2b5b7eb8c59068d203cc40f487e544cc893746508006301f01cd1c0e401371c7736a53ee453ccb8617cc1df1dbe29d7515fe1360a1c811d2cf990258d07e3ad64e9af76d043aa4b75955e27f0b60f12430728f00a04538a56c7f586cbe3045596ecf468c05cf66229bbb3d6c0a97d82707fd5d72b8b105153b7090025017db647e285a87404150d83ca0bfa1023caa78d7f33f7cefabd8ad35f7a603f614a685efd0a002d01fb2b746b74ac9dbed132233d699d0133a4aaffed01d5db360b04925a25535530ebce74d1f9f442be849d1a34	1796650081977	1796650081977	\N	\N
demo-city	374844074543662600	987N-JN8K-FSQD-DRZ2	\\xd081e443cd94bcca59e4a66cf05fb257	\\xd067a1a696bd46f37d01619d09f7d283	\\xedd5e5eea014f6b865eec4b616ab298c	1	\\x01910252d3e85290bd54e7c7601b811ce76a67ff5896631b3550fd79d9af7da1d4304f95b7a00af059437d123e9eb265ff1cdca6242f602044b93fd3ac01ed9867	\\x00002901106324be7bcabb2ae0444138d248b4ef585a6ad4fad424e35f16d4c644f726366c23b3658bb7995e01002301d605b7c82d13114263d4d21c7166c7aa487bde37a0cdb88ca5cfe6c94288c265c9e0020020017e953ca7140740bd50a994143ab13bc9c414540999a35d6a965a6ddc78fbe603002901518faefbc8afe1434e867e31b88c8d5f50e526d5082b1384fa6f59b0f432103a5fe9722aae64fbf2040023016f7097abaca3b8c66c3dd1bf4e38ed0b99c13a96ff34a10b5e1ec3afc1644ce49cbf050027010730d41c5440e6444cd2b2b527610e6e4f1a6eb4ccf5bbc0703e6faea73c395675e287699e5206001e01b5298ad00712370b191dea70b87d5b0f8a099990bd339f5b36c8f551950700250155f9662c84785d75fdf01a7b87d2d1690f590fcfb1d7da68bfed8d9481501a062fbe7866080057014331234ec0e718456939e3b8cec9a9a9798a98b9860d7f637db9f69b50a53aa4d6163d8bddca2183ff92d18846aab72817f7c362d9ccb7f5d71f10c213433f68da704f9afcfa46611fa623a46b639c5e0efc0100a0e1090025010e92fd4da175d5c9c29a89049150a883a52a0f577dad8068bd37e31b70b7a87f850183a80a002d011d7c1d15db34adcf0e7430ad2b769dfbc9986a0f616ef7595b62c1c906ae336484ea4dd25cc95fd7343b129c	1796650081977	1796650081977	\N	\N
demo-city	3534648939515861775	KGEV-RYK5-YCWF-8929	\\x97eafb76558a064fc7e826ca8e7d9f64	\\x42365219a7078e15e6ba4c00f2fa7fc5	\\xdb233dbf4c3efe17143c27c8a53e0b08	1	\\x01910252d3509ca17fd539578b2681765f26d87c26dbbd1cafffd4b11f549c77036e605dd68b2352bb2d7702d2d3e56466cc7345d473c148bb448d729eb85072e0	\\x000029018bd533f4c36c264da27c39de6150770d8074c5da361aba433767255273b36ebe1fa6e697968a1eb201002301653597a0f63f14016a38ecb5dd1a668b9968b3c4835d40b8ebe02299cb4260f955400200200168bb322a3e8f71d7a83c348a1c5e2356401fe6439a2746867a02a21d5cd1c503002901ecd5f501a3307ec1b6112f850765096f3b1c33cd0039fb806a104d627fae76613de3b98fa5290f2a04002301aefa78e95a855cce17b2f683041e88c86f38524347ec1d23aecf57f88c6d0e2f6301050027018d62028a7b9e059e9fc616e719df84f40951301b02701ea00258480ba3ffd82952026ff72beb06001e0195b3f7db0b2eabca7a44ebd8222949625b17081362ebdf5c18153759c107002501c18102746a3f2b2d1b73993a8464560948946a40247358c856048619e2f3c7664ef5282f08005701c9bd327dc22073888aeddab927d765eb2fc73beee537550b9f89c1c2500d10c68211722003384b791c4ca2c3c1a1b888289f79d73a39763464a404fb364b5edc4e78928bc22d8ed9588954997cce0ae77c2ef58ca71209002501316b9fe98bdb91e9a60e974cdebb0043b5269b4541f8186204c4084389177b2e260b13490a001d01bf1892f9921ccd11da1ff85b3e284b3b3355f65ce7017ef5e3c41c55	1796650081977	1796650081977	\N	\N
demo-city	2316452156705992680	XS9H-NJED-50G0-805Y	\\x8aa5821b671babcdaf85a0a3a3cb4ad8	\\x7502f167e1a6cdd5cfa47034aa12b6c9	\\x672594193c75f61ecd9708abf018cf22	1	\\x01910252d3f5a01fb9c306caebfdc902fb0b376acf382f822f90a02a41783166d37aa9b170271ca25ecf0def2f30a6571a70ef5fc54022146c78a0ed5d38196fa3	\\x000029016eee97273f8e73529592f147cdcf36f31ab001af84e4c698aeb4249bfddb75b154084d3ea46162ed0100230169def6c932e33f6fa9b18a047c9f3f01a9217c5761b18010b4e74b142381c4503b810200200174168d3cea769cc25fb76394e6f14df2577a1692f9ec85f592419a5aaed28c030026011cdaa6f2db1d03da72e5481587a6b935d475e83c9d093411bff4953440f9bc362f7db60d5404002601356078248c070e53a6679cb793d358407869eb7d9a6f510e64607c8ee0a58a3e25e8968fbe0500270197de6377491c0d61e01b51c879d418fa758896fc3d0103c15c5d596b4fc35b98241ca9e5259506001e01fe64257ad05967a3be50065b1a44cd5b78940b994267ae65e610e6e14007002501ecc403eb2360e0f3caf72efd7b360e286ee4f94e22d84e1977053fdd7e971698cf6ae4ea08005701657af1ef8ba63d8068fd62e49ff53319738db749fac6653d328af8a513d90c209d0147bba24d3d410107750cd0377eaecb728881b1fb6d7b02af6d11d2717a2b46806df9a23742506f9b120d97cb997c0f4b8dd1a77b090025015e8821ec3ef00ba677eafee23ea81a66ee9192fac5063c29eaba3518c60b5f561a1c7c2f0a002d01633731071bf77af4fabd634405c6bafd94841c23f9d68008a99b53a180809ed782fcc130c6818c281d21c944	1796650081977	1796650081977	\N	\N
demo-city	5670976996757597383	3SWG-SD6M-QTJ1-2J4B	\\xea9f362e0e1d396a79659a8503458414	\\x2f76ab100050bc72001f4c3ba7bd3375	\\xe8c4b7354dc1f6d557b42b90bc6f760d	1	\\x01910252d31a2d74cf76a2fdf791ce33af5ffcc64b51f33244e4b5c7fc4e408ada9913dd3193cf95371a48271da759599e3b2e84d524b11a63d18bc65b45bd06c2	\\x0000290196da66596b65c3163cd91e4dd96e61e803b6e312bd6dca393b46676a1b9f34434dba0d9076a47e58010023012365f0909d672e546edd411f423286b5246687495b6c9bb2782cf7729a739f0f01ec020023017755da58496b757524b4a4e324b1ec151543929cddcc437d6ece7da77fc14d282ba70300260162bb27edc16b4fd2628dde30b77b8ada2e76cf90a9b11d4d7e0c2635343beb6885353430c0040026010ca0783e3688f9810bd088ed4d95e83a9de82c3f4ef3090952f47fac3a3d6147a914994ad705002701df56e0be19a32d8f3f719fbf40db92367e43394f0ab740f646e94eaaec98191b492673ae6e9606001e01a4f7007ecb61da12016da1426412b2654643552d58f479c8243d32bb58070025019f8337ff95a95082f92db812ba47765dbb937d1fb96e9c91917aa6add22398bf58fa4e2908005701f9c58e9c2fc77781583650f187492a83d1138ead688a34779011d0b8f21d16e834f0797da3662a9d988fa8c3d3260c87e3c2aef73ce8a9d868f8f7c0efbb105b334e56b47b0dcd5799223e41467c75924c6f816d40a2090025019646857dd5348d2ce424a6c5f9db4397ad2f115a98a6cf55b4e5f5ffd3b40b7eca58da070a002d01354ea7eeb84639b280e625535d47f07258f3706257306f8fd683487082c6753386e37f10932203b8c2f1a4cf	1796650081977	1796650081977	\N	\N
demo-city	7178094996385937176	DC1V-PE37-2PKR-PDF4	\\x661cef8199c5cbfaf80eb495ad2f0c42	\\x761c0b5c98823b4c422767e166254a44	\\x04d2fa04ad79f61b5fb30bf8ba5b4752	1	\\x01910252d327d8eee5cb51cfa6c04b771cdced4720a7ac6f9f1b57fc8d2745ad1084019033c8fb823be8629efc08aa4a47bfc1bc951b8f26de9a250a49dfc05e7b	\\x000029013044058fa63adfb145c1bc1ac5e16bd4624389d44bef78890984603faf2b091bf3eaece409b4b997010023010abb2103ba06617003d8629cde0cd45879aa0348ef9620b35027e116b50b78585dc8020023015a0ed1ab286be817d3f45a808c6781f46dea75cd08d5538bd014b719d14d418d497c03002901ca0f07d3c3e7d002581306011fb27fa79305ef79af86bae299d2befd93cd5b606875e1610890b61304002901e72547729fe1978d06665e1b4405d5348345edf1590e0041ff5568375b1329647227e3baac51062f050027011f341e431736092e7288d8e50c9ab0d8978bba73d05f1f3c2149f9d60703f7bfc64972bd2c4806001e01ad38c54264f28c0c5e5d4839c103e99b59a3110ab926962ef365a933af07002501c9f8ef599f0ca4626be9cce86b46fd4aa45213420a8bc0e48b09b5dfdf94c4896ffc623108004301fc0c5db411cd9f6a7cc856f3c3e969e0551c0513d655b7a4bf75d7c0df5c8d3d6845b79126c0fd2b8fbb20e20a8d207011ac62e85578e891f2b0a19b8cfcfba72ad709002501437702c385d609106d026588dd888418209c584b96c0c4055effda640f097a315c01af410a002d010a5b234fdf32c2c80a2a43aac36165601db8a23e164df55dcd8457f76de6d02ba66f50e9f726149f5b225923	1796650081977	1796650081977	\N	\N
demo-city	5941465387028729967	S3KD-H996-BYK6-S29A	\\xa1757dbace4240bf2bd11609571a20f4	\\x2211ffe604f73157473870296b39119d	\\x098a63e8789e941feeab0cf24e72fd2d	1	\\x01910252d359cc797d711cb0d9a15b625930f0ffa3dc18c2e0bcc9cfc73bb9f969139fe5fe7231f2b0d755c5338a9335ef165dafc5c273d946472d743f6973b5cc	\\x00002901de479fda064b5c059b0c373ae85d9250d7d2c0dc8b9e834fddbcb9633e29bfd59108ed910831b2f901002301f9d90172dcd6cbefd6456238c6e6c29ab259f94b48004f06eab319ffb7f0a49528b002002301b3b36a632758b1e9224d5d02d058a81dab29f1019247107ec5248ca4e925cbc717ed030029012e65248f73a5bb83a267334f64db69f260aff85e0d542097c022905b1f4495ded2b9e7aa6c003054040026019db8bfdfd71992a834ae2931fb417dbb8b289fec9c191c943a6750bb21525d6cb9c7df9e390500270129fe9e2e8f914b0c7736b96419da209abf2e042505d597aa4b881794b7e026d8ddaa3ada4a0b06001e0138e99a37028037c5ee5069300d07c0c15d9c2b413fb2e01d0ffa71073a070025013e02567647d6f2721602b5ecfa821438afe15de5fedc646e53753cc58d16f7bc546734b3080043019e9202ded9dc098b658163e23c6bce1263fcb31ca205c51485ea6f2b5c23c9d5c88ba51cc39effd90fb1f936874fc09fab50a6b751dfc8322ff643afb81863f83d5009002501d3a9f64ebadef4db5054b2b9135436c31e0c0c3963afcea8a698065f75d300ead32b269f0a002d019a8aec02c152216abc33e3f40a613fe0afb43542bef7dd61231a241397dcb02fa9f39c838887da6fe8fc6d63	1796650081977	1796650081977	\N	\N
demo-city	3472403734288648320	97JY-DDRN-SM3W-TW0X	\\xa94b10a8c58e19b210473bc09eecc505	\\x7dda07667b6289514f493382fe7f2b74	\\xb0cd4b38763a02f3881600bb7f6d69a1	1	\\x01910252d3d81e300acafcad12d465267aed7ab3cdc79662f0e5cfdf30463792d5096cba239c66d3acf5da4507dd447167aa6efda3fb70383e7c439a10abbbe4b4	\\x00002901cdf64c57f23323818f4e582c00696bf95c0580260d134d8eec7118a3d49fef4dc9b2cc583cad3f5201002301dca649922bcd344e67d70757344e386aa5c04aeefdbc52230da5b725b541b961743602002301b0db673ed9d2e010d604ce844d4c9c95f0257d7aa8fc045fd41c2a8f6c5605f77b7d0300290130c7ad57734aed59923241beb6d788e5a49367f11a6aa61f8d373935e3b4131c38bb8164c2d571da04002601cc2a4dbfc4d9efde38c7375483d53a2db9b1689727c94bb1f0860050c2a6dba8bf1199dd7405002701c51861ef8e5006e6e801db4c91642098ada66d432f5f47cf709b626cc0af18a96f0eb25609b206001e014a0b49d24207e2c50f102b832c80ed3b06ae217f363ca89b6d5c80529f07002501e1841eb05ccac9cb3612b266b107b2928c5e1a3ea4fd04cbd118c2eb16adb9dff2a7a76708005301d78b2709f0cbb878ac5de887a65e98b5479a4e78062c6f688c3bff5e1641e176b5b81512801d17dd20bcd749e16e946b3408a81c7d2d689bcab30380eb7447164023c8caaebcb78ed6dd5dd605d42d444d57090025010ca10e09c2825a4ccbbbcd719a56c13626cd009395916efb8b09651ede380491dd0d79b00a002d013afcb04e4fb860d8af1eb56896f4e1d28d3ffa3be239e0d04320b2c60289e3314e93c7c6ba8cdefe6bad0081	1796650081977	1796650081977	\N	\N
demo-city	3082905073734711237	G4Z9-ZCC6-DE6W-1J4Y	\\xe1dead0e41f82e51ed6a76f98c407500	\\x9b11e89513e683de1210ce21941e615e	\\x0b412d51c153200a04c833c70afeca30	1	\\x01910252d3fb4a805725716d9317e8bd54286d3c4c6559cfd451f62f7d7e8acd1a3b43501d19be8c039cd06d900a56ebb410b7cade44c67a6a4359453a8fca0019	\\x00002901f74ca1338a858686e78b2ce4c30e4735c94a82b12b6ddc378905aeebf1378a72f1d551a9fbb7309a010023013884b06261ee07e9a2b519ef2469806dd39eb694ee9776d801afb4641d186ee1cd4a0200200184ef11ec44f525c3e9913a4c045cbd89d2272ae60129bae4df0ebddd3b173d03002901a4d161f7460e436f74256c296e2e03e118b4ded8d07a75b088499554e5d78dd644d0cb5f3916965c04002301b6198175a6bc883e70bf147e4f97313db0d64316f319ce56c189b69c204acc3e6766050027011bb26e30753f147440d579286a08f8af19cd3e80214314d62560144552df438fb2c45e61f10306001e0143bd2c5ec6a10c9bdf6c66ec1e8408ad324349589a55786119147c121e0700250146ab189542ece33ff4aa07e220b5acb786efac230254e0cec52cab9eb36c6893dd56c938080053019581a5c8e9521a19bd5082b238641226138ef1c7ba2580d36554ce9ac21ff2c83af3eebc3f4f32ebd019b45e6f76b73b8ace3ea81eaace2bdbacfa63035e9de46b1771c936b88a7bdf0e269f06bc88595b7f09002501400ccbd87a67bccd83a19bdfe9b7238df2b232803a7244095845d8c9e46655e8d8f6ab740a001d01bebdeaaba6192643484dcb9de3adf9351d75b6436d91cdbb244e35fd	1796650081977	1796650081977	\N	\N
demo-city	6934095248368871699	AZ90-CBM6-M0WQ-PTM0	\\xf72db6560a5bf39d3c20eaff4451e701	\\xc9f12a279c151c826725f1056f2b896a	\\x6a11227cd64464cdfe8dc561d6d5be6c	1	\\x01910252d3c91a0d240aba07f6040d48b5269b8b8a0f4cce33fb78594a5d305a51cd4e0ca95b35ecbec2a85714e4b519c76ab6f6dd95ec23e9e300e6558cfcaa3f	\\x00002901c5e10d1bddbbfd33bcb02be810b2fef1872ab7b14d6d0cb8b70621338f1dd29be68478892bd0e6730100230176d02d3e7b4eb3a3ef722513361e054a3be94b2415c5cdacef44c165ac52b4e012ca020023019405e83e51faa2e77edd2b05ae4ab93438bf1c72dbf78152261409e97417e2ef5a6903002901eb6c28256952b7cc10779d6d5291308533e1c304243d34a295600a6c3104309a0a7ad387a58b55150400260110e505bd1a498f0bf52fc5b1d67252636c1e6986c82cc733e8701809bb8750f5f074f071bf050027019e46089cf39c0d0051f67441406f9762c34481cca2e40707ae4b0b1d1346844f6e15df3fe27e06001e0169c98c141ea56a7fd05dabf587bacc851fa5c2229fa5c3e1955ca6ae8d0700250178514c02a68d800074d798b61280899a77ff43293ca30a548204f3d0056ea70f04933c5808005301c19c0d7fb44a26c342103faca0e6db72fb8bb8164fab52a203b0131504ff05b2e7a10b641ffad4be991370148ddcebbdbc0100479ea5d1e06a148fdcba89598f1d124af52a7a9088740b66703f90393c9f8a09002501b9038a81b28cc00c07f677bc0747bbed98a9b7e17d94a2a1f71ba896b51b6f624afd2b350a001d011a45a0d801831abdb2c2f9292f85f14a6fa28096116a2d810c3607dd	1796650081977	1796650081977	\N	\N
demo-city	1056680476015370653	NNJE-X31D-GRC7-40Z1	\\xfb35c03bb4b887fb786c6bb1dff29225	\\x32162efe8df98dd7bbbb7c2f4994b781	\\xe132cb1d50c6fcd611a36fc8a428b2f0	1	\\x01910252d316b462c4dba274ec9981837ac5bafabb4ec7f7a62224dc9eeef3c8dc7814504f53f8ce20fcdddd51733eeb7a7daffd9bb11ae3998fe0fd732c90c5f5	\\x00002901589b80d92ada26bd8a228f6547108277cd111de330dcebd2e120d2856a7cb597fb9a30ba1738f252010023011238f3139209e679da4605e9a7fe1fbc962ae6904fa0322255e882c6286b87253bae020020012a12ce9c7393ea934a55a818982fa582fd13c9dfc5b1021285bd968a391cd0030029017234f664c5b1ddbdc01e4164438f4a01836e1003b62983d868622a2d8c7725735a636dab7926bf8a0400230181764ac1446d224e093232d77d811108a12a746f33eece94907199bf6abc2908e7dd05002701a1622241c0dc12770322c2db2a79ef9c26a517092eded87802ccb3fc91ebb1c81f62be33076906001e01824718b7935e786fe503e1be4284b4df14dec2d020121326b60b1efcf9070025013f037f71323e484664a9858a9e8008307be6483f96b97b00572a15076447b241b473b3cd08005301f50a40428ccea6c7973a71827c9589a18631214aef3bc3aa94136b6c00045824908547afa75f7cdce6f95021b6ca526a46dc2caf821e9070d2d95f6c71ad4e65a2090f2bf247f048ff1c81aebd7a40d3a535090025010a9c8bad25c1f90d635b45eb1868da79a4980238538c792a2c07ae4e85fbf516cfe0f1f20a001d0198032ae955d3b6b4f9a8d5285bed5f8193c990ee7f03edc62620cb18	1796650081977	1796650081977	\N	\N
demo-city	8829175406137831285	XZ9R-AN19-0TP5-5R8A	\\x93ce25b6697ac73fa71dc573fa90ffdf	\\xcdf5932791370aae2dd71237d248120f	\\x0d9e2c6f5e30825f6049723e28c32745	1	\\x01910252d33db646d2cd6ce20d79fc5f126d024f92975900a9b7f6be515df6198e5155a284dc21e26e544e975e503e57ea00ba6fe2e1c3cb4d76f026f471bc117f	\\x00002901eb0c42efdc05e9699f557e7e7e88dbf5691502634b8a85f3803770b1f02ceefe3790dc0cd0d786af01002301c1605e3b02a91b580b5ffbeb203241c990ee78c1006a081fd27d67bc1fe781f019ae02002601184144c14fc8d2df7ca078d7012febe3a3363643ada404c7ea18263b4453f4110a643f2ab803002901b8c4fe2a0ff475b2c7bdcb55d763e1ccbce9b8ad1ba4c65b1c6d29a69b8e9d2f5df2a271e96d6b6f04002601968ee03cf2b69ddc0683936759a9a46b04134c9d5b73b2a148bccd17ff0163e356e6e7fc7b050027017237c2d656752b64839e95ddb1de3d5d10868a03bb8befe18a5cb39b90737c0976f78da7b61806001e0169328e65902cedfee74da5e7e4317ace784afcfafff67d6ce223d26d3607002501906044eb1c4a8485ebb561550fb8db7ecb5c57d659c341333ad0ce99612adf302c301a3308004101d5cd30e676a6f429d90d308f6bffb3f62cba5f6e9d995951824ee9a60a27b8f8a9b8756610bd072dcfba404a186fc8f156c2a5d127f9f1458736dfe14c29287b0900250132003395b04050b3857cb9bf6b52ececfa08771d8dcf26b0e5ea6ff31689ccc8512ecef10a001d0103283612ebdda113e5931ee9a0e21d26c8f886b96b2657ede6ea76b5	1796650081977	1796650081977	\N	\N
demo-city	1607278769638129740	ZGWS-YNYV-TFNF-S3D7	\\x1ca1dcde37039791eb52eca528686276	\\xa2e231894c7aea47daadec0497b46d19	\\x34728f4ba233ec7692f3fa53a0277c93	1	\\x01910252d33da720b53f8021e26edd2306b8f2c209287c176530e65cc587e0428fbf5dc9b0747f9b4808c114af9d45f3c9f7b443198358761159ac521cb55b71c5	\\x00002901e44cd482f0249624683db98a9b779f71f18f1647e22c7ad64959f750120ebcf717b7945c0d496ed401002301300dbe2c28c3399eb395e353ee710c97ee7a622bb734ca9eae6ef1873cf23ec262ed02002301d87d1ab906222b0336f8fb3aa9138aad48828ab01ea69bea425d42c3ac52c018f6bb030026016ee99839bbb1a31dcde56e86c73846a289db7db707098c0b4cb5a0a75e02c682564443a13f04002601a8631c9f83f5c375b70ec3190fd71dd7795f9bc76a7b6d549d612bc226e89e2b31da9ca86105002701c8d35aa0c9e3e303e2519dfadf3e18798789e53d8d52aedc128c38c44bfc757bf30d9c19a0b606001e018eb03cdf4f9e47180c83d7521d222bb1bb8a2acc377d0f63907eaa6ced07002501a191c26ae8936d48a97a186ca48353ac0d8494bcbd2d989a19fd88ff5cb2b87bf044cb120800570195fd4ef4540a7d9e7cb9e7aaad4d888ee64f4d6252c27aa3da223771e1ecc75c69f2948184719b723e9f8c4c3eb719b08d7f6b56bba47e7786acb61707b5b9f4a30c8f11a1c1e919ea27a9ccbd7f52ffe7fa07c7c0ad09002501c1c2f30fe3e0c5398913166871afb3d50fa05c3a0400f486752d0ccaf744ce7136aabd2e0a002d01e7792e606e88d380a481d3bbd5cbe967801c962e9a822be773f850a999bc27a25fcc15f6d7fc643cf6546f79	1796650081977	1796650081977	\N	\N
demo-city	1745901005260297374	GJDW-Y30Z-YX3P-AQCZ	\\xf4d472ba7f13138f5ba18fb8e30c9a3f	\\x78aa4fe3e87fec66790f7eeb1e9c26e1	\\xdaacb625c400567afab716ddf8816b2c	1	\\x01910252d30813fbd066eed60eee393b5f95ffd8a41b7e0f74a3b0459efac3caef2b805efd33e4353b7957e40bb16b3e3e3e1c108eb6f1e9cedbcb31ceed249a12	\\x00002901515a556ad0d1c8deae0c0a137dd622084dc634f34fe3e4c4090b78223b7668565b83de4c3241d68d010023011ea2e2a8e14bb3f40233e70e99247ca9007625f373b6c06ba1e2854d477f14b246420200200108663913610aa0f5e2338e67831a9f80093bdc65cbabc924eefd8873317aa1030026011a85ba4d31d4a1aa22e4cba482068f562717664abdfdaa492e86c11ab4f619930b4351c242040023012cd2385bdf5708bf9e631b86261c661fd852918216ecb9340ecd2f522bda3312c37505002701ce69bb0b6728c461277f80a8ce13b8929fe4b6433d60978f6c77aa9799ddf925f32b481d343506001e0161d4597e7d9c1b354090a6e132a362c6959c4580e5714520c8b2f9104d07002501624bb8f61a0a5737f262137be00ed7ba5885d0e9afa88859d9156eae5b3b66de513bb4dc080057017559eaa2889e209e5420063d504790d6aa3175fbd0b62dd7b15bcb2003f3f0dfb6b5ce7257de626811c526743214580fd620bddc49cf150f391e1a1f3f967bf3e4bb7d945c19afa2f171051c1344679de1fbb9c88567090025016ec1944c9e14a121977f5bf6017a957e8d988ef052cd7a9bd7628c1e9db00d8290c9c48b0a001d0177804a1767729d9012e4c5204c47dd95066e8a91080c60b2584eaae6	1796650081977	1796650081977	\N	\N
demo-city	3106924580758261440	74GV-AQVN-9R7X-2RYD	\\x449e2c4d4900c4f5b267b7d3c72428ad	\\x73e35e3f44e979150cb96109bfc8aad2	\\xf8289a3d4d318ed45692710064782b71	1	\\x01910252d36bb45528433aafdfc224fd9d5b983517aa5b037740be2c0af6d01b955a64240e5f5caa16a8bce69404626901fb84d03f59643db9ea3664d582fed079	\\x0000290142ec68794e14a116540ba69f28227b9a6e4566983920461767d5203e06520b5ee0bb4cf24856831901002301faaf03c482dce7b44d2550b3d81dbcbce2d466ecbfdfd15bc1ee8aade85ee7b7c20c02002301d26dc02d0ce8caf678e55b2a01b45f750708d8f8debede8b23da50ca93ace7d9160003002601eae288dc82422d442c64669a9753b6a2cade87d3ac797ca40cc603fbfcdc3e41eaeded2d670400260162c92f59164a010c0e3cd34dd9f680ce9a52045680c684dfbbd78a44321842242dec9a5e510500270157ba2effdc65571199a261fde2ac4d8885cb4ffec9eadc73623db98df43149cdfa9f5cfc3a0f06001e01644e2d8c4bfb07fc223870893c18c7740b937d9280ccf8fd9093bc29d8070025016f1b3db6a555ed8a4d1a54cb1e1ec53d539a894e9f4e504561a97670722008ada03f0fc9080040014f4cb193beaa91b5f10a032b3a6bb6a2a4d3e2413126c791429b77f4b6a16fba3a60c89ba5a4d2543ac0d66e270090b5a4c44038879bb3270b306b7a0e499a09002501e06794e4ccd9a09c1b483425e14a127f652406b88116c991183f99ed003f374402c43e280a002d01cc35d903b7e39aa1513a1bfd4f467a39bb9a17e02ee9b97f51bd7fe1fd58a5c7e2c81565b8cd33bcc51e23c1	1796650081977	1796650081977	\N	\N
demo-city	8766043547462322001	7VRE-S0R9-FDGX-P9FE	\\x0a9b972566aff21b978439eafb749dc0	\\x44928e6368443977d522e8e2cc1541a0	\\x439f28a84f7d072241f116d09673937d	1	\\x01910252d36078bd5898c67ac15b71c08cbf7a796322ec4acbbd86c86638d02d6bc48e81260f08b460b71c457c000413f75d36b931d6f76ba1daffe30ce2262d0b	\\x000029018588fa9d6cb6dfa780db3a305040e0d1eec6e523f8cac1d42d206193c3934517c837f3313c535d7b010023019454df6b1973134341c6480cf6ce34e02132194de2656885cda322445e452a7094bb02002301f5bf00cc1c22fae6def0c12285f7a2602608be9490acf59eaa82e2d54f2462eea5f50300290112f769968d6487c99547157d2ba150f422e99a7e2aae1d3d800ae1bdaf06dd3099a259c6f357984a04002601f826799bf7583f144214672e0d384a57b192d59705ff44eaa616892aa5449c9549404d3d2505002701fff2a0a3ec6e54b98db9ce57409cff1f11fd032dfdbf9775eacf05af5ed28ef4e90fd3cb7a0106001e01bb8f348f97fa8caedc4fa0efbe75ca52ec9f28f0c926e2def05d2edd0307002501d336fb95f66fdf667914fe68092844c64f0cb0c328f99f8be81645a8171590372d2a544108005301a13c6d948b915525eb337299a62cc9009f77e30985809c4f2cb118c4fd31a5a38aae2e294cdf5d1d553df72f3bd29e453a1af81bb36c507e0470661aae2fc2029554aaf3ab7b7905ca7c579259b82827645d0900250137fd082a23c4a521127ca98652ca08f7131850cb30c28bf42d9b1f52f728b468e29c76c80a002d019f50f7be277654144ab48cf62d6a29675304f7eef0843db966dfa0638699dc874885b2a574c0798e9c019cb5	1796650081977	1796650081977	\N	\N
demo-city	4473285966046463564	XDTF-WSVK-0A99-TK35	\\xdef4515fade5e50d533631cf3b84a543	\\xfbfc4691a5b1f6dd3d5d450f55a31576	\\xaafe46d87060654cf2e316ed1aeeabd6	1	\\x01910252d3379073f35fd0b0153a9189d81e52d9da874ba3da4083be72ae8cac9b0a9bcb00e912adbd94eefbbfbd8cd51f0e3962e8d559b96b6996c37016cb1ace	\\x0000290113e503c5dec3a617ad499fc667ccdb2e062a59af6d98d7cb78407547f9fb25c4f89cecaa0ea4a93e01002301d42fafebbf5a5421dc66d1b73452bc9747ff50a0c2afa45be36547124c9684f0f8ed02002301871fad457a4422731d5e707c844d9d52baf2331b036e0ac0f5c2bd5a411294ed6218030029017cd186a1f9840c20859a38d6c20b9b73bb97d3dd8992b8036030659a6a6426ceabd240cc62a215ec04002601230a7f1ec3f9ef00a9db93da8440cf94872822bb533653e25279f6ae9cc94c00101146580c050027017e7e8db737cf0ff4dcb3e8be14d0c0743c7f3198113c5176766c325155dcaf6899e7fca132a806001e01bbd74bcbe52ba1f1531835ffa4bd46e8487b4a79af281332ea1c7bb7cb07002501aa7aa7802526e40f1f6c757a810f8dea0a30e6db4c04f88d18f7e6fed9931a30d9914e850800530198a3305c799ca539c29bbd76ee3dfa0209a0c2f503e4db64b04677b556f5604f5cd4d34c9bd59de02d117087db66be2d20f3f0ce408e54476ac1f26da1b41cd58d23f5e87916ba54b33053d5fad007f00ad709002501c0e98b25d4cb86ecc758d59c8c47c70dc654f440ceb82b0aa56b099f259dad994598492b0a002d01590229a575a25bf48b8fb0a9013d027de50d4a63352ef408b7d01ec0550e43a1749ffd25dd1b2a2944ac7642	1796650081977	1796650081977	\N	\N
demo-city	2150307183451058005	R1W9-KGP9-W92K-RA43	\\xad0898fa41e2cb83ab4e9e2ef43a62a5	\\x435574682114f498ff5777a013437d1e	\\xaf92d227f817f09fdfd749549e83ffd1	1	\\x01910252d3dd296551763abb213cb9211b60c9861baa2676b7bd6526c37399976732aeb9978b7af2748d5bb212232cd9d7cc11e981a32757800e6e7584bd992ef4	\\x00002901deddaa087038ec474b57e2a05c3f5c261aee4ab1f033123819c73a7f2c93b1f27e8058a36aa7fee8010023013c7adfa0367f9ff898c8ae34b91097cffc5305483ea3fc76f69f141d34819262c53602002301e4a38656bb32662a68a974a5e042b59caaca519aa348978b94e24fa48e0753e76cfa03002901a41ba558ff6c229ff5855caa5cede5cfded2209f1ca82afe570a29f1d7d4b0d4238183731888cf0b04002901d7e04933db84c063adca6099b7276247a2337f30612e695b7bfa6c8864bfc8f1a9d4e8dc26fb6db905002701d0532f37b67a229563a997224ee0904943880c9dd731a0cc501635fd963f653106cbac5275de06001e018fb449369d181899e7dfa36479b66d1857349b2a92cd79a4a7debfab930700250199b842fe2c20789a982efe0c1fcd90a415a849a84b9396b64970f2773148fcaa94a17fb1080043016b6afd61a0d78fe651eeac718dfd129cab87ff5d2aad91a7ec38499c7c8ecee15b5f4c00d6d3fdfdbb7787545283f9c33c72345819bcc901df91ba59152f95f81b1309002501c4272870041d18dd31ce80c8b4430d7a8af5bdd02d0a806e28fc2148ef8369baa781fe1d0a002d0136c69eb371d28ee534f326c713edaa7af8d9545553c6191ce3b9e562a0b8da81c78d94defae5a26b8befd1dd	1796650081977	1796650081977	\N	\N
demo-city	3858853518815861244	VNSS-FBFJ-S7AZ-RGNP	\\xe119b52627e46ec41474c997b88f7fa4	\\x5137d575cc1da44f84366903898ddcac	\\xd50143d0f22059e576b2908251d510a4	1	\\x01910252d3f1b7b80b1fddac099df2fbd6a000615667e7a73fd89176aad0fcafc194c92b324c1efc6982404b1a90b7892283dddef8063fd611b5e0bff262271860	\\x00002901929dc1f55dbbbdfee395dc21cdcd82df757d41735b34a84be870a9e3e705854d0a074e542629caa2010023014271eae5eed97cbc8cf5372a74cfdadecc1951c8bf116f86917484f79d174796cece020020011cb7bbe6223dae76eefebf36c51c1301d2669a87ea958ebfa2e0c94ff0c69c0300290118e2de4358cbbdb22ba87f7de26ed8e00f462a265feb0fcf7af2d72c550d5ddbc7d7f5ed9b5352db040026019455f82256436bca766f16200c3c5395398742f1d177426caabf37575d2729124cec0d07e60500270113e45885c1d0b1178e1d12cf2bfb1e511757988af6b15a5d38036ef13d3da93328290199daf806001e014392990f2fc867aa3f088016f28f5d8f433d9f39eb7c0ca27712b7d5b80700250165899ecd0d243a4457be9a2d474b55c61678ac7b3c80d28a78bb022129fca46f8d0f2e8208004401039a24caab97405e1476ae6b647648bdcb691e621bd369db224f32c790dcf04984cd9ca680922c15c432ee1537c760f9c9438fabbd02e09acc606f54958462524aab0609002501da89660f0ab66486c711d33d3a111e32186259b1d2aa8905fc38cfe6e7dd2169a0b5a8fe0a002d01e032878363d7bab9c736c6834d10bb07887fff11faf957c314b7ff020555f569c4a9d65e2fa6d817b8758964	1796650081977	1796650081977	\N	\N
demo-city	4901776431718480600	GPYM-VFN2-BC73-HWZM	\\xced5f000b57917ee8ff19e299a3ff08f	\\x8d98550793de9b0874f2c8054f877953	\\x6a197332ae3917d4acdd97790f5405a5	1	\\x01910252d347b2387fd1006ad5af1f1ddc8684d42cd5f560a41250d2934df83801e1c056b7cd6f4caa4e1657c898b18b361b9af99ca738d204b432ae5b6ce819e1	\\x00002901495678e97d9c5af4872acca3c0fdbe3279eee261b0c13581f98df9b86b721c3782a63c2e73aa464d01002301ace28ecb0fd62ee568b03f0a131406fb563a89d53fe4d1b7e4472a7858ae6ca42fb402002301cfb5fdd326b2daa084ca82091a14b853bc15bdc9cc047dd4569cfbf1bbb13de84f3303002901d55f75ac35172e2b74d5c02426eb4d521af68a07d55c37988c214aff1e6255352371be8a3d53288e040026015c10943f3d6f4af3282afa8a0f4d60f00f3b11086b1b7fe5107278bd28d77378ce11fb030905002701342b5d021e96b7d3c8d9bdefeab450451ae0cc7ca6f857f6538dfe530eb8b2f85484bda40d3306001e019410cfb3eda682bcde537c5b69e1d043f5efd483f0947102b15ac3bc7807002501142d1790082d408ccd0c2c603f51ddae1b11f17322bd1f4e82b6e463efdc293b263f4683080044010fe794f444db9877d543bdcb377d97a982db08987a07817fa1d5ed6ec55652b58844375ecd88325f8d41f65d80927d8b0a4ba4cd608a93dd52fb86da32f740abbfd6d6090025010444a9d94bf445720b6d84dcc628966897de06fdac750dbcd8c72f7c32d1b999feeb41160a002d01867dbcccc516956e588732536b0fe1a3546d41953325d82446a9e489c9fb1bb98c7335e04ee6e12ee764f3f7	1796650081977	1796650081977	\N	\N
demo-city	2249931294958394695	JTHX-EKFB-MV3M-4Z9J	\\x7f0865cdf8f54d13d507afa1732d44de	\\x60fd49d304f9048f3977c4fcfa335635	\\xe80c4e31eee175fd7ca602faff370cb8	1	\\x01910252d323af591af7d0f378dc79285bd6a5564067c7ff01ac525ad041828df819fce9b874313671c8c3e16d39790738f9e421d5a4aa41e642aa4eceed577c5d	\\x0000290171ce7d434f98d81bc3d9544c0550323bccf40c45593a843244bb9d83846102e0b78f11e0a26a29cd01002301f7b656dd4a094027dfc1f56a1bd410f0abf7823877ecc7967f8798c46e03b7e5319002002301f34392eba5f21b4aecbf74476d0b913089327cbaf905f8dc4127457ac183650fe86203002901515f02f9a31b56f0a1bd9089b60dd57164cfaa712b1688062a2c78aae7e6077f06dc082ba1760a050400260161e537e8e8c0f44a252dc4f81283ebc2b8900a4ea44b6621aaa347e2f0c41828a80fd5ccf805002701cdc7f515d8eb71214382b879c0a66f0d1e658bc036a640958cd9ed2a7dd137c52750b4e1422006001e0172bd58e56682740a4270a344bbc7af22483c7d1717637233174c41117207002501c9f3863da3b9aeb25b9f86b7aa37b2bb002e5ee6320d2b78845af72df3fcb61cf31df3e108003f013d486300f6de64a102750df3550a20f1f300602ccfc3a3fa3a2d03e36cf5278469e4f3e091109152051688ee9ae2f9a6c28bf5ad10c91412657d0303f87b0900250165b6aa82ed4f4f737bf82c25a140e24385dd23e980f71ef2676256f2900bd3f8671466980a002d0191ab6f23458fa6084a777eb647801383b5b4eac9ab5ab92d8084fced7142b572c9d0d30e93ba4049965d847e	1796650081977	1796650081977	\N	\N
demo-city	4979894246727528321	ED0Z-SK3J-EGXJ-CHZS	\\x20714ea36b686b38dcbd581bd296f29e	\\xdec1503388f492b31f5ace9023d0583b	\\x296817b6951fe88e74a88de1145a4b13	1	\\x01910252d3f4a099ce8bee30cd37ceb4fe52f777d1c30ebf2287a0c836ca6eb8a58e849b56e1be8c3c3033dd9a42620da6b34d7a860337783819ace1c925c7e42a	\\x00002901330c4af127867169a3d015a9cf66752338a7671149db54374c462b5445adf231138d22d755a07f2c01002301bfd9932fed9b8276013499c031e2cf89321817cf99c4f98ea3845e471783e1ad0e8602002001e44d44718e759f705727dd86f24dd98f319a54a84d39e0fbf77e74ced3e69603002901f9b72198897898ab0e9035dd683729fcc8d2bc6eaafdadf1dbda7874aa062233783bc178f3235dad0400230128bc56d5568b8ba99d9ce30e85a75c7ea7b8f16e30e8559266ff63d7bc71025dd295050027013928bb6d5f34434aecf1f63a12f908034cb3034063191b3cbd7fddabefe2b04f20ea23d7849d06001e018b6c65b0d031d81fac937382ae94be8f4ff7d9fb89581f6185dd0b1ed7070025015c0c5790c3e16d85de3c293793ec2674532cc50765935ca2209d5c0e780c9d6371a4e61308003f010a1003e7e2731c5b7d8b2f3ad273469419f44a2b2faae710b134649a1f941debec741aa33070be01afd20665e7e6531c0fdeecbdd2183cc49a0b6056180609002501a79d400823b80406751598b31cb6c1ea8f8a3cb6219ca3b704b962d8152c2734b7cd63310a002d011f6ae157e52ee89c71723581a867dda631a70662e2f210eceb6fc11d3b4decaea67e4a66c9f4494b19a0d07f	1796650081977	1796650081977	\N	\N
demo-city	2047374290572406605	PKG5-MSNP-KQK1-A6S4	\\x45135b523a37151f83430fe3ef884888	\\xbb442bc14eff37dbbba81c6878a4d102	\\xfa7d41191c7dfcba7b29f2b1c8c9ad7a	1	\\x01910252d3b17fd031ed319ad1dac8b35a29aa903adcb0d94c76e1140cecbe56dec793607a34914e49a90307e12966d57ee88d511436169c88a41ea4834517f3c2	\\x0000290197bd41ae5194a75aa222d903ef7a7f0d93a51e6bb8092b04149573d68c91224602f8a910d68b22d60100230119d9cbdd09a10b9432f48d337c359a497b5fbcd14f107f3b110de684e02b51c9202c02002001b9520bd784c338952755e6960a4b9b5ef4dfbda4bcb60697abcc0e3b239a8e03002901bb3e2cc25c3e785b77113aa1f272500fe879c8e1a65180f4f568185436358b08235d15b81ead68a10400230116046866f19e58390acca79b1d62622880f40a54aea9eabdcd717095a2a064322cc60500270130d5f5d3a9d2681e1058225a85ab6c8f9c96b15069bdb4753d37864a1d96a92aea0793a28b3406001e014c01fe6376f0e2449107c1927b4a542c713064a5f24ec2689eaf2e37ae070025018599da498c316a8e2811d74c0a26adc16a91d3bfbc86afc3218d25a0ce8b71b03131b1ae08003f01e5fbf4cab50b7e331fee8470923e4819029c5a42bdafa3576f5c864aa2437c4cdf4ecb93ff4961aee8502f4277bf8bf26940e1c09da24fbc59c4c22f1d6e0900250149e793f20452935084eecc17adb6786ef5bb55e70baaf34cf07d40c8b8d43fd9fb2db5cd0a001d01c78131882c4b38959518174a6da7cb8239767ee9f3c010b8306a633e	1796650081977	1796650081977	\N	\N
demo-city	7759970822943008432	S6G7-KGPY-FJKW-QSD8	\\xf20d0a246641b72a0ebe819dcfcb7dd8	\\x00420db9281ab096a709883667151f90	\\xc698f1ef769dfb74ca07bf3d6ae88041	1	\\x01910252d3fcc29fc1f503a6f8a849180b949ddc0e73ce581176c50069f2985da602571a4158d4b00b6c4367beaaf40d3f38dc6e37ec104b3f93024f028cd28803	\\x00002901310c0bb9867e116448ddab59a591a2e0cd1ed4f8dbca2cc32b173c9c8735783d2e2d4c315e00d33a01002301850b73727a0e1c12b87e4f624cfee96b6c1327781e2c67151fed17c73bebd1c8738502002301afaa55db20ff471e9dde3b37e1ad90fff4cea4390296829a4d6d4461963aefdc5b8b030026016558c8c339370a5f9a0fca0b6469965efffb0094cbe867b52515fd05b76dcdbb1d68bb9ed5040026019ba0587ab00cacbdb734e7ce81358ab8dd795b052ade74529fe472d18c8e56abdca63c48a8050027012e96a84c3f8b3736c39857981ecac3b4a8a0e71acfa09fb0c6759247ecfe65d1855cb754644206001e011953582123ffb92c9aba80479c18d661db916e6d0496ae7403150b67eb0700250192d00fcdd6cb2a3fd3e1cf38789016733b753d89aeb664b95bcdd79aaa7afbbd64497d3c08003f01b7d48cac99c7cfbcb96c2f9673bd6b10b173f92c854d6d2964f17598c7f612e3b526695e9f58c4c0ce53a640059410b87eaf903403ca85a83ea3c725c9b5090025013cf8575a43851ff3452943d32a1bffd0230e10274832921977ed9d561bced6be932e19c00a001d012f96087270780ed6f0fa6ad8a60edef21e3213e8b6e53c5b16dc8218	1796650081977	1796650081977	\N	\N
demo-city	5129432667642164721	JY3Y-RJJX-P94M-RD6R	\\x9c5db869cf30b80d1c0b99427ef34a55	\\x5db1ed008610437e4a69307bff4c6430	\\x444f1c8d34bf2bd183c7c466c2884666	1	\\x01910252d3d45a8adb6cd2930841d8ef82b0bd1c9b0a520ca476d15f21f84dfc9fae9aa8182eeb14b06317d25ae7b020488bb83f5ff9520087ea18d56a5ddbf08d	\\x00002901e5bb5ade90cd6386fdb35e2823dc953f3de37a68fb97da15b9d9a458396f64862aaa0d8c22358d1101002001eb84315b72c8f547317963716821c99786fb62d5f2ea5b0bf79915eaa37122020020011bebae9d08f408295a4c6e16e23bd01aa570ee19827d32b566ef11847091c60300260131c8bff1340f38dfbfb07eba0e7f8f7cd3375c5cca3cda0dc3621a029f86ef60523c00bd7b04002601bece8139483abe2ab388ab229785abfc94c4107a6fd558ee62ecdcbed3fa1ffa954f550f3905002701f412ba6806e257a503de56a9ba31abd3b288bab2099ed0b2c176a6942bed706dec1f00e505fb06001e012aae63e592c16bf83cab3a67c4337efb1c82eb6460498e7afd6b8c3067070025019ef4077afdc537220f56f23a6d36eaaac93098b46d2a9dc3a08b6d20f30ea004bd5bcf1d080040016e11195b4b6dae10161508096638ead9cfdd563753cb7040bd085f223880f5e3eb58522237be8debabc0c1c127a03e3e48cfc8ebb2202590632b78587094f009002501ccaa48d3a8734f51fcfd56ad78500f7f9b1e330956c5f4bcd5e1d8eb7bca0883ffb678c00a002d018a0916be34a31ddf950f1e09362831373aa1d20a2da1e59d0092029175ed6bb864ab4b1e6290cce7a0886ab7	1796650081977	1796650081977	\N	\N
demo-city	8717383080877364460	DCJR-G4EF-YCBY-A5ZR	\\xb07c60097139c17c6356281f45dcd96e	\\x56f7255dce69b16abf3c0f59f90aa817	\\x73ec5f3c3c50ab341e3004b129eb727f	1	\\x01910252d368d427fa3ace63e7143d91145a5733a7b6335be007f825a574415a886d40a35126b19d25271f09ffac27a34b181aa8498a5ace242d76ebc93c784154	\\x00002901325df181fb23ccb7ff31d3cda3b229a4cc9c410e5d8881be5a756d0dd929d0ce150288a34be4708c01002001db0886d622795a670674f3e58c49feb1b4ac9889ac4cb858f868387915a19e020020011eb1027d1489c4ddcefe8eb99d0197c99efbe2451d63bb5ece22f5d91a236003002601c46e6c1d467b62d83017b6d2448681356abec7a0f43dcb66663c05baeda8856b4c81cb4beb040023019f2fb8dc90ef81e9a07212721c66db4b6054cbfc8c64891eac23dc8e8ed06cab81560500270111e8fbc49cad1a188ca48993f2da12621e7e3ecb10b7ac010c597a062958417db4837951c10f06001e012b506052363da86d929e2049b0c6f91d0ddef525445963124b00b3cfb007002501b54aac7bee37504c4bfeafb41154ec7c8b1e30bc2b331139f5d4d374f50a7ae154ef0e3e08004001b199e993f6a99c80d71e5436b8f44f09d0c995990c175d219ffe60f18e1009028d1fec856c0d54fc4c29cac5502e2f04b3d5710825f664619e325687fef9e8090025012c44a0142c14bf0636ea67ad7be1064d5799166a6378e04174b89150d95f3e365a11caba0a002d01e597a869bc7c3bc9e0e4054d2a33b59458d9090b974233b4735f47c9351a94bd895a23e60e08d0d16c2f961a	1796650081977	1796650081977	\N	\N
demo-city	4393019442772860780	PKBV-TEZG-885N-J5A8	\\x9c8a98d3cb5e395ddca0626420959f8a	\\xc4e8fc50eeda4c5aca47232028c0b3e6	\\xb644d1a61b2dbc8c68b8a51081ad553c	1	\\x01910252d347670de262be23dcc7ebcc071bb0e168559b2c961a55254ebf02763f12a34b438f072081f5bf9a917c7c398b03bd0cffd6223cc65375fa5b951c8a52	\\x00002901b0e1ac095c2c7a6926deeefe824fe8de09d50c8336ac5f97e61c8377739a606a9c43ee0fc9bc8be10100200133947d34cfb93612a4d8d8f4ca95a2c7420b61016205d760d7e24424bc6d4302002301675351de9113dc7616dffb3e1b3794b6ccc60e68ded90925082fdc2d692932ee77dd03002601ba98f3e9274734ac291c356ea4061e0b0eb8b9773783d1da29926322501bed9b0417a66d0b040026019c5f36c8efb242e0fbd68832ec8f6ba4603b4d32cc8795c941a8564bdf999bf50be15208ed05002701f4da54ecedf4b7b24efb250dba59a159d972687c9da5e1616eb08ebb754dedb27d0ea727522006001e01d7da7e12674ced88bc3986fffa0e8ecdd60a53ebce57027cb9a6d7c4e707002501f95293c500f2d551844bbb39a391f2d043ba263a070fd54d11d95bca05e09bbf247d11ef08004001c4a4956f32620e9df84014ca28ef5f8e1fa238380b6e0da689484cd96287794707c37730aa97c5053dc9b179651a07cb6e7a431d27c35df37c8998cc6ba35d09002501a922789306f667240fb08430aeb0fd9c69dc261318e706a6ff2076ba110703bf5c7e3d9b0a002d0196d6277fb6766e22c5cd5aabdf924859a8f782c2d1f69f2c23d806a22da266da7addfa51a9e4ad0ccf6fc018	1796650081977	1796650081977	\N	\N
demo-city	5378326602336268757	1YW9-NBTQ-4YXF-BBH8	\\xabb20ee26a3a65c775a0c520f9f3c12d	\\xfed74403f06769418163bd2dcb337beb	\\xc8fdee7055f1d707270dcc6874c897d5	1	\\x01910252d33ec90d36f38d0844c244a40a0df956cd0f2cd32fc61c7d45db2d163328694ae7044c520549fe4cedf706d332418886505e09d4a56b3293812cc32511	\\x000029013c48eaa949105d6bb09a548eca16037e33c7b846a4f104f8584d91ec09cf756ff0c551da50c70bdf01002001d9f870d2e8da2629911b3b18bd463717d957c4daf2ac7243dda6fb43326a5c02002001e018b1602dc54fef2796989053879a677b0a8a065c07c3fabc7369a8da903d03002601d2f59513755a488b5ec003f85827b3629f84ecd9f23155e92713dfb146a74b939230b28a8f040026010ad1f721805a0e8507ca9612c3b75cc859de18886eaee50d259ea35d9c71a083cb528392a9050027013559d69673e97f7c0b8f69acdebbfe38c55aa2fa80a3d61d5ee76f7f210fcf2aca3008fb1f5f06001e0100079033abd5202fa76ab95c65b6755e1d8a7ae3c174ed5c5505d3a8b6070025011a62f76057c42f96969697ae95efd913709e4b8b9ec73c4c5408236ec31de1770d89f4780800400141755e960e6be9a09e029113cb58986b2ba0aa0fdc8ac68cdd77daa4b9e8a2b7e2a2fdf5e55c25819eeff0e413a72a3ec18c319244bc4165ac7ca4b906df7e090025017699899917b517554a246346d17794a0acadce87ac4262484487c71d89a882a149de05140a002d01f67da53a1602e2571502e8f48b69e08f287a064dce4a2be7d97614efb9dc06938bdbbddba301c9b6f92886cd	1796650081977	1796650081977	\N	\N
demo-city	360563232792742821	K2SN-H7VR-PWVH-DQGK	\\x5cc06977d99117a0e3fdd72bfd771030	\\x57d07f062370a2679de920e0dab3f85f	\\xb7c381014253b1e0af5fe6e3ca9181bd	1	\\x01910252d3c3a4e761c858eafc678968144a6f31d86334734cd9d16082b9d71daf4df14e977e78478b94452bb3b3e1fa4554eb8abd6f93e1eebd00d2161e52bf55	\\x00002901feea33d1277237cca6dd98398cc58d76b60237b7f7147fac1e056aedf4251fe0b3eb1b036bdb19a20100230172644f5bb9451148bfcdeeaa4405fdd88bbf220d5130d4a8ff2938a0d049ad744a8e02002001bb3ebb035368fcf0708f2d092da8fb8c70af00941a06da95a5bacb580d2f03030029011fc04c08eae68e943d394e29e2125fdccc3e7f1fdef97ef54a470afd0144eebb9efc19143645c8df040026011b28d911bcd089c0fbd0c88c7ffc1c12e11b8450919ee91a80f3709b1e4c392ee2179c60a8050027016b20dc279321a8643d3cf4b94df6bb8e56ae61f8464e106e0252f602b3979c2523757f8f1f9406001e01b3b4f2bd9885dcc0d522117c29564738cdc45f5976116047fca718c0af07002501a2c22b6619d7f59e2511cb8be90801e887a99ee8db49802c3243d5212dbf5d79c6d8f81208004101c76ecba75eb6f335314f8902770949994a807ee7c280a3030c4ca6f49fb9bb61099dc1e207a3e874f732213cde85a657a754af0c112e21611ffd73bafdfd783d090025016347c592b276af38aebffbdfbc348f7b5f76ca71bf2c613f0a2600248855b9aa0e4b4dbb0a002d016bc72cc4e8adc80f3d40c37aff38b5d409138c4b1e1a78bbaed634fe94bbf3d0a1804a5068288fafa4da48cc	1796650081977	1796650081977	\N	\N
demo-city	8751613293805771550	0XH5-RZT2-F78R-SNZ0	\\xab0e83498cd2e8d9d0c477c4a646ba85	\\x95eb0eabd212a6f8837f389b45d78fa2	\\xd4284a12d8385dffe9e137af26edb593	1	\\x01910252d325e46ea739d0cf877f8aa7c15e0cf541d1a7860f25f8e4b079a11a7e6c2b753367057da827727ca8dc56b06a34dde7e6b4154749b0b646eda892d5d9	\\x00002901c7a5f99d6d509b0c73f1476282491b61d569f16e60300866c3380552085a18356245df3920314831010023016603d0a9fcafd2da8349605713ea335c9899325cd494ecc6a09a3569c7cc438cbe2f02002601f9ef13270ae73f9f0ff220f98ae4fd8dcf4894de7c2fb5f3b97db900947448434902421cf203002901e6d8ad246674ead5c419e2ae06d07bca7a2a4e316dd672560d631ab879a5d6513781e8b92f6cc1da0400260169b12c9fd1f7b49dc2fa1b740652a3ce240336308ca1b17d1260ef9d7a09f9d93d61f9df9605002701d7e7ecabace3360e114fc389b16f12561bdf15b459cc2b99f98984b44acad8541179745fb05006001e01c7741432a93f646972b27d4333617363391670b98ee7284c8418e7133707002501b17b9bae8421c64d6f0de2333ae5316ac2bfffbf4286f60bfc751fdf826e51bcea1f2c3a080041014787c98745fd7e7262b755716e34010feca4c8664ae84e1faa6cc6b70469a304621ad7d7a94ed9554aaa612ee6ca5b0a6cf543c0c4e49423379c413d785b225209002501ff2ff318f5fa23c691ab9de0107722fbe38c07ce84754807df94f91d877933cb843b0a7f0a001d01d9e007adbe500a0869d0cd5f7e429f12f069152da746c60ca383afe6	1796650081977	1796650081977	\N	\N
demo-city	2926607316042712565	EVQ8-HRGA-1BN1-J5WG	\\xff27803d64f872ca213049b3c6e56266	\\x57ec852ea7545b1be68b1534cacce378	\\x58f5323ed6207f30174240dfb24e94e0	1	\\x01910252d3deec05ef70efe96d2942a296a915d8cf1486551dd2daf78a7ac565ce6a92814c402ebdf39241d88a86012b932a0d3a1cdbae72c51dbe9e1c9dd6f85c	\\x00002901fa6d6395bac0c9d973f1024a3f3306328a09b7355dd21c3fdfd443a83f22199bfb2970f8b50e94fa01002301786b55fbff120514d00f9ffa9ad2752a65fc74209e5add30f723b45add24fefcf4950200200102af4ce0fa41c73df1b970ee06fb7ba4de769eeb4150dc9c16237460045042030026018bb9106fa8c6f5f40bb878bd445898bcc71b868aad472831d8ea8158a71543b53779ad1aee04002601356fc22df758618091ed3d0f60b6399533eee8dc19056e7d2bbd2abac1188e1f3d58e6612a0500270114a7f548d535557bb9bd9876b1a3150eaef341d46aae037d369cd44f5750a67e54563310699606001e0176fd3b635b2bb79527a0b9a50dee084fd7dc2b8641dcea8dc30542e9520700250105e40a9f27e7dc8b8be1fbb22ea533d2bf323696956b0da01a4dada2dba229dd3d2226440800400174a649bf337c948facc8a18bd889c231e2a5b3d5cb2261b9ec768126bd21b12e1a2d78ee4d0dc1f4c8e694aec9b6a4ba5185a8d797a382f483bf74df7026cb0900250171bde484506e8a69b9a0afe986c81c0b5b6e4b41f9aafc5cb1df00b9adc52f26b66c33240a001d01ac3e333b92d239f60ce809c7eaf7cf09a0b512097a3d4d7c3b33cee1	1796650081977	1796650081977	\N	\N
demo-city	6324217493098100918	Y00R-WKZD-T9CJ-AG8Q	\\xb0e2d7860205c112255f4c9866796c5c	\\xe973c10a7c84cbbd8cba0063b50eb4e6	\\x0d0ae438e116fe6d7bcb3281b346ef82	1	\\x01910252d3d5960abe2c9e0e2ed1fbe04c55fe856741b4755b3338f29473f6bdd7717e083463bee9faef31d369ee92ae4b98ea653aeba6066b99e461e985e8f534	\\x00002901ce8dc32e853ef7b63b7f8671f260bc80144a028d854fb1ba27e6bcd9285000334de9057061a2150701002301c9ccb8340d45b807c48f8f37f3e34dde576c4e981066648243509dcf6023f403342a02002301decc6f45552bb95f0b0f759762172f348831eae5b6f08f7e7a15055ebdbf5ac5f90203002601a89459f9830366b84baf588eb2ef1ab05d5c3c94a077dfb2d2b98a387dd9359b0c8885d53604002301fcaf915c8fca2557415b1f9ab2531ae27c814d574011e96b61176daf706931b36b780500270192ebf6c949526b5dccab6270044b599616e6282b383235c1cb5309a75cefd7d8c8dad479a33006001e019dc7d22b99dd50f6ce11f061a9d30b1ae398615f3bfca71dd60bef67180700250159dfe9bc90d0a5781204ced931989f26cb2778f357fcf1b9ca29f9273749d6250de6e91a08004001a6f6878ebdb08eb544385d9cb49445bddd8b0ca0b1a443666a391ad51d6d6a4b2f893ac143915ce5a880686dc97d0b000d09ff5f490b6b04b96c3f5bc29000090025013fa25ca3c725b52ec5c3ef8dca80a4262216b83ecb0b5ee6a24535642608afdf02d618760a002d01d55c4105c731504e04a5584b2639c29d2040d24d0648a2e3fab25ac1d5993cc001947baa3ad2fc6294edc884	1796650081977	1796650081977	\N	\N
demo-city	4791416702172195982	K1N3-T0GZ-QY5T-94RX	\\x64242ed3ad6e925b8f4eeb174789ba16	\\x1b8327c2ed4c01d8cb2552b9c9966823	\\x00cd0268e0edeb5bf7de41be0521b4a7	1	\\x01910252d38414e917d0d4fdd5da4f275c023d0a2586e7668cdf6aec8079f31e6989f68818362318dee8a12ff5058d2c5e3d23248779b85ef424726080b8f9e928	\\x0000290149e1b801a8b0d18faa9d59644f5c7c9a970a9df15e561d8b78f8d5dd08a4b697d89e0f7b9ed6278a01002301758991cea433f607b1ac937d36058d6070a49f4ab6fa203a90fa784cdb0ed056f18b0200230195e2aa3d9bfc9de057a249f34e7b3c6eaead8af07937e21f40b93cfbde591a8c3c5e03002901f8e2011a5b63b94623c943cf46dad42efeb606984c66a46ab3cddfbe3bd52bcad97c36727efcb35d04002601bd51e6389962cf520fd4fcb3c5e0bf481272b5022ddbca7477143d7c054e09e72d1a3e895b05002701cf9713703498426d0d3282d263427e03e61e40a522b5213a151d4b2f6f1b92b473edb1b0548b06001e01328815eb7b633a1a9f4af6d22c9ba904979e212980f0a4a348a7303f6b070025014cd41848af498742f7270bea952dae921d9420ff4f79ebb4a54fcf6681308d5933cd078808005b01eab1603b21c3a849c028c22227df8140ed8d28bb5727941f66d1f8701d442c23269272025066f7ee92009c4f84de410d19f45f3a8d196cabf07cdddcfa2c2f2842893da95b38fd23f92e75a69f401a2e5d8a049ce68b5c53237009002501ed5dd7bb47216ab1b921f63f8c07c36c41ed32a534ff10d3df69c18e3606d5a6558275c10a002d01839b4b905709165aad15837beab09dbd5c453d465566499a710dd26ae9b9457a6fdaf473c8ed5b0f221f3b7e	1796650081977	1796650081977	\N	\N
demo-city	2754012396948145528	2NAJ-VMZ7-21WP-ZF8Y	\\xfea0b7285c34666fd78720292dab42cc	\\x3b7a271d713f2f546c94536fc310be33	\\x3aa230380c76cf76ae153a717deac73d	1	\\x01910252d31cd0f240a7107241634740d291e73cbc716675d7e01f458b8d86dcf3e5f72bcaee3b0abab401c5836b66601809df4e152a089289de5f4d384b29bcd7	\\x00002901916eb8e5ebd833253536a93504f95b3b91d319445a18da13dba0d4a485672322bf67a2d09da800a401002301e0c8737e90d54ee0c5fb28e27edff44a7e32e62730cd0e8edb127cae18ddb7340144020023010ca40f429354c973bf559a4e37ea34f52e0f37fb9e14c688b73d741e33fa1c462d1a03002901b9b5a5d39a7a2056524fecc73d614e4a07f3dd5df00a9ef8c3c92c391f12fe0dd84b8e8804ae3ae6040026010c05e679cf929ff4a9268d18376ef6f51a7cd5f33a07cf27037c76bc33faa008f9d718fdf0050027019c520cf04c7d709832be3ad6f8b0de8d0cac0646719873c7424f4f08b2dbe9efde35ecc96aef06001e0174d3167fe64962694004478c90c1f5bf4756f78e226fa05e1797e554f507002501335ca58f71dff078198a1497a110263c4204f5e550fc6e2cd40beddef68b9d13b804294308005b01a8ed3177d72bcb094612236894eb8d1fdb1bf53683d9cc6e237fc575ca3fcba507b77d99c94d3a43a1bb5c2a10e6afb6bda06a20478daa4cd5984a26692957181a209e3fa0e302355595b2fa34c7ff72b372761ade795e7334a809002501879d73e662a329d3c9d39408bf42888028f3c7b22b86fb9ef7dc291f35843c3a7e3d75a40a002d012fc65f2638ce5d2648dd6f312a9938fa287fe324b41365d75a59ca609ac7e25d3b3502d0534630f390a3b409	1796650081977	1796650081977	\N	\N
demo-city	8551335714600293026	KHTM-CGM7-PDYS-71SN	\\x3561680e1a0d5ab239b8734703511e3c	\\x8621f393c0ef98903e2a1c5f5faaf89d	\\xca78f219da37bba4ed7300ea642957cb	1	\\x01910252d3b5776d122bd9d51200f4bb839fa63632ee90395f2dc566e60c7b5ece8289429a45a3969a2b859019830d67094f738c4ba692d0525ec33b5fbbf3dfc9	\\x00002901d6d5364a759505c48e8e795cb803bdb447c8cc3b70dd87f95fcdc71d9db45a3502d8f3f55b55161001002301330897cc4ddbdd38883d599a952d61cfab7b7f16878836ab18b895cdab716d47870d020023018efedc14eb227713f691715385ee6cf9bdd9eb1a4b8dc99290e9cfadd86a56e2cfaa03002601c89d5f145a24dd9992ed9cf77148003fffa5c4b685c09e3f092568829887507cfa5851522304002901b6e987b77858497bca1108382f14db49f793ae10d7217a88bcd4a4949bfca46d4744f1b199228a86050027015b0d40151b8c3384f69cd84af65b1de42486af835917ff1d5062b6a156a8ad00f4cd24b0558006001e01f63e2c0e07fcbd2bf16d7d0b2014be1ee2dadaf067a1d8e6d1482337b107002501f73f0265f7227d0eedce8db8d041ed50165360cab3f69900d4026148b414369dbdfda7f208003f0140872cc2d813195a730389a0933aaa52f700d8deffffecfd5fad3793d491fb95a7e551ae9f605efa97549ef43ca3e9422d2ed70fe403f2eddb741f12ce0c0900250120d3180eaeba0d7ffdf66c8e41299012f5c894e297fd2af32bd729249ae8db9d5e4367940a002d01d6d0de1733ce12ae5eb5e646e9a85ce9e3c86a6d05f81ff18a1b5953010bdcc8ebc887d7707057a475b37d70	1796650081977	1796650081977	\N	\N
demo-city	2986898698323858994	1RHQ-HFP7-TGGF-F2ZJ	\\xd1790c5a0ae4c0240ac3857a0bd57a1c	\\x35d0b475ba1758ab6967f30d3a8af248	\\xc9acc1cc397d1ab3c1e57860ac31ed4e	1	\\x01910252d3c659923f6ad46e95d487cd8ca1d503e8050fb8a914054bd35a940acb6832d5e2d30d77b73d0eac2e7078274804eff58a867601a915f82c0ef1ca635c	\\x00002901a71092a434aa08ba8e60b465769e12699f912d836e5819a4fea40c9343edc5540174f4df33d70eb8010023018e05c54c17a42be63c0688e70befa07fa0c6c2f8949ea642de272908e7a564ccd546020020017354fc9a36f68c11300108f29aa61e4b577295830432fdcd6777e00815bd8d0300260178b3ab04bd87a258ef044224c9995b905fe42f19cb31b2ace663406c131401dbf837bdccee04002601a5c7dea99892a4ea6cde2b1dbace3e5c30345253921506e607463ce98e1b3e4d76124f95bc050027017721c226b2bd0db8f4cdae34b67fcfd7b731f73e95bdca7a0416b923d73810db7f011986d2cd06001e01cea38542a38396ee2c797f0580a6c14fcfad6d8d83cd6e3999febe159c07002501447586e10aa7d53d5fec62d631ad73023b4325597e031f2e912e18057d190e1477a43ce708005a01860b9f76950f4ffbedbd04b97ca78446bd5161367adc36e5d185a89bbda05d2b4a14964ac786528eb6ea2d4d5a9456a0b6cd5c35432161e637a96523ecd43c0c45a42db7f7e01748fad1e01802d6abc68a152e4bcf8970bc0509002501a8819c90d874de570a7dbd769fb3757562ec541c40241ad093dc2a1865858123bb2bf1600a002d01247407ad89a49bf5325fff45b82c083928087024ad2e3c85611ae1cf90da1e5a5340fbf49303463433374c5a	1796650081977	1796650081977	\N	\N
demo-city	324109399909875125	B17X-M6JX-QD65-CZCH	\\x52948cb0dc52c8023ff0f6cb36aa5b72	\\x34a32c17c12560508052adda38e10c1d	\\x8652eb5a328620f134347a22de6e6bdd	1	\\x01910252d39496bc2e5d6d2a8f53b6dae9fcceeb352d94a6e1eee1399a220ec3f94bba9b29045c1bfb3334e246428b341b98125abeedb06fb051e3992c58c68cf2	\\x000029016c9a1d8cf060d2f121b5daa3afc60598e7d362ce9d7a85c3360c60a5c24811240683d4e34dca5ff401002301598e59aac52cd4b5c51228b27eb569e933791c552e9a767cb2ef4637f34172bfaf3702002301dedcda2fed05e7df9f58fb26dd6ac3f01477db1e7a7eb40e81c7f60df92cd2bc5237030026017c0b5b30d3f7c62ad6924d7e638cf905ec9660f29c0e864a37c8c3a1af7027b2a26912e1120400260197b2c2e3f1f2679d374be4afe14602f17e8872785a6493d84aa2001f4a2b268330a794461a05002701d8f7d6d5447f84e47a1f96fdb054d52fe54c483311440962c1815a5abbef6f68b5eff4e88ab506001e01e46e2da880e3754e3ee6ef0ea88ff4fa3962aa528849084bc43528e3380700250101e2b554bad9da553d0ac5701c49eb135c516af252f639b4254cf636d96205a8be6503f108005a01805b17e75c25a1e9301c5f7b37560b3ed5d5508f1a28ae982234563b890e5f0cdaf03eb803c7176094b15783544244677b7318d05cc9f2e002047bd873d244ddbf985d1c344433c9adcf0e51212c1680862eea8da19c1827ee09002501d3d0f1512493e51af409abc79461586969ef578962c75cbb4ca7af42461f578114c1f4910a002d01cd9288e2351a763bdbfc1a771772fd7881bc147f9b68b574d53ce0b5d83ce813cf1d069bd1be43bc3c7d3e78	1796650081977	1796650081977	\N	\N
demo-city	1852193373906384785	2Q0J-H37H-H2XR-K1RX	\\xf49ef110b76ed8aa4324488bc65c490e	\\x3721373cb90a76dbaefd36bdb53657cc	\\x74b973a86d1aff5107921412fd6d09be	1	\\x01910252d3a039beee3c18e23e33c28a3e095ac5ea215865a5683bd4c31a876aacef7d5d787900107330e03e84c8b4842c3f8f6af8a50aea44d984848335beebf3	\\x000029011c1a29cac373fc7c115e4074e50f6987e5171ee71a50e00b3b2221844a48b1af6b59b420e32642100100230157730f3750a82114bc74156965a817ad8f769bc6cc57f4b77f746e56b61de36b3bfc02002301fae41f70d1f06d8378f6b1288fd958775e1f36e40294e43b0f0cdea331e95bc63c96030026014d5dc7c89c524b1644cc622867ec789cfc61fae91fb693b9eabf0a9d7f84aca9ec384e0bb50400260157421b3589bd8d7d9a64ec0fcc3b32f45601141f02ab3a187793e0128e34300cea2287c8470500270129b216a6de1433480802ac43210d1e2649c7fb743c7c3340518e8da1ba14e96f300c126fc33606001e0153750159ba4337b91fbaa12514f770fe89b0e069f16be2760e94c0e08f0700250166f6284a3509ae933d0a512195a1d37de9f5cd0dea889fb0726b6a4c9da220082aa6b3b508005a0197301e28240925c2d33b6c476f037268cd7669b1fc68513b6c1d5090e880388abed95355b1e40f9d515efb9f56beb3e37db893dcc7d755d2f5bcf4928e2f879f48e1b5252ab735605655268ac1a4c812bd8c2758a9d84c9ae1090025015c3ab3f699ff2a1f874b03cf7d173c54c895c995150fb1244dc901eb5e01a4216e3f80a30a001d012942f8a8f1641983f845a0314b35999a32a6bb931eabacdf634e7a47	1796650081977	1796650081977	\N	\N
demo-city	6234818596545603866	N0V4-XG0A-WSRT-AV7B	\\xb6852754c1d26367bdeefcab6816848f	\\xaa4b20c18d6f6c2ad1f47956daf8d986	\\x35908ad8c62c09532befb312bbd824f6	1	\\x01910252d36bd737f276c25211339e33426b2beee230712b00baad8cc1044a065de3468b56138264a46ee4e127c8c1711ed874e95b1b5cfeaebee44ce6b8be0788	\\x0000290139fa8476546fdb1a82fb4ef47a9135aefb8f84446641fcd1f403786ed7b93e24b9c5abb23cd1c28f010023011809dc57e6582feea78d6e7c2f9b7c00f9fe5ef91160f46624839a198d99bfe4770d02002001f1cb2ce1c7d264417535c799f2d08597312d23ab5adf6fd8e9f56710c3d70203002601bf73e637293402a878e3db82c608ace33e6d5e539ed5d8994bd62c4ddd4d60ee3e01000e3904002601ec3fc39e99447cb5bb0e86d63b751a68a20f4c2e229ce88f93dc3ddc6b30f34cfc5897b98805002701ac4b4bf94ab6f146b953e4b4be401fa304138ac27a5c759de4de3e58e4042d234771a02ab28606001e018301e7baa35f862f858e5ca695af6d65af405e16873bab97537d0fc91c07002501c834c7f20bed6f6f90c93321dda3c94f6577202ec8b1808e6f4da5b2c5e04f95afe348030800660105496156f880205b4141295033fc2931baf3790f29d1875e0c5e61f3838ffb48475dc52721abd98226fcfa830ec92438b90c0c791d2f892dd6bf318f6adae03c56f47e59c714ebe218deb7c25621c3f6ef895d198ffb82c875fab06bd9902ea5e43583574609002501a3ec814c664babb7db92186f099a25a7a9cc9613ca68dc27414dba7c220d2dabae259bce0a002d01d13061118330ca7c6ee2f9bfb2ce33eb60a53d43527fdd5d16586b42845e78d973bbb893f0a42b65fb9e46a0	1796650081977	1796650081977	\N	\N
demo-city	2034614170359161787	SE70-ETKW-RKP1-XD1W	\\x7c5d80a98d4e726af2ded9ea17745316	\\x4c9b7f0df2854bf20ba9033bd14dc9b6	\\x37d28bb6e165941a650a8d29a8853af4	1	\\x01910252d3e2d664dbffa7089d0e9b402978c6976f901c7d70452b500818a808d44d717ca39db433d02e1e2741da62be975b177aa09a8a43b3bcc1678a600adc36	\\x0000290164e598de61070d9bb30eafdb244e2723f37c663662d2566612d9046544c871f1f8fe93317f49d33f0100230110ca6b51ce51833a33efc97ec89ff60d8ff64e34e5387a3f956984b310a58f02175402002001760e0ef69676fa29ff677d42887c3079cca37741050b5b769c948b8e3eaf07030029016fee48ece0fe235e54fded03b5a5cf49e0bc9fd824d1ac133427f4d8cbdef69d6bf94b125e30d54a04002301b883245ca6635d76300cf010224a1ac19f48c00c76fb5119f35f1b40ed55fb8922e10500270180d29aef4c830a90a6a814c05782738720d67b53c1c02aa5150f40735ae87db92fb2d9d8c3a706001e01307e7344aff8b18c5d0b2b836fb0e7e7f5945c52bbe9409252322482a007002501db7cc3a064cfc2b04bada4c27ea9c352012a0d7a43e5296a3840bf68c5d241c739e9f91008004301a5b5bf061550c587748f28326a72ceba485a9d85865e1d32606beb07fe4a498e557b8d4e32764d67a0a76a36d868c1bdb5182126bada0f4b7eb5216c728d3d069dbc09002501d3f589a0bedca1f3eb5ab244b23bc7faab9101e10656845966e1480c4259866ac25289c00a001d0119a29be0d069d026fab9d7b96770e47b347a0fd5dea26259d33636ee	1796650081977	1796650081977	\N	\N
demo-city	7983177594024972246	MBWH-C0SZ-5CMV-4DK2	\\x5b491f25876f9e371ec2c0f2cc9d3dac	\\xa619e09b63a6ec1176562677b3d1d7c5	\\x332e4a3b9bc15edfa8206cd3cb1f827b	1	\\x01910252d315f333b25f2476f595ce288b1a99bdc70af2a741a9521c1a82e16e0b33af4b5e78107250e8a0b6bd6317451353376b35a2cbdbf841451660debb4bbf	\\x0000290140746d74ccb9092a6e1fe38d8cc3b0e20f7d911a1c10668c45b3ede480974dca068092fc900bedc701002301422887e0a2d387738615e09a1d8d3211060b2d421b1d216952d6f819fe4a6f141ccd020023015ec2ba826d683f4d6ee1dda06f8383b017c3e0add795b2cad4d29ec137ebbbef5d050300290166e5b68571832e9b1fd9b3ade56e80da8aa5d89138d46fcc5cbcd10d18b72064807a0bda00295cae04002601be4eab886517f31f451fa3fe772b783f279d7e8fbc7d975590748c9d9edebc5fbf371c09d405002701ea0c32d38462930e072069b32fb5a5706df70060d507a5a0a97be183dee8815983d49a6dad6e06001e016ffc8b54f5edbd2770bec2a4c7d723c77d27bbd3771877e2eee8f656e107002501ae7a4db877202678d2b89c5be83b21df227890310fdbf3c43df73dda64657cde727efe700800690145670d9e58c000ac4780e50c493b0c53347428ab79a2aebdacba7ee75361a5e30485185da564d8dc87f0c7ac41d9622687ccd188fc216148d1564b2f6c5c5b97ae0a8dde8f154106ff08809a38628fc432fa57760341538ede6643683cf8244b7d90417412f17f39090025011f63c1d66f5a8614a5c54b480b4a2429e5be53bb838889182ee2fd01c76ed67ff7ac72220a002d01fe3e00fe10eb2a3cdb13333532f828f655892196f33ab9666fe4aed70f50461754a4db069fff643dbe70f6b2	1796650081977	1796650081977	\N	\N
demo-city	7973809585599684637	9HP9-HK8Q-M979-P159	\\x6d1b3c214b2e5d632b16813eecd982f6	\\x5daf2c4aeccecccc3a67e67e42f66abf	\\x50500430a827b03ccb55dd7b081ee85e	1	\\x01910252d3e24fe722c5cb903d93f2deb1f37e5218d26e3105dbd7f1c0aaefaca8b480bf5dc24df44a9da7eaa2925b07517b7da14476ee014893d1edee4f6b03e4	\\x0000290111bde704a72fc8dc15d9f6cd9578fef46d3ffe77aa908d60ebaa8994242b2101f401a03d5b5b4aa4010023015a86175279f06654778c2289af8602b43a8f9c128fd4e0659400b5a857899ef149780200230180da72df6ec94e355ee83efc1c7a4ae9867cdfc5120c67808376e82d9de85b5f256f030026011fc205ef067fb89079b1176ebf45828dc131d751c5b44f8b7b43eeab2f9e445136aa6e12350400290104d52175c7e375110ab7e7b55e7db0768da6a9e12fa7361242265c35a7c5c6ab0c40dcb735c61f3b05002701d973a529bbce69c74dbd10963555b5fbd7ebea6ed896f1e7f9be62cfb91fe429d6bd2ef9a7c206001e01deff97bb54e55dd7fcf3a701b17f84865ec0fdb869eeb2a11dd148a6330700250140a8ac17a217dcb17acbbc87eb2ee8767ead2c882f90a63fa50eaf26a6ca8c6e1e0a8c68080058018cca358aa538736a0cec9a6e815db9ab8f25e5c8212bdb4785526fe6c11d7b4f5bb78a18bad190a494ce34d39e6ce169c632d5b05cc58ba12a5d5f5dd97fbd55e66ed52c4bd7c20ba92ce545191663c71b07d55c3f01c4090025019353eaa8d1b4ac4842b440c8b03a898b64d0ca46c8d24a42092f69efb44a8d5f0bbeed880a002d01bb14cf665124859a5179ad21a894f1a13d84cb087ccc05b326eb78a093a3b57254991d59bf31113bd4a73140	1796650081977	1796650081977	\N	\N
\.


--
-- Data for Name: person_document; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.person_document (tenant_id, person_id, document_id, job_id, type_id, fields, accepted_at) FROM stdin;
\.


--
-- Data for Name: person_list; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.person_list (tenant_id, list_id, name, created_by, created_at) FROM stdin;
\.


--
-- Data for Name: person_list_member; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.person_list_member (tenant_id, list_id, person_id) FROM stdin;
\.


--
-- Data for Name: person_tag; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.person_tag (tenant_id, tag_hash, person_id) FROM stdin;
\.


--
-- Data for Name: person_version; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.person_version (tenant_id, person_id, version, fields, replaced_at) FROM stdin;
\.


--
-- Data for Name: purpose; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.purpose (tenant_id, purpose_id, name, legal_basis, retention_years, retention_from, retention_disposal, retention_source) FROM stdin;
demo-city	resident-tax	個人住民税の賦課	番号法 第9条第1項・別表第一 16の項 (地方税法による地方税の賦課徴収)	7	AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE	NUMBER	所得税法施行規則 第76条の3 (扶養控除等申告書: 提出期限の属する年の翌年1月10日の翌日から7年); 番号のみ削除し他の項目は賦課の記録として残す (個人情報保護委員会 FAQ A3-9、未確認: 課税台帳の保存年限は各団体の文書管理規程による)
demo-city	national-health-insurance	国民健康保険	番号法 第9条第1項・別表第一 30の項 (国民健康保険法による保険給付の支給又は保険料の徴収)	2	CASE_CLOSED	RECORD	健康保険・年金関係書類は2年 (LAW.md; 健康保険法施行規則 第34条は事業主の書類、市町村の国民健康保険に当てはめるのは未確認)
demo-city	child-allowance	児童手当	番号法 第9条第1項・別表第一 56の項 (児童手当法による児童手当の支給)	5	CASE_CLOSED	RECORD	地方自治法 第236条 (公の債権の消滅時効5年) に合わせた既定値、未確認
demo-city	withholding-slip-entry	源泉徴収票の入力	番号法 第9条第1項 (国税・地方税の賦課徴収、給与支払報告書・源泉徴収票の処理)	7	AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE	NUMBER	源泉徴収票・給与支払報告書は7年 (LAW.md; 国税通則法 第70条の更正の期間に合わせる、未確認); 番号のみ削除し入力値は残す
demo-city	resident-portal-letters	住民ポータル利用開始通知の送付	個人情報保護法 第66条 (安全管理措置) ・第76条 (開示) : 本人が自らの記録へのアクセスを確かめるための通知	1	CASE_CLOSED	RECORD	Mamori の既定: 通知の送付から1年 (法令上の定めはない)
\.


--
-- Data for Name: resident_account; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.resident_account (tenant_id, resident_id, person_token, created_at) FROM stdin;
\.


--
-- Data for Name: resident_letter; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.resident_letter (tenant_id, letter_number, person_token, code_hash, issued_at, expires_at, tries, used_at, locked_at, replaced_at) FROM stdin;
demo-city	3968427950	22ER-G2MR-DRNA-R6MV	\\xb6b5c3921077acb248a9b2944664f6b0	1796650085806	1804426085806	0	\N	\N	\N
\.


--
-- Data for Name: retention_basis; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.retention_basis (tenant_id, person_id, purpose_id, event_day, keep_until, recorded_by, recorded_at) FROM stdin;
demo-city	4901776431718480600	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	4958301312161250484	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	4979894246727528321	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	5099240488848191372	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	5129432667642164721	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	5378326602336268757	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	5516579682494315292	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	5533128227342413468	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	5545194342294402867	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	5670976996757597383	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	5734095718289001394	resident-tax	17562	20463	city-staff	1796650095481
demo-city	5771410043971648354	resident-tax	17562	20463	city-staff	1796650095481
demo-city	5826085128019361444	resident-tax	17562	20463	city-staff	1796650095481
demo-city	5941465387028729967	resident-tax	17562	20463	city-staff	1796650095481
demo-city	5989876221092651298	resident-tax	17562	20463	city-staff	1796650095481
demo-city	6234818596545603866	national-health-insurance	19447	20178	city-staff	1796650095481
demo-city	6234818596545603866	child-allowance	\N	\N	city-staff	1796650095481
demo-city	6324217493098100918	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	6327298136529984583	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	6412100873189404549	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	6582832917625296482	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	6659346817309073643	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	6934095248368871699	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	6947000843996080644	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	7006464243368391628	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	7178094996385937176	national-health-insurance	\N	\N	city-staff	1796650095481
demo-city	7190633275740361173	national-health-insurance	\N	\N	city-staff	1796650095481
\.


--
-- Data for Name: retention_hold; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.retention_hold (tenant_id, hold_id, kind, reference, reason, persons, placed_by, placed_at, lifted_by, lifted_at) FROM stdin;
demo-city	DKRT9N9M	incident	INC-DEMO-1	誤交付の調査中: 調査が終わるまで削除しない	1	city-officer	1796650095577	\N	\N
\.


--
-- Data for Name: retention_hold_person; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.retention_hold_person (tenant_id, person_id, hold_id) FROM stdin;
demo-city	5670976996757597383	DKRT9N9M
\.


--
-- Data for Name: retention_run; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.retention_run (tenant_id, run_id, as_of, state, persons, whole, number_only, kept, proposed_by, proposed_at, approved_by, approved_at, standing, started_at, finished_at, cancelled_by, cancelled_at, everyone_of, runner, lease_until) FROM stdin;
demo-city	6ZZB2ZAY	20794	proposed	14	0	0	0	city-staff	1796650095803	\N	\N	0	\N	\N	\N	\N	resident-tax	\N	\N
\.


--
-- Data for Name: retention_run_person; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.retention_run_person (tenant_id, run_id, person_id, token, disposal, purposes, state, kept_reason, done_at) FROM stdin;
demo-city	6ZZB2ZAY	4901776431718480600	GPYM-VFN2-BC73-HWZM	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	4958301312161250484	C57B-FXDC-7HHZ-MV5T	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	4979894246727528321	ED0Z-SK3J-EGXJ-CHZS	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	5099240488848191372	T8D6-FK0J-QK00-QTP8	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	5129432667642164721	JY3Y-RJJX-P94M-RD6R	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	5378326602336268757	1YW9-NBTQ-4YXF-BBH8	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	5516579682494315292	FJT6-Y3QF-Z0E5-JA9P	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	5533128227342413468	AQ89-MQBD-R21V-TP3R	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	5545194342294402867	6W8R-SJCR-VA2Y-W2FZ	RECORD	national-health-insurance	due	\N	\N
demo-city	6ZZB2ZAY	5734095718289001394	8X9F-WXJH-0FWF-XSHR	NUMBER	resident-tax	due	\N	\N
demo-city	6ZZB2ZAY	5771410043971648354	FZAK-SXC4-PVZ6-KQNT	NUMBER	resident-tax	due	\N	\N
demo-city	6ZZB2ZAY	5826085128019361444	4MJK-YS85-KZF7-B87A	NUMBER	resident-tax	due	\N	\N
demo-city	6ZZB2ZAY	5941465387028729967	S3KD-H996-BYK6-S29A	NUMBER	resident-tax	due	\N	\N
demo-city	6ZZB2ZAY	5989876221092651298	ZVCK-W1SG-1548-XAQK	NUMBER	resident-tax	due	\N	\N
\.


--
-- Data for Name: retention_standing; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.retention_standing (tenant_id, purpose_id, approved_by, approved_at) FROM stdin;
\.


--
-- Data for Name: retired_key; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.retired_key (tenant_id, key_id, started_at, deleted_at, destroyed_at, root_generation) FROM stdin;
\.


--
-- Data for Name: root_key_check; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.root_key_check (singleton, kind, check_value, created_at) FROM stdin;
1	file	\\x011ce4a5f5fbdeae1fa955efeb06b95d482a248a27964d96ac31d1e8a0de1e04d7426eca58fb1056ec512e63fc8c5e5ac6ddfa3af0f82a82d669	1796650047330
\.


--
-- Data for Name: security_alert; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.security_alert (tenant_id, alert_id, kind, subject, detail, raised_at, closed_at, closed_by, severity, evidence, policy, taken, acknowledged_at, acknowledged_by, assignee, close_reason) FROM stdin;
demo-city	c72a833d2842adfc	detect.off-hours	user:mamori-demo	register by mamori-demo of demo-city at 2026-12-07T22:28:01 Asia/Tokyo, outside working hours 08:00-19:00	1796650083535	\N	\N	medium	4	notify		\N	\N	\N	\N
demo-city	b8941f0aeaa7e8d9	detect.off-hours	user:city-staff	list by city-staff of demo-city at 2026-12-07T22:28:15 Asia/Tokyo, outside working hours 08:00-19:00	1796650096302	\N	\N	medium	149	notify		\N	\N	\N	\N
demo-city	0638623a4d280aa1	detect.off-hours	user:entry-operator	list by entry-operator of entry-co at 2026-12-07T22:29:39 Asia/Tokyo, outside working hours 08:00-19:00	1796650180146	\N	\N	medium	158	notify		\N	\N	\N	\N
demo-city	d44b471f2330d3c4	detect.off-hours	user:sub-operator	list by sub-operator of sub-co at 2026-12-07T22:29:48 Asia/Tokyo, outside working hours 08:00-19:00	1796650188654	\N	\N	medium	162	notify		\N	\N	\N	\N
\.


--
-- Data for Name: staff_volume; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.staff_volume (tenant_id, user_id, day, count) FROM stdin;
\.


--
-- Data for Name: tenant; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.tenant (tenant_id, name, created_at, created_by) FROM stdin;
demo-city	デモ市	1796650079635	mamori-demo
\.


--
-- Data for Name: tenant_keyset; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.tenant_keyset (tenant_id, purpose, keyset, version, created_at, updated_at) FROM stdin;
demo-city	field	\\x128d01011ce4a5f5e6b1561ea533f6798c5ab3fccb5495ffb216ff413379fc962c6cf02262a65c17538578681219558ae4d7943f34ab06800e542fd26b5ac27e071ebdc1631a7a884bd95040ddfa4c2856f214796b0ba57df0fff408de5d1d18280ebe66bf6079a804b97990c00d67c8226b019d91a7a4ee0e74038dd1ac3331343e425f322a934c5308eecb2888b95b	1	1796650079228	1796650079228
demo-city	index	\\x129201011ce4a5f51ef2f119a2419fb29acbb3290f34f9ba342b9ebdded1bfc82c5ace1711d747beba13f247b8d3db8d948e5d4200c3b80e5a47d34b1dcd769a725e7441c0501258db5143eff769f7cc778a11397f7441f502f6d9b9a31b09f3e0c6451e74cfb968ed05ad82ae8117a54b825c53a38ec3cacbca49d148b517beba210e8da89c0171e3335f6f8475db948da170ad6f	1	1796650079449	1796650079449
demo-city	token	\\x129201011ce4a5f5afa0e8caecbc6c6609286dbd5d1bc6402240301ab043081247749d2991995f071e4295695bf5b237a9e3944cb88266d128159378d730a7dd0d28777fb9be47e96e43bdde7bc3934d53c9f1502f413d95aa37d93c82b16cb5f75ea82f5b775386885e4b40139c7f8e3c91c4a51cb7886346bd4b78ba0569e9758d12aeebae6b371faf4d2c20e5fd565f071849a4	1	1796650079572	1796650079572
\.


--
-- Data for Name: tenant_setting; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.tenant_setting (tenant_id, name, value) FROM stdin;
demo-city	staff.daily-reads	750
demo-city	work.quota.hourly	150
\.


--
-- Data for Name: transfer_challenge; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.transfer_challenge (tenant_id, package_id, answer_hash, expires_at, used_at) FROM stdin;
\.


--
-- Data for Name: transfer_key; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.transfer_key (tenant_id, fingerprint, public_key, private_key, created_by, created_at) FROM stdin;
\.


--
-- Data for Name: transfer_opened; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.transfer_opened (tenant_id, package_id, sender_id, purpose_id, case_ref, persons, state, opened_by, started_at, finished_at, imported, updated, unchanged) FROM stdin;
\.


--
-- Data for Name: transfer_package; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.transfer_package (tenant_id, package_id, recipient_id, fingerprint, purpose_id, case_ref, selection, fields, mode, persons, state, release_share, sha256, log_size, created_by, created_at, expires_at, completed_at, released_at, opened_at, lost_at, lost_by) FROM stdin;
\.


--
-- Data for Name: transfer_recipient; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.transfer_recipient (tenant_id, recipient_id, name, public_key, fingerprint, state, added_by, added_at, revoked_at) FROM stdin;
\.


--
-- Data for Name: transfer_sender; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.transfer_sender (tenant_id, sender_id, name, signing_key, release_url, added_by, added_at) FROM stdin;
\.


--
-- Data for Name: user_credential; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.user_credential (tenant_id, user_id, password_hash, password_set_at, totp_secret, totp_enrolled_at, totp_last_step, failures, last_failure_at, locked_at, sessions_valid_from) FROM stdin;
demo-city	city-admin	$argon2id$v=19$m=16384,t=2,p=1$eg0nJNKFZ47+GLuX2aAcTg$pwXD4CTRKYpYWvY57u8GTkOEwz6dVdZKl9tjyq/po0s	1796650087920	\\x01910252d3e641fd79084e1ec4f87ec84a8d25e97a1f8d55e7e2e43c1311d555d69a7df4a2ea974c954baad044084975467560ec8a	1796650087920	59888335	0	\N	\N	1796650087920
demo-city	city-staff	$argon2id$v=19$m=16384,t=2,p=1$nC82P+5dhGigtBgeCJZ8mw$w6rYwBMdaOy73Ojun2tz+qhlc9pRV9NYxQOuGu24UQg	1796650088824	\\x01910252d3f4e037793673601f1623a7fc3d4b7df5d1d31f1e17fc4603c4dbc42d0d4d09ed9392c6544c7adc10a348ed1b2a16d128	1796650088824	59888335	0	\N	\N	1796650088824
demo-city	city-auditor	$argon2id$v=19$m=16384,t=2,p=1$Ur/HqTJMCpCpixQvs1xaLQ$Bz4Xy7xwe+DDEJgg5cXtku5+7NKidXG7PHFVOtM20Zs	1796650090038	\\x01910252d340729d1a4c3ca3b37e54e10ca0ed8794f66fb7814ba873b036f0dc9269a5c1c54bf872e0169d044d26786df9dd5f9409	1796650090038	59888335	0	\N	\N	1796650090038
demo-city	entry-admin	$argon2id$v=19$m=16384,t=2,p=1$Qs2pbfUUEGrSdxfcXshDdw$YpIymZCy8FCt7zzILnk7O2q66+MwsLL4KvSqJjKzGLA	1796650090733	\\x01910252d3398c01381b0e8ece259c1d8fd6bb982b820bdfe5f024b3a7500ac3a2d20b3d2735180271159fd8a33954b6c10e357760	1796650090733	59888335	0	\N	\N	1796650090733
demo-city	entry-operator	$argon2id$v=19$m=16384,t=2,p=1$5eUfQucTBz5F+8Jl17+xXg$Flr03f9m6yy8UxvAB6NWXMyHe+dFxQQj3R+xAD7bGNE	1796650091542	\\x01910252d34522b507d867ade8f07db86d25b0ebbc5c7887a6f25021e05eaea15c16e590842537daca57320575ff10baf6c19cda03	1796650091542	59888335	0	\N	\N	1796650091542
demo-city	entry-op1	$argon2id$v=19$m=16384,t=2,p=1$pRNdQrHiQUUYLqD6rKeOQQ$JHy8DI4ocEvJ9M5sB/SHqfvRpTwyea8sn9yCXGYh1Og	1796650092876	\\x01910252d3a90ca887654b43c16d5376500d45a1ed361803b4f804f5c52fb193fb45bc7a51af85d4daf0f9cd01642fc09834b440b0	1796650092876	59888335	0	\N	\N	1796650092876
demo-city	entry-op2	$argon2id$v=19$m=16384,t=2,p=1$MUoKa03QoHv1qG5/rdq23w$U8TyN4yZDFO/n7Y9h/ZdhbEca3UFBVpx3evdNNN7Z0M	1796650093870	\\x01910252d3f7cca7b020d72ea03ff36e1cc1b264fa774cf115d90312001956bff136bb7bd68bfd0eb54b60d104fb65345e3e495c3a	1796650093870	59888335	0	\N	\N	1796650093870
demo-city	entry-verifier	$argon2id$v=19$m=16384,t=2,p=1$xvWaxYIXWv6TP1VRfRy+dg$WK7KtEoi9UeXxEY7nnobGqYi6lmfmhFjMQ3aJpJRrKU	1796650094524	\\x01910252d31dc87ec5fd2b8a52165d36d6c8fb4644b78acb9a136fea0e44158cb4b26aa31c473acd93b53c78f7d2222df809d65e26	1796650094524	59888335	0	\N	\N	1796650094524
demo-city	sub-admin	$argon2id$v=19$m=16384,t=2,p=1$ZuqMJt2VCOU6Yf1wGm0PCw$tdSbH7yIzGLtMWkW4jI7aIyuI60kpNwhIkQD1vqtDXE	1796650095198	\\x01910252d3a3dbfa58ec7b8ce4c6a98d68a748a497d29e612bfccf75e3b8829f360f49197cc5c5a2bbbd2973b9bb7e8b45c503205e	1796650095198	59888335	0	\N	\N	1796650095198
demo-city	sub-operator	$argon2id$v=19$m=16384,t=2,p=1$aE3VyfqbIUdjLCUBzZ7m5w$3qPJrGjzzXmAbNkRZ1ySEuTnGDA/+uPIHxMVDDS+25Q	1796650095400	\\x01910252d3f682e90b5d0a54335d551c37cb8ad9a685fff80e401cb46d57675f69f6a5033b5f28b00152586b3276ad3cf3da0ce4d4	1796650095400	59888335	0	\N	\N	1796650095400
demo-city	city-officer	$argon2id$v=19$m=16384,t=2,p=1$UgSCJ326j8IV8bYOrQ6fyg$JMX0NNd4Y+4At4nFfxQidMzOQY3NaHeFeB6RZGaWedQ	1796650086890	\\x01910252d3e440fc28074f817e644f977e8cd16b39569a5e293145f18765d1c50a3ac06bcbbbbbe2dad3567d3a3f3f84a595935f5e	1796650086890	59888336	0	\N	\N	1796650086890
\.


--
-- Data for Name: user_enrolment; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.user_enrolment (tenant_id, enrolment_id, user_id, code_hash, issued_at, issued_by, expires_at, used_at, replaced_at) FROM stdin;
demo-city	wyiqm2fdax	city-officer	\\x0ddebad04153785f4d31ef31ed3f07e5	1796650080007	mamori-demo	1796736480007	1796650086826	\N
demo-city	qjvr2vp4iz	city-admin	\\x14facf205df38d8ba95e3e4a6037403f	1796650080196	mamori-demo	1796736480196	1796650087913	\N
demo-city	ujter3m6pi	city-staff	\\x9cebe6856f80c3d3f3296d37e2f45eff	1796650083205	city-officer	1796736483205	1796650088819	\N
demo-city	reuw8mgmt4	city-auditor	\\x95b94c7d919521101fb51b2ee30b6f38	1796650083531	city-officer	1796736483531	1796650090033	\N
demo-city	2jtwtn664q	entry-admin	\\x6e79d0f9afad5c2e7a000752bb481879	1796650083917	city-officer	1796736483917	1796650090721	\N
demo-city	y2zcjm2bb2	entry-operator	\\x4d49678abceeb539d2b13e96ad15ec47	1796650084152	entry-admin	1796736484152	1796650091521	\N
demo-city	vhivdnyafa	entry-op1	\\x0f530dc1413536282029f592e6383857	1796650084326	entry-admin	1796736484326	1796650092833	\N
demo-city	ycu9px4s7k	entry-op2	\\x33af5b95bc8d730065dad1e40ed94a90	1796650084523	entry-admin	1796736484523	1796650093867	\N
demo-city	m9ehfypnvs	entry-verifier	\\x2f98dbe8d6c855579c5abe01e294f385	1796650084873	entry-admin	1796736484873	1796650094442	\N
demo-city	wx2jkgdkqp	sub-admin	\\x02b97bc78ed96586b4e823dcbc284f8c	1796650085110	city-officer	1796736485110	1796650095198	\N
demo-city	32sgm2rbxe	sub-operator	\\x7d1626a0bd523b320ce13d54f4d12f1e	1796650085253	sub-admin	1796736485253	1796650095380	\N
\.


--
-- Data for Name: witness_checkpoint; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.witness_checkpoint (origin, tree_size, root_hash, note) FROM stdin;
\.


--
-- Data for Name: witness_refusal; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.witness_refusal (origin, tree_size, root_hash, reason, held_size, held_root, offered_note, proof, refused_at) FROM stdin;
\.


--
-- Data for Name: work_accuracy; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_accuracy (tenant_id, job_id, operator, keyed, right_keys) FROM stdin;
\.


--
-- Data for Name: work_document; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_document (tenant_id, document_id, job_id, seq, source, pages, data_key, state, person_id, person_token, loaded_at, accepted_at, tie_pending, retry_after, retry_failures, held_reason, held_at) FROM stdin;
\.


--
-- Data for Name: work_entry; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_entry (tenant_id, task_id, side, document_id, job_id, operator, entry, entered_at) FROM stdin;
\.


--
-- Data for Name: work_job; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_job (tenant_id, job_id, name, purpose_id, type_id, type_version, deadline, state, created_by, created_at) FROM stdin;
\.


--
-- Data for Name: work_pace_alert; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_pace_alert (tenant_id, job_id, tokyo_day, raised_at) FROM stdin;
\.


--
-- Data for Name: work_page; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_page (tenant_id, document_id, page_no, width, height, image) FROM stdin;
\.


--
-- Data for Name: work_quota; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_quota (tenant_id, entrustment_id, hourly, daily, set_by, set_at) FROM stdin;
\.


--
-- Data for Name: work_region; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_region (tenant_id, document_id, field_id, image) FROM stdin;
\.


--
-- Data for Name: work_task; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_task (tenant_id, task_id, job_id, document_id, part_id, seq, state, entries, held_by, held_until, created_at, done_at) FROM stdin;
\.


--
-- Data for Name: work_type; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_type (tenant_id, type_id, version, body, sha256, loaded_by, loaded_at) FROM stdin;
\.


--
-- Data for Name: work_value; Type: TABLE DATA; Schema: mamori_upgrade_fixture; Owner: -
--

COPY mamori_upgrade_fixture.work_value (tenant_id, document_id, field_id, value, decided) FROM stdin;
\.


--
-- Name: alert_delivery alert_delivery_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.alert_delivery
    ADD CONSTRAINT alert_delivery_pkey PRIMARY KEY (tenant_id, alert_id, channel);


--
-- Name: alert_scan alert_scan_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.alert_scan
    ADD CONSTRAINT alert_scan_pkey PRIMARY KEY (tenant_id);


--
-- Name: api_token api_token_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.api_token
    ADD CONSTRAINT api_token_pkey PRIMARY KEY (token_hash);


--
-- Name: app_user app_user_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.app_user
    ADD CONSTRAINT app_user_pkey PRIMARY KEY (tenant_id, user_id);


--
-- Name: detect_network detect_network_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.detect_network
    ADD CONSTRAINT detect_network_pkey PRIMARY KEY (tenant_id, user_id, network);


--
-- Name: detect_position detect_position_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.detect_position
    ADD CONSTRAINT detect_position_pkey PRIMARY KEY (tenant_id);


--
-- Name: detect_rule_file detect_rule_file_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.detect_rule_file
    ADD CONSTRAINT detect_rule_file_pkey PRIMARY KEY (tenant_id, version);


--
-- Name: entrustment_contract entrustment_contract_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.entrustment_contract
    ADD CONSTRAINT entrustment_contract_pkey PRIMARY KEY (tenant_id, entrustment_id, version);


--
-- Name: entrustment_epoch entrustment_epoch_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.entrustment_epoch
    ADD CONSTRAINT entrustment_epoch_pkey PRIMARY KEY (tenant_id);


--
-- Name: entrustment entrustment_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.entrustment
    ADD CONSTRAINT entrustment_pkey PRIMARY KEY (tenant_id, entrustment_id);


--
-- Name: entrustment_volume entrustment_volume_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.entrustment_volume
    ADD CONSTRAINT entrustment_volume_pkey PRIMARY KEY (tenant_id, entrustment_id, day);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: found_report found_report_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.found_report
    ADD CONSTRAINT found_report_pkey PRIMARY KEY (tenant_id, report_id);


--
-- Name: handover_document_person handover_document_person_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.handover_document_person
    ADD CONSTRAINT handover_document_person_pkey PRIMARY KEY (tenant_id, document_id, person_token);


--
-- Name: handover_document handover_document_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.handover_document
    ADD CONSTRAINT handover_document_pkey PRIMARY KEY (tenant_id, document_id);


--
-- Name: handover_page handover_page_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.handover_page
    ADD CONSTRAINT handover_page_pkey PRIMARY KEY (tenant_id, document_id, page_no);


--
-- Name: handover_scan handover_scan_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.handover_scan
    ADD CONSTRAINT handover_scan_pkey PRIMARY KEY (tenant_id, handover_id, seq);


--
-- Name: handover_session handover_session_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.handover_session
    ADD CONSTRAINT handover_session_pkey PRIMARY KEY (tenant_id, handover_id);


--
-- Name: incident_alert incident_alert_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.incident_alert
    ADD CONSTRAINT incident_alert_pkey PRIMARY KEY (tenant_id, incident_id, alert_id);


--
-- Name: incident_notice incident_notice_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.incident_notice
    ADD CONSTRAINT incident_notice_pkey PRIMARY KEY (tenant_id, incident_id, person_token, channel);


--
-- Name: incident_person incident_person_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.incident_person
    ADD CONSTRAINT incident_person_pkey PRIMARY KEY (tenant_id, incident_id, person_token);


--
-- Name: incident incident_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.incident
    ADD CONSTRAINT incident_pkey PRIMARY KEY (tenant_id, incident_id);


--
-- Name: incident_report incident_report_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.incident_report
    ADD CONSTRAINT incident_report_pkey PRIMARY KEY (tenant_id, incident_id, kind, version);


--
-- Name: instance instance_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.instance
    ADD CONSTRAINT instance_pkey PRIMARY KEY (singleton);


--
-- Name: log_bundle log_bundle_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.log_bundle
    ADD CONSTRAINT log_bundle_pkey PRIMARY KEY (tenant_id, bundle_index);


--
-- Name: log_checkpoint log_checkpoint_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.log_checkpoint
    ADD CONSTRAINT log_checkpoint_pkey PRIMARY KEY (tenant_id, tree_size);


--
-- Name: log_person log_person_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.log_person
    ADD CONSTRAINT log_person_pkey PRIMARY KEY (tenant_id, generation, person_token, seq);


--
-- Name: log_state log_state_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.log_state
    ADD CONSTRAINT log_state_pkey PRIMARY KEY (tenant_id);


--
-- Name: log_tile log_tile_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.log_tile
    ADD CONSTRAINT log_tile_pkey PRIMARY KEY (tenant_id, tile_level, tile_index);


--
-- Name: org_person_token org_person_token_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.org_person_token
    ADD CONSTRAINT org_person_token_pkey PRIMARY KEY (tenant_id, organisation_id, token);


--
-- Name: organisation organisation_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.organisation
    ADD CONSTRAINT organisation_pkey PRIMARY KEY (org_id);


--
-- Name: passkey_credential passkey_credential_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.passkey_credential
    ADD CONSTRAINT passkey_credential_pkey PRIMARY KEY (credential_id);


--
-- Name: passkey_user passkey_user_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.passkey_user
    ADD CONSTRAINT passkey_user_pkey PRIMARY KEY (user_handle);


--
-- Name: person_document person_document_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.person_document
    ADD CONSTRAINT person_document_pkey PRIMARY KEY (tenant_id, person_id, document_id);


--
-- Name: person_list_member person_list_member_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.person_list_member
    ADD CONSTRAINT person_list_member_pkey PRIMARY KEY (tenant_id, list_id, person_id);


--
-- Name: person_list person_list_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.person_list
    ADD CONSTRAINT person_list_pkey PRIMARY KEY (tenant_id, list_id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (tenant_id, person_id);


--
-- Name: person_tag person_tag_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.person_tag
    ADD CONSTRAINT person_tag_pkey PRIMARY KEY (tenant_id, tag_hash, person_id);


--
-- Name: person_version person_version_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.person_version
    ADD CONSTRAINT person_version_pkey PRIMARY KEY (tenant_id, person_id, version);


--
-- Name: purpose purpose_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.purpose
    ADD CONSTRAINT purpose_pkey PRIMARY KEY (tenant_id, purpose_id);


--
-- Name: resident_account resident_account_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.resident_account
    ADD CONSTRAINT resident_account_pkey PRIMARY KEY (tenant_id, resident_id);


--
-- Name: resident_letter resident_letter_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.resident_letter
    ADD CONSTRAINT resident_letter_pkey PRIMARY KEY (tenant_id, letter_number);


--
-- Name: retention_basis retention_basis_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.retention_basis
    ADD CONSTRAINT retention_basis_pkey PRIMARY KEY (tenant_id, person_id, purpose_id);


--
-- Name: retention_hold_person retention_hold_person_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.retention_hold_person
    ADD CONSTRAINT retention_hold_person_pkey PRIMARY KEY (tenant_id, person_id, hold_id);


--
-- Name: retention_hold retention_hold_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.retention_hold
    ADD CONSTRAINT retention_hold_pkey PRIMARY KEY (tenant_id, hold_id);


--
-- Name: retention_run_person retention_run_person_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.retention_run_person
    ADD CONSTRAINT retention_run_person_pkey PRIMARY KEY (tenant_id, run_id, person_id);


--
-- Name: retention_run retention_run_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.retention_run
    ADD CONSTRAINT retention_run_pkey PRIMARY KEY (tenant_id, run_id);


--
-- Name: retention_standing retention_standing_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.retention_standing
    ADD CONSTRAINT retention_standing_pkey PRIMARY KEY (tenant_id, purpose_id);


--
-- Name: retired_key retired_key_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.retired_key
    ADD CONSTRAINT retired_key_pkey PRIMARY KEY (tenant_id, key_id);


--
-- Name: root_key_check root_key_check_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.root_key_check
    ADD CONSTRAINT root_key_check_pkey PRIMARY KEY (singleton);


--
-- Name: security_alert security_alert_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.security_alert
    ADD CONSTRAINT security_alert_pkey PRIMARY KEY (tenant_id, alert_id);


--
-- Name: staff_volume staff_volume_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.staff_volume
    ADD CONSTRAINT staff_volume_pkey PRIMARY KEY (tenant_id, user_id, day);


--
-- Name: tenant_keyset tenant_keyset_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.tenant_keyset
    ADD CONSTRAINT tenant_keyset_pkey PRIMARY KEY (tenant_id, purpose);


--
-- Name: tenant tenant_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.tenant
    ADD CONSTRAINT tenant_pkey PRIMARY KEY (tenant_id);


--
-- Name: tenant_setting tenant_setting_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.tenant_setting
    ADD CONSTRAINT tenant_setting_pkey PRIMARY KEY (tenant_id, name);


--
-- Name: transfer_challenge transfer_challenge_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.transfer_challenge
    ADD CONSTRAINT transfer_challenge_pkey PRIMARY KEY (tenant_id, package_id, answer_hash);


--
-- Name: transfer_key transfer_key_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.transfer_key
    ADD CONSTRAINT transfer_key_pkey PRIMARY KEY (tenant_id, fingerprint);


--
-- Name: transfer_opened transfer_opened_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.transfer_opened
    ADD CONSTRAINT transfer_opened_pkey PRIMARY KEY (tenant_id, package_id);


--
-- Name: transfer_package transfer_package_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.transfer_package
    ADD CONSTRAINT transfer_package_pkey PRIMARY KEY (tenant_id, package_id);


--
-- Name: transfer_recipient transfer_recipient_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.transfer_recipient
    ADD CONSTRAINT transfer_recipient_pkey PRIMARY KEY (tenant_id, recipient_id);


--
-- Name: transfer_sender transfer_sender_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.transfer_sender
    ADD CONSTRAINT transfer_sender_pkey PRIMARY KEY (tenant_id, sender_id);


--
-- Name: user_credential user_credential_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.user_credential
    ADD CONSTRAINT user_credential_pkey PRIMARY KEY (tenant_id, user_id);


--
-- Name: user_enrolment user_enrolment_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.user_enrolment
    ADD CONSTRAINT user_enrolment_pkey PRIMARY KEY (tenant_id, enrolment_id);


--
-- Name: witness_checkpoint witness_checkpoint_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.witness_checkpoint
    ADD CONSTRAINT witness_checkpoint_pkey PRIMARY KEY (origin);


--
-- Name: witness_refusal witness_refusal_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.witness_refusal
    ADD CONSTRAINT witness_refusal_pkey PRIMARY KEY (origin, tree_size, root_hash);


--
-- Name: work_accuracy work_accuracy_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_accuracy
    ADD CONSTRAINT work_accuracy_pkey PRIMARY KEY (tenant_id, job_id, operator);


--
-- Name: work_document work_document_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_document
    ADD CONSTRAINT work_document_pkey PRIMARY KEY (tenant_id, document_id);


--
-- Name: work_entry work_entry_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_entry
    ADD CONSTRAINT work_entry_pkey PRIMARY KEY (tenant_id, task_id, side);


--
-- Name: work_job work_job_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_job
    ADD CONSTRAINT work_job_pkey PRIMARY KEY (tenant_id, job_id);


--
-- Name: work_pace_alert work_pace_alert_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_pace_alert
    ADD CONSTRAINT work_pace_alert_pkey PRIMARY KEY (tenant_id, job_id, tokyo_day);


--
-- Name: work_page work_page_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_page
    ADD CONSTRAINT work_page_pkey PRIMARY KEY (tenant_id, document_id, page_no);


--
-- Name: work_quota work_quota_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_quota
    ADD CONSTRAINT work_quota_pkey PRIMARY KEY (tenant_id, entrustment_id);


--
-- Name: work_region work_region_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_region
    ADD CONSTRAINT work_region_pkey PRIMARY KEY (tenant_id, document_id, field_id);


--
-- Name: work_task work_task_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_task
    ADD CONSTRAINT work_task_pkey PRIMARY KEY (tenant_id, task_id);


--
-- Name: work_type work_type_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_type
    ADD CONSTRAINT work_type_pkey PRIMARY KEY (tenant_id, type_id, version);


--
-- Name: work_value work_value_pkey; Type: CONSTRAINT; Schema: mamori_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY mamori_upgrade_fixture.work_value
    ADD CONSTRAINT work_value_pkey PRIMARY KEY (tenant_id, document_id, field_id);


--
-- Name: alert_delivery_due; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX alert_delivery_due ON mamori_upgrade_fixture.alert_delivery USING btree (state, next_at);


--
-- Name: api_token_id; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX api_token_id ON mamori_upgrade_fixture.api_token USING btree (token_id);


--
-- Name: api_token_user; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX api_token_user ON mamori_upgrade_fixture.api_token USING btree (tenant_id, user_id);


--
-- Name: app_user_id; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX app_user_id ON mamori_upgrade_fixture.app_user USING btree (user_id);


--
-- Name: entrustment_to; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX entrustment_to ON mamori_upgrade_fixture.entrustment USING btree (tenant_id, to_org);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON mamori_upgrade_fixture.flyway_schema_history USING btree (success);


--
-- Name: found_report_state; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX found_report_state ON mamori_upgrade_fixture.found_report USING btree (tenant_id, state);


--
-- Name: handover_document_id; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX handover_document_id ON mamori_upgrade_fixture.handover_document USING btree (document_id);


--
-- Name: handover_document_person_token; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX handover_document_person_token ON mamori_upgrade_fixture.handover_document USING btree (tenant_id, person_token);


--
-- Name: handover_page_unaccounted; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX handover_page_unaccounted ON mamori_upgrade_fixture.handover_page USING btree (tenant_id, internal, returned_at, printed_at);


--
-- Name: handover_session_person; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX handover_session_person ON mamori_upgrade_fixture.handover_session USING btree (tenant_id, person_token);


--
-- Name: handover_session_state; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX handover_session_state ON mamori_upgrade_fixture.handover_session USING btree (tenant_id, state);


--
-- Name: incident_notice_person; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX incident_notice_person ON mamori_upgrade_fixture.incident_notice USING btree (tenant_id, person_token);


--
-- Name: incident_opened; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX incident_opened ON mamori_upgrade_fixture.incident USING btree (tenant_id, opened_at);


--
-- Name: passkey_credential_user; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX passkey_credential_user ON mamori_upgrade_fixture.passkey_credential USING btree (user_handle);


--
-- Name: passkey_user_owner; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX passkey_user_owner ON mamori_upgrade_fixture.passkey_user USING btree (owner_id);


--
-- Name: person_list_member_person; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX person_list_member_person ON mamori_upgrade_fixture.person_list_member USING btree (tenant_id, person_id);


--
-- Name: person_name; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX person_name ON mamori_upgrade_fixture.person USING btree (tenant_id, name_index);


--
-- Name: person_number; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX person_number ON mamori_upgrade_fixture.person USING btree (tenant_id, number_index);


--
-- Name: person_tag_person; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX person_tag_person ON mamori_upgrade_fixture.person_tag USING btree (tenant_id, person_id);


--
-- Name: person_token; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX person_token ON mamori_upgrade_fixture.person USING btree (tenant_id, token);


--
-- Name: resident_account_id; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX resident_account_id ON mamori_upgrade_fixture.resident_account USING btree (resident_id);


--
-- Name: resident_account_person; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX resident_account_person ON mamori_upgrade_fixture.resident_account USING btree (tenant_id, person_token);


--
-- Name: resident_letter_person; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX resident_letter_person ON mamori_upgrade_fixture.resident_letter USING btree (tenant_id, person_token);


--
-- Name: retention_basis_purpose; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX retention_basis_purpose ON mamori_upgrade_fixture.retention_basis USING btree (tenant_id, purpose_id);


--
-- Name: retention_basis_until; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX retention_basis_until ON mamori_upgrade_fixture.retention_basis USING btree (tenant_id, keep_until);


--
-- Name: retention_run_person_person; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX retention_run_person_person ON mamori_upgrade_fixture.retention_run_person USING btree (tenant_id, person_id);


--
-- Name: retention_run_person_token; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX retention_run_person_token ON mamori_upgrade_fixture.retention_run_person USING btree (tenant_id, token);


--
-- Name: security_alert_open; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX security_alert_open ON mamori_upgrade_fixture.security_alert USING btree (tenant_id, closed_at, raised_at);


--
-- Name: security_alert_raised; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX security_alert_raised ON mamori_upgrade_fixture.security_alert USING btree (tenant_id, raised_at);


--
-- Name: user_enrolment_id; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX user_enrolment_id ON mamori_upgrade_fixture.user_enrolment USING btree (enrolment_id);


--
-- Name: user_enrolment_user; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX user_enrolment_user ON mamori_upgrade_fixture.user_enrolment USING btree (tenant_id, user_id);


--
-- Name: work_document_job; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX work_document_job ON mamori_upgrade_fixture.work_document USING btree (tenant_id, job_id, seq);


--
-- Name: work_document_person; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX work_document_person ON mamori_upgrade_fixture.work_document USING btree (tenant_id, person_id);


--
-- Name: work_document_state; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX work_document_state ON mamori_upgrade_fixture.work_document USING btree (tenant_id, job_id, state, seq);


--
-- Name: work_entry_job; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX work_entry_job ON mamori_upgrade_fixture.work_entry USING btree (tenant_id, job_id, entered_at);


--
-- Name: work_entry_operator; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX work_entry_operator ON mamori_upgrade_fixture.work_entry USING btree (tenant_id, operator, entered_at);


--
-- Name: work_task_document; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX work_task_document ON mamori_upgrade_fixture.work_task USING btree (tenant_id, document_id);


--
-- Name: work_task_held; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX work_task_held ON mamori_upgrade_fixture.work_task USING btree (tenant_id, held_by, held_until);


--
-- Name: work_task_queue; Type: INDEX; Schema: mamori_upgrade_fixture; Owner: -
--

CREATE INDEX work_task_queue ON mamori_upgrade_fixture.work_task USING btree (tenant_id, job_id, state, seq);


--
-- PostgreSQL database dump complete
--


