export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  public: {
    Tables: {
      applications: {
        Row: {
          answers: Json
          cover_letter: string | null
          created_at: string
          email: string
          email_key: string | null
          erasure_hold_at: string | null
          erasure_hold_by: string | null
          full_name: string
          id: string
          job_id: string
          knockout: Json | null
          knockout_kept_at: string | null
          knockout_kept_by: string | null
          legacy_ref: string | null
          linkedin_key: string | null
          links: Json
          parse_error: string | null
          parse_status: string
          parsed: Json | null
          phone: string | null
          phone_key: string | null
          privacy_consent_at: string | null
          privacy_notice_id: string | null
          reference: string | null
          rejection_reason_id: string | null
          resume_path: string
          resume_size: number
          score: number | null
          score_details: Json | null
          source: string | null
          stage: string
          status_key_hash: string | null
          submission_count: number
          superseded: boolean
          talent_pool_consent: boolean
          updated_at: string
          withdrawn_at: string | null
        }
        Insert: {
          answers?: Json
          cover_letter?: string | null
          created_at?: string
          email: string
          email_key?: string | null
          erasure_hold_at?: string | null
          erasure_hold_by?: string | null
          full_name: string
          id?: string
          job_id: string
          knockout?: Json | null
          knockout_kept_at?: string | null
          knockout_kept_by?: string | null
          legacy_ref?: string | null
          linkedin_key?: string | null
          links?: Json
          parse_error?: string | null
          parse_status?: string
          parsed?: Json | null
          phone?: string | null
          phone_key?: string | null
          privacy_consent_at?: string | null
          privacy_notice_id?: string | null
          reference?: string | null
          rejection_reason_id?: string | null
          resume_path: string
          resume_size: number
          score?: number | null
          score_details?: Json | null
          source?: string | null
          stage?: string
          status_key_hash?: string | null
          submission_count?: number
          superseded?: boolean
          talent_pool_consent?: boolean
          updated_at?: string
          withdrawn_at?: string | null
        }
        Update: {
          answers?: Json
          cover_letter?: string | null
          created_at?: string
          email?: string
          email_key?: string | null
          erasure_hold_at?: string | null
          erasure_hold_by?: string | null
          full_name?: string
          id?: string
          job_id?: string
          knockout?: Json | null
          knockout_kept_at?: string | null
          knockout_kept_by?: string | null
          legacy_ref?: string | null
          linkedin_key?: string | null
          links?: Json
          parse_error?: string | null
          parse_status?: string
          parsed?: Json | null
          phone?: string | null
          phone_key?: string | null
          privacy_consent_at?: string | null
          privacy_notice_id?: string | null
          reference?: string | null
          rejection_reason_id?: string | null
          resume_path?: string
          resume_size?: number
          score?: number | null
          score_details?: Json | null
          source?: string | null
          stage?: string
          status_key_hash?: string | null
          submission_count?: number
          superseded?: boolean
          talent_pool_consent?: boolean
          updated_at?: string
          withdrawn_at?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "applications_job_id_fkey"
            columns: ["job_id"]
            isOneToOne: false
            referencedRelation: "jobs"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "applications_privacy_notice_id_fkey"
            columns: ["privacy_notice_id"]
            isOneToOne: false
            referencedRelation: "privacy_notices"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "applications_rejection_reason_id_fkey"
            columns: ["rejection_reason_id"]
            isOneToOne: false
            referencedRelation: "rejection_reasons"
            referencedColumns: ["id"]
          },
        ]
      }
      email_outbox: {
        Row: {
          application_id: string | null
          attempts: number
          cancelled_at: string | null
          cancelled_by: string | null
          created_at: string
          created_by: string | null
          id: string
          last_error: string | null
          lease_token: string | null
          lease_until: string | null
          message_id: string
          org_id: string
          payload: Json
          recipient_user: string | null
          send_after: string
          sent_at: string | null
          status: string
          subject: string | null
          template: string
          to_address: string
        }
        Insert: {
          application_id?: string | null
          attempts?: number
          cancelled_at?: string | null
          cancelled_by?: string | null
          created_at?: string
          created_by?: string | null
          id?: string
          last_error?: string | null
          lease_token?: string | null
          lease_until?: string | null
          message_id?: string
          org_id: string
          payload?: Json
          recipient_user?: string | null
          send_after?: string
          sent_at?: string | null
          status?: string
          subject?: string | null
          template: string
          to_address: string
        }
        Update: {
          application_id?: string | null
          attempts?: number
          cancelled_at?: string | null
          cancelled_by?: string | null
          created_at?: string
          created_by?: string | null
          id?: string
          last_error?: string | null
          lease_token?: string | null
          lease_until?: string | null
          message_id?: string
          org_id?: string
          payload?: Json
          recipient_user?: string | null
          send_after?: string
          sent_at?: string | null
          status?: string
          subject?: string | null
          template?: string
          to_address?: string
        }
        Relationships: [
          {
            foreignKeyName: "email_outbox_application_id_fkey"
            columns: ["application_id"]
            isOneToOne: false
            referencedRelation: "applications"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "email_outbox_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      email_settings: {
        Row: {
          org_id: string
          rejection_delay_minutes: number
          updated_at: string
        }
        Insert: {
          org_id: string
          rejection_delay_minutes?: number
          updated_at?: string
        }
        Update: {
          org_id?: string
          rejection_delay_minutes?: number
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "email_settings_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: true
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      email_templates: {
        Row: {
          body: string
          kind: string
          org_id: string
          subject: string
          updated_at: string
          updated_by: string | null
        }
        Insert: {
          body: string
          kind: string
          org_id: string
          subject: string
          updated_at?: string
          updated_by?: string | null
        }
        Update: {
          body?: string
          kind?: string
          org_id?: string
          subject?: string
          updated_at?: string
          updated_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "email_templates_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      erasure_log: {
        Row: {
          application_id: string
          applied_at: string
          erased_at: string
          erased_by: string | null
          id: number
          job_id: string | null
          org_id: string
          reason: string
        }
        Insert: {
          application_id: string
          applied_at: string
          erased_at?: string
          erased_by?: string | null
          id?: never
          job_id?: string | null
          org_id: string
          reason: string
        }
        Update: {
          application_id?: string
          applied_at?: string
          erased_at?: string
          erased_by?: string | null
          id?: never
          job_id?: string | null
          org_id?: string
          reason?: string
        }
        Relationships: [
          {
            foreignKeyName: "erasure_log_job_id_fkey"
            columns: ["job_id"]
            isOneToOne: false
            referencedRelation: "jobs"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "erasure_log_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      interview_kits: {
        Row: {
          criteria: Json
          job_id: string
          updated_at: string
          updated_by: string | null
        }
        Insert: {
          criteria: Json
          job_id: string
          updated_at?: string
          updated_by?: string | null
        }
        Update: {
          criteria?: Json
          job_id?: string
          updated_at?: string
          updated_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "interview_kits_job_id_fkey"
            columns: ["job_id"]
            isOneToOne: true
            referencedRelation: "jobs"
            referencedColumns: ["id"]
          },
        ]
      }
      job_follows: {
        Row: {
          created_at: string
          job_id: string
          org_id: string
          user_id: string
        }
        Insert: {
          created_at?: string
          job_id: string
          org_id: string
          user_id?: string
        }
        Update: {
          created_at?: string
          job_id?: string
          org_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "job_follows_job_id_fkey"
            columns: ["job_id"]
            isOneToOne: false
            referencedRelation: "jobs"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "job_follows_org_id_user_id_fkey"
            columns: ["org_id", "user_id"]
            isOneToOne: false
            referencedRelation: "memberships"
            referencedColumns: ["org_id", "user_id"]
          },
        ]
      }
      job_visits: {
        Row: {
          job_id: string
          user_id: string
          visited_at: string
        }
        Insert: {
          job_id: string
          user_id?: string
          visited_at?: string
        }
        Update: {
          job_id?: string
          user_id?: string
          visited_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "job_visits_job_id_fkey"
            columns: ["job_id"]
            isOneToOne: false
            referencedRelation: "jobs"
            referencedColumns: ["id"]
          },
        ]
      }
      jobs: {
        Row: {
          closed_at: string | null
          country_code: string | null
          created_at: string
          department: string
          description: string
          employment_type: string
          id: string
          knockout_reject_after_days: number | null
          location: string
          org_id: string
          public_questions: Json
          published_at: string | null
          questions: Json
          remote_policy: string
          salary_currency: string | null
          salary_max: number | null
          salary_min: number | null
          salary_period: string | null
          skills: Json
          slug: string
          status: string
          title: string
          updated_at: string
          valid_through: string | null
        }
        Insert: {
          closed_at?: string | null
          country_code?: string | null
          created_at?: string
          department?: string
          description?: string
          employment_type?: string
          id?: string
          knockout_reject_after_days?: number | null
          location?: string
          org_id: string
          public_questions?: Json
          published_at?: string | null
          questions?: Json
          remote_policy?: string
          salary_currency?: string | null
          salary_max?: number | null
          salary_min?: number | null
          salary_period?: string | null
          skills?: Json
          slug: string
          status?: string
          title: string
          updated_at?: string
          valid_through?: string | null
        }
        Update: {
          closed_at?: string | null
          country_code?: string | null
          created_at?: string
          department?: string
          description?: string
          employment_type?: string
          id?: string
          knockout_reject_after_days?: number | null
          location?: string
          org_id?: string
          public_questions?: Json
          published_at?: string | null
          questions?: Json
          remote_policy?: string
          salary_currency?: string | null
          salary_max?: number | null
          salary_min?: number | null
          salary_period?: string | null
          skills?: Json
          slug?: string
          status?: string
          title?: string
          updated_at?: string
          valid_through?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "jobs_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      memberships: {
        Row: {
          created_at: string
          org_id: string
          role: string
          user_id: string
        }
        Insert: {
          created_at?: string
          org_id: string
          role: string
          user_id: string
        }
        Update: {
          created_at?: string
          org_id?: string
          role?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "memberships_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      note_revisions: {
        Row: {
          body: string
          change: string
          changed_at: string
          changed_by: string
          id: number
          note_id: string
        }
        Insert: {
          body: string
          change: string
          changed_at?: string
          changed_by: string
          id?: never
          note_id: string
        }
        Update: {
          body?: string
          change?: string
          changed_at?: string
          changed_by?: string
          id?: never
          note_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "note_revisions_note_id_fkey"
            columns: ["note_id"]
            isOneToOne: false
            referencedRelation: "notes"
            referencedColumns: ["id"]
          },
        ]
      }
      notes: {
        Row: {
          application_id: string
          author: string
          body: string
          created_at: string
          deleted_at: string | null
          edited_at: string | null
          id: string
        }
        Insert: {
          application_id: string
          author?: string
          body: string
          created_at?: string
          deleted_at?: string | null
          edited_at?: string | null
          id?: string
        }
        Update: {
          application_id?: string
          author?: string
          body?: string
          created_at?: string
          deleted_at?: string | null
          edited_at?: string | null
          id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notes_application_id_fkey"
            columns: ["application_id"]
            isOneToOne: false
            referencedRelation: "applications"
            referencedColumns: ["id"]
          },
        ]
      }
      notification_preferences: {
        Row: {
          last_digest_at: string | null
          new_applications: string
          org_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          last_digest_at?: string | null
          new_applications?: string
          org_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          last_digest_at?: string | null
          new_applications?: string
          org_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notification_preferences_org_id_user_id_fkey"
            columns: ["org_id", "user_id"]
            isOneToOne: true
            referencedRelation: "memberships"
            referencedColumns: ["org_id", "user_id"]
          },
        ]
      }
      organizations: {
        Row: {
          created_at: string
          id: string
          name: string
          slug: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
          slug: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
          slug?: string
        }
        Relationships: []
      }
      privacy_notices: {
        Row: {
          body: string
          created_at: string
          created_by: string | null
          id: string
          org_id: string
          url: string | null
          version: number
        }
        Insert: {
          body?: string
          created_at?: string
          created_by?: string | null
          id?: string
          org_id: string
          url?: string | null
          version?: number
        }
        Update: {
          body?: string
          created_at?: string
          created_by?: string | null
          id?: string
          org_id?: string
          url?: string | null
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: "privacy_notices_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      rejection_reasons: {
        Row: {
          archived: boolean
          created_at: string
          id: string
          label: string
          org_id: string
          position: number
        }
        Insert: {
          archived?: boolean
          created_at?: string
          id?: string
          label: string
          org_id: string
          position?: number
        }
        Update: {
          archived?: boolean
          created_at?: string
          id?: string
          label?: string
          org_id?: string
          position?: number
        }
        Relationships: [
          {
            foreignKeyName: "rejection_reasons_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      resume_documents: {
        Row: {
          application_id: string
          job_id: string
          tsv: unknown
        }
        Insert: {
          application_id: string
          job_id: string
          tsv: unknown
        }
        Update: {
          application_id?: string
          job_id?: string
          tsv?: unknown
        }
        Relationships: [
          {
            foreignKeyName: "resume_documents_application_id_fkey"
            columns: ["application_id"]
            isOneToOne: true
            referencedRelation: "applications"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "resume_documents_job_id_fkey"
            columns: ["job_id"]
            isOneToOne: false
            referencedRelation: "jobs"
            referencedColumns: ["id"]
          },
        ]
      }
      resume_downloads: {
        Row: {
          bytes: number
          id: number
          issued_at: string
          org_id: string
          path: string
          user_id: string | null
        }
        Insert: {
          bytes: number
          id?: never
          issued_at?: string
          org_id: string
          path: string
          user_id?: string | null
        }
        Update: {
          bytes?: number
          id?: never
          issued_at?: string
          org_id?: string
          path?: string
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "resume_downloads_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      resume_pages: {
        Row: {
          application_id: string
          job_id: string
          page: number
          text: string
          tsv: unknown
        }
        Insert: {
          application_id: string
          job_id: string
          page: number
          text: string
          tsv?: unknown
        }
        Update: {
          application_id?: string
          job_id?: string
          page?: number
          text?: string
          tsv?: unknown
        }
        Relationships: [
          {
            foreignKeyName: "resume_pages_application_id_fkey"
            columns: ["application_id"]
            isOneToOne: false
            referencedRelation: "applications"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "resume_pages_job_id_fkey"
            columns: ["job_id"]
            isOneToOne: false
            referencedRelation: "jobs"
            referencedColumns: ["id"]
          },
        ]
      }
      retention_settings: {
        Row: {
          org_id: string
          retention_days: number
          updated_at: string
        }
        Insert: {
          org_id: string
          retention_days?: number
          updated_at?: string
        }
        Update: {
          org_id?: string
          retention_days?: number
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "retention_settings_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: true
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      scorecards: {
        Row: {
          application_id: string
          author: string
          id: string
          ratings: Json
          recommendation: string
          stage: string
          submitted_at: string
          summary: string | null
          updated_at: string
        }
        Insert: {
          application_id: string
          author?: string
          id?: string
          ratings: Json
          recommendation: string
          stage: string
          submitted_at?: string
          summary?: string | null
          updated_at?: string
        }
        Update: {
          application_id?: string
          author?: string
          id?: string
          ratings?: Json
          recommendation?: string
          stage?: string
          submitted_at?: string
          summary?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "scorecards_application_id_fkey"
            columns: ["application_id"]
            isOneToOne: false
            referencedRelation: "applications"
            referencedColumns: ["id"]
          },
        ]
      }
      stage_events: {
        Row: {
          actor: string | null
          application_id: string
          at: string
          from_stage: string | null
          id: number
          to_stage: string
        }
        Insert: {
          actor?: string | null
          application_id: string
          at?: string
          from_stage?: string | null
          id?: never
          to_stage: string
        }
        Update: {
          actor?: string | null
          application_id?: string
          at?: string
          from_stage?: string | null
          id?: never
          to_stage?: string
        }
        Relationships: [
          {
            foreignKeyName: "stage_events_application_id_fkey"
            columns: ["application_id"]
            isOneToOne: false
            referencedRelation: "applications"
            referencedColumns: ["id"]
          },
        ]
      }
      status_access_failures: {
        Row: {
          application_ref: string
          at: string
          client_key_hash: string
          id: number
        }
        Insert: {
          application_ref: string
          at?: string
          client_key_hash: string
          id?: never
        }
        Update: {
          application_ref?: string
          at?: string
          client_key_hash?: string
          id?: never
        }
        Relationships: []
      }
      status_access_salt: {
        Row: {
          salt: string
          singleton: boolean
        }
        Insert: {
          salt?: string
          singleton?: boolean
        }
        Update: {
          salt?: string
          singleton?: boolean
        }
        Relationships: []
      }
      team_invitations: {
        Row: {
          accepted_at: string | null
          created_at: string
          email: string
          id: string
          invited_by: string | null
          last_sent_at: string
          org_id: string
          role: string
          user_id: string
        }
        Insert: {
          accepted_at?: string | null
          created_at?: string
          email: string
          id?: string
          invited_by?: string | null
          last_sent_at?: string
          org_id: string
          role: string
          user_id: string
        }
        Update: {
          accepted_at?: string | null
          created_at?: string
          email?: string
          id?: string
          invited_by?: string | null
          last_sent_at?: string
          org_id?: string
          role?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "team_invitations_org_id_fkey"
            columns: ["org_id"]
            isOneToOne: false
            referencedRelation: "organizations"
            referencedColumns: ["id"]
          },
        ]
      }
      upload_grants: {
        Row: {
          client_key_hash: string
          created_at: string
          expires_at: string
          job_id: string
          path: string
          used_at: string | null
        }
        Insert: {
          client_key_hash: string
          created_at?: string
          expires_at: string
          job_id: string
          path: string
          used_at?: string | null
        }
        Update: {
          client_key_hash?: string
          created_at?: string
          expires_at?: string
          job_id?: string
          path?: string
          used_at?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "upload_grants_job_id_fkey"
            columns: ["job_id"]
            isOneToOne: false
            referencedRelation: "jobs"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      rejection_reason_counts: {
        Row: {
          applications: number | null
          job_id: string | null
          label: string | null
          org_id: string | null
          reason_id: string | null
        }
        Relationships: []
      }
    }
    Functions: {
      accept_team_invitations: {
        Args: never
        Returns: {
          org_id: string
          org_slug: string
          role: string
        }[]
      }
      applicant_answers_tsv: { Args: { answers: Json }; Returns: unknown }
      applicant_profile_tsv: {
        Args: { email: string; full_name: string }
        Returns: unknown
      }
      application_answers_problem: {
        Args: { answers: Json; questions: Json }
        Returns: string
      }
      application_data_export: {
        Args: {
          application_id: string
          client_address: string
          status_key: string
        }
        Returns: Json
      }
      application_duplicates: {
        Args: { application: string }
        Returns: {
          id: string
          job_id: string
          job_title: string
          stage: string
          created_at: string
          withdrawn_at: string
          matched_on: (string)[]
        }[]
      }
      application_ended_at: { Args: { application: string }; Returns: string }
      application_knockout: {
        Args: { answers: Json; questions: Json }
        Returns: Json
      }
      application_org: { Args: { application: string }; Returns: string }
      application_status: {
        Args: { application_id: string; status_key: string }
        Returns: Json
      }
      auth_user_by_email: {
        Args: { address: string }
        Returns: {
          id: string
          confirmed: boolean
        }[]
      }
      backdate_imported_history: { Args: never; Returns: unknown }
      can_read_scorecard: {
        Args: { application: string; author: string; stage: string }
        Returns: boolean
      }
      can_submit_application: {
        Args: { job: string; path: string }
        Returns: boolean
      }
      cancel_email: { Args: { email_id: string }; Returns: Json }
      cancel_emails_on_withdrawal: { Args: never; Returns: unknown }
      check_application_answers: { Args: never; Returns: unknown }
      check_privacy_consent: { Args: never; Returns: unknown }
      check_scorecard_ratings: { Args: never; Returns: unknown }
      check_submitted_resume: { Args: never; Returns: unknown }
      claim_outbox_emails: {
        Args: {
          lease_seconds?: number
          max_attempts?: number
          max_emails?: number
        }
        Returns: {
          id: string
          lease_token: string
          message_id: string
          template: string
          to_address: string
          attempts: number
          payload: Json
          organization: string
          job_title: string
          candidate_name: string
          application_id: string
          resume_path: string
          status_key_hash: string
          subject_template: string
          body_template: string
        }[]
      }
      create_notification_preferences: { Args: never; Returns: unknown }
      create_org_email_defaults: { Args: never; Returns: unknown }
      create_org_rejection_reasons: { Args: never; Returns: unknown }
      create_org_retention_settings: { Args: never; Returns: unknown }
      current_privacy_notice: { Args: { org: string }; Returns: string }
      default_email_templates: {
        Args: never
        Returns: {
          kind: string
          subject: string
          body: string
        }[]
      }
      delete_note: { Args: { note_id: string }; Returns: Json }
      edit_note: { Args: { body: string; note_id: string }; Returns: Json }
      email_match_key: { Args: { email: string }; Returns: string }
      email_template_fields_known: {
        Args: { template: string }
        Returns: boolean
      }
      erase_application_rows: {
        Args: { actor?: string; applications: (string)[]; reason: string }
        Returns: number
      }
      erasure_request: { Args: { application: string }; Returns: string }
      erasure_schedule: {
        Args: { org: string; within_days?: number }
        Returns: {
          application_id: string
          job_id: string
          job_title: string
          full_name: string
          stage: string
          ended_at: string
          erase_on: string
          on_hold: boolean
        }[]
      }
      expired_applications: {
        Args: { max_rows?: number }
        Returns: {
          application_id: string
          resume_path: string
        }[]
      }
      finish_outbox_email: {
        Args: {
          email_id: string
          error?: string
          max_attempts?: number
          retry_base_seconds?: number
          sent_subject: string
          token: string
        }
        Returns: string
      }
      forget_status_access_failures: { Args: never; Returns: number }
      freeze_job_slug_with_applications: { Args: never; Returns: unknown }
      has_visible_text: { Args: { value: string }; Returns: boolean }
      hiring_analytics: { Args: { job?: string; org: string }; Returns: Json }
      invoke_edge_function: {
        Args: { body: Json; name: string }
        Returns: undefined
      }
      is_org_member: {
        Args: { min_role?: string; org: string }
        Returns: boolean
      }
      is_resume_member: {
        Args: { min_role?: string; object_name: string }
        Returns: boolean
      }
      is_sendable_email_address: { Args: { address: string }; Returns: boolean }
      is_valid_application_links: { Args: { links: Json }; Returns: boolean }
      is_valid_job_questions: { Args: { questions: Json }; Returns: boolean }
      is_valid_kit_criteria: { Args: { criteria: Json }; Returns: boolean }
      is_valid_skill_list: { Args: { skills: Json }; Returns: boolean }
      job_org: { Args: { job: string }; Returns: string }
      job_pipeline: {
        Args: { org: string }
        Returns: {
          job_id: string
          total: number
          applied: number
          screening: number
          interview: number
          offer: number
          hired: number
          rejected: number
          new_since_last_visit: number
          last_visited_at: string
        }[]
      }
      job_source_counts: {
        Args: { job: string }
        Returns: {
          source: string
          applications: number
        }[]
      }
      keep_an_owner: { Args: never; Returns: unknown }
      keep_knocked_out_application: {
        Args: { application: string }
        Returns: undefined
      }
      leave_rejection: { Args: never; Returns: unknown }
      linkedin_match_key: { Args: { url: string }; Returns: string }
      member_job_ids: { Args: { min_role?: string }; Returns: string[] }
      mentioned_addresses: { Args: { body: string }; Returns: (string)[] }
      my_memberships: {
        Args: never
        Returns: {
          org_id: string
          org_name: string
          org_slug: string
          role: string
        }[]
      }
      note_org: { Args: { note: string }; Returns: string }
      open_application_status: {
        Args: { application_id: string; status_key: string; withdraw: boolean }
        Returns: Json
      }
      open_application_status_for: {
        Args: {
          application_id: string
          client: string
          status_key: string
          withdraw: boolean
        }
        Returns: Json
      }
      org_member_directory: {
        Args: { org: string }
        Returns: {
          user_id: string
          email: string
          role: string
        }[]
      }
      org_team: {
        Args: { org: string }
        Returns: {
          user_id: string
          email: string
          role: string
          joined_at: string
          confirmed: boolean
        }[]
      }
      own_note_for_change: {
        Args: { note: string }
        Returns: Database["public"]["Tables"]["notes"]["Row"]
      }
      phone_country: {
        Args: { country: string }
        Returns: {
          calling_code: string
          trunk_prefix: string
        }[]
      }
      phone_match_key: {
        Args: { country: string; phone: string }
        Returns: string
      }
      privacy_notices_number: { Args: never; Returns: unknown }
      question_answer_max_length: {
        Args: { question_type: string }
        Returns: number
      }
      questions_without_knockouts: { Args: { questions: Json }; Returns: Json }
      queue_application_emails: { Args: never; Returns: unknown }
      queue_daily_digests: { Args: never; Returns: number }
      queue_mention_emails: { Args: never; Returns: unknown }
      record_job_visit: { Args: { job: string }; Returns: string }
      record_resume_download: { Args: { path: string }; Returns: boolean }
      record_stage_event: { Args: never; Returns: unknown }
      record_upload_grant: {
        Args: {
          client_key_hash: string
          file_size: number
          job_slug: string
          max_grants?: number
          path: string
          ttl_seconds?: number
          window_seconds?: number
        }
        Returns: Json
      }
      refresh_job_submissions: {
        Args: { email: string; job: string; linkedin: string; phone: string }
        Returns: undefined
      }
      reject_applications: {
        Args: {
          application_ids: (string)[]
          reason_id: string
          send_email: boolean
        }
        Returns: Json
      }
      reject_knocked_out_applications: { Args: never; Returns: number }
      request_client_address: { Args: never; Returns: string }
      request_pending_scoring: { Args: never; Returns: number }
      request_resume_deletion_trigger: { Args: never; Returns: unknown }
      request_scoring: { Args: { application: string }; Returns: undefined }
      request_scoring_trigger: { Args: never; Returns: unknown }
      requeue_scoring_on_skills_change: { Args: never; Returns: unknown }
      require_read_write_call: { Args: never; Returns: undefined }
      resume_document_tsv: { Args: { application: string }; Returns: unknown }
      scorecard_counts: {
        Args: { application: string }
        Returns: {
          stage: string
          submitted: number
          mine: boolean
        }[]
      }
      screen_application: { Args: never; Returns: unknown }
      search_applications: {
        Args: { job?: string; max_results?: number; org: string; query: string }
        Returns: {
          application_id: string
          job_id: string
          job_title: string
          full_name: string
          email: string
          stage: string
          score: number
          rank: number
          field: string
          page: number
          snippet: string
          total: number
        }[]
      }
      search_tsquery: {
        Args: { config: unknown; query: string; skills: Json }
        Returns: unknown
      }
      send_stage_email: {
        Args: { application_id: string; template: string }
        Returns: Json
      }
      set_erasure_hold: {
        Args: { application: string; hold: boolean }
        Returns: string
      }
      set_phone_key: { Args: never; Returns: unknown }
      skill_texts_are_visible: { Args: { skills: Json }; Returns: boolean }
      spend_upload_grant: { Args: never; Returns: unknown }
      stamp_email_template_author: { Args: never; Returns: unknown }
      stamp_job_closed_at: { Args: never; Returns: unknown }
      stamp_job_follow_org: { Args: never; Returns: unknown }
      stamp_job_published: { Args: never; Returns: unknown }
      stamp_privacy_consent: { Args: never; Returns: unknown }
      start_application: { Args: never; Returns: unknown }
      start_digest_window: { Args: never; Returns: unknown }
      status_access_limits: {
        Args: never
        Returns: {
          failure_window: string
          per_application: number
          per_client: number
        }[]
      }
      status_client_key: { Args: never; Returns: string }
      status_client_key_of: { Args: { address: string }; Returns: string }
      storage_usage: {
        Args: { org?: string }
        Returns: {
          objects: number
          bytes: number
          uploads_this_month: number
          upload_bytes_this_month: number
          downloads_this_month: number
          download_bytes_this_month: number
          month_start: string
          month_end: string
          measured_at: string
        }[]
      }
      store_scoring_result: {
        Args: { application: string; pages: Json; result: Json }
        Returns: undefined
      }
      touch_updated_at: { Args: never; Returns: unknown }
      track_job_submissions: { Args: never; Returns: unknown }
      withdraw_application: {
        Args: { application_id: string; status_key: string }
        Returns: Json
      }
      withdrawn_resumes: {
        Args: { application?: string; max_rows?: number }
        Returns: {
          application_id: string
          resume_path: string
        }[]
      }
    }
    Enums: {
      [_ in never]: never
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {},
  },
} as const
